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
  /// The language of messages (`en`, `vi`): a diagnostic's translation when it has one.
  public var language: String

  public init(files: [SourceFile], language: String = "en") {
    var byPath: [String: SourceFile] = [:]
    for file in files { byPath[file.path] = file }
    self.files = byPath
    self.language = language
  }

  /// The full text of one diagnostic, ending with a newline.
  public func render(_ diagnostic: Diagnostic) -> String {
    var out = diagnostic.summaryLine(in: language) + " [\(diagnostic.code)]\n"
    if let location = diagnostic.location {
      out += snippet(at: location)
    }
    for note in diagnostic.notes {
      let place = note.location.map { "\($0): " } ?? ""
      out += "\(place)note: \(note.translations[language] ?? note.message)\n"
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

  /// The widest part of a line a snippet shows; longer lines are cut to a window around the
  /// column.
  public static let maxSnippetWidth = 120

  /// The gutter, the source line and the caret line for a location, or "" when the file or line
  /// is not available. Control characters are shown as `�` so that a binary file cannot garble
  /// a terminal; a long line is cut to a window around the column, marked with `…`.
  public func snippet(at location: SourceLocation) -> String {
    guard let file = files[location.file], let line = file.lineText(location.line) else {
      return ""
    }
    var scalars = Array(line.unicodeScalars).map { s -> Unicode.Scalar in
      (s.value < 0x20 && s != "\t") || (s.value >= 0x7F && s.value < 0xA0) ? "\u{FFFD}" : s
    }
    var caretIndex = max(0, location.column - 1)
    var prefix = ""
    if scalars.count > Self.maxSnippetWidth {
      let start = max(0, min(caretIndex - Self.maxSnippetWidth / 2, scalars.count - Self.maxSnippetWidth))
      let end = min(scalars.count, start + Self.maxSnippetWidth)
      if start > 0 { prefix = "…" }
      scalars = Array(scalars[start..<end]) + (end < scalars.count ? ["…"] : [])
      caretIndex = caretIndex - start + prefix.unicodeScalars.count
      scalars = Array(prefix.unicodeScalars) + scalars
    }
    let text = String(String.UnicodeScalarView(scalars))
    let number = String(location.line)
    let pad = String(repeating: " ", count: number.count)
    var marker = ""
    for i in 0..<min(caretIndex, scalars.count) {
      marker.append(scalars[i] == "\t" ? "\t" : " ")
    }
    if caretIndex > scalars.count {
      marker += String(repeating: " ", count: caretIndex - scalars.count)
    }
    marker += "^"
    let range = location.range
    if range.end.line == range.start.line && range.end.column > range.start.column + 1 {
      let width = min(range.end.column - range.start.column, max(1, scalars.count - caretIndex))
      if width > 1 { marker += String(repeating: "~", count: width - 1) }
    }
    return " \(number) | \(text)\n \(pad) | \(marker)\n"
  }
}
