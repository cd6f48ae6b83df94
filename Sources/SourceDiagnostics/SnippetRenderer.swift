/// Renders diagnostics as text for people: the compiler-style first line, then the source line
/// with a caret (and tildes) under the range.
///
/// ```
/// samples/a.yaml:3:7: error: duplicate key 'name' [yaml.duplicate-key]
///   3 | name: foo
///     |       ^~~~
/// samples/a.yaml:1:1: note: 'name' first appears here
/// ```
public struct SnippetRenderer: Sendable {
  /// The files the diagnostics may point into, by path.
  public var files: [String: SourceFile]

  public init(files: [SourceFile]) {
    var byPath: [String: SourceFile] = [:]
    for file in files { byPath[file.path] = file }
    self.files = byPath
  }

  /// The full text of one diagnostic, ending with a newline.
  public func render(_ diagnostic: Diagnostic) -> String {
    var out = diagnostic.summaryLine + " [\(diagnostic.code)]\n"
    if let location = diagnostic.location {
      out += snippet(at: location)
    }
    for note in diagnostic.notes {
      let place = note.location.map { "\($0): " } ?? ""
      out += "\(place)note: \(note.message)\n"
    }
    return out
  }

  /// Renders many diagnostics in order, then a line counting the ones not kept.
  public func render(_ diagnostics: Diagnostics) -> String {
    var out = ""
    for diagnostic in diagnostics.sorted { out += render(diagnostic) }
    if diagnostics.droppedCount > 0 {
      out += "note: \(diagnostics.droppedCount) more problem(s) not shown\n"
    }
    return out
  }

  /// The gutter, the source line and the caret line for a location, or "" when the file or line
  /// is not available.
  public func snippet(at location: SourceLocation) -> String {
    guard let file = files[location.file], let line = file.lineText(location.line) else {
      return ""
    }
    let number = String(location.line)
    let pad = String(repeating: " ", count: number.count)
    let scalars = Array(line.unicodeScalars)
    var marker = ""
    let caretIndex = max(0, location.column - 1)
    for i in 0..<min(caretIndex, scalars.count) {
      marker.append(scalars[i] == "\t" ? "\t" : " ")
    }
    if caretIndex > scalars.count {
      marker += String(repeating: " ", count: caretIndex - scalars.count)
    }
    marker += "^"
    let range = location.range
    if range.end.line == range.start.line && range.end.column > range.start.column + 1 {
      let last = min(range.end.column - 1, max(scalars.count, caretIndex + 1))
      if last > location.column {
        marker += String(repeating: "~", count: last - location.column)
      }
    }
    return " \(number) | \(line)\n \(pad) | \(marker)\n"
  }
}
