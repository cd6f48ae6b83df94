/// Renders diagnostics as text for people: the compiler-style first line, then the source line
/// with a caret (and tildes) under the range.
///
/// ```
/// samples/a.yaml:3:7: error: duplicate key 'name' [yaml.duplicate-key]
///   3 | name: foo
///     |       ^~~~
/// samples/a.yaml:1:1: note: 'name' first appears here
/// ```
package struct SnippetRenderer: Sendable {
  /// The files the diagnostics may point into, by path.
  package var files: [String: SourceFile]
  /// The language of messages (`en`, `vi`): a diagnostic's translation when it has one.
  package var language: String

  package init(files: [SourceFile], language: String = "en") {
    var byPath: [String: SourceFile] = [:]
    for file in files { byPath[file.path] = file }
    self.files = byPath
    self.language = language
  }

  /// The full text of one diagnostic, ending with a newline.
  package func render(_ diagnostic: Diagnostic) -> String {
    var out = TerminalText.escaped(diagnostic.summaryLine(in: language)) + " [\(diagnostic.code)]\n"
    if let location = diagnostic.location {
      out += snippet(at: location)
    }
    for note in diagnostic.notes {
      let place = note.location.map { "\($0): " } ?? ""
      out += TerminalText.escaped("\(place)note: \(note.translations[language] ?? note.message)") + "\n"
    }
    return out
  }

  /// Renders many diagnostics in order, then a line counting the ones not kept.
  package func render(_ diagnostics: Diagnostics) -> String {
    var out = ""
    for diagnostic in diagnostics.sorted { out += render(diagnostic) }
    if diagnostics.droppedCount > 0 {
      let text = DiagnosticsMessage.moreNotShown(["count": String(diagnostics.droppedCount)])
      out += "note: \(text[Language(rawValue: language) ?? .en])\n"
    }
    return out
  }

  /// The widest part of a line a snippet shows; longer lines are cut to a window around the
  /// column.
  package static let maxSnippetWidth = 120

  /// The gutter, the source line and the caret line for a location, or "" when the file or line
  /// is not available. Control characters (``TerminalText/needsEscape(_:)``, tab aside) are
  /// shown as `�`, one for one so that the caret stays under its column, and a binary file
  /// cannot garble a terminal; a long line is cut to a window around the column, marked with `…`.
  /// A column past the end of its line puts the caret one past the line's last scalar.
  package func snippet(at location: SourceLocation) -> String {
    guard location.sheet == nil, let file = files[location.file], let line = file.lineBytes(location.line) else {
      return ""
    }
    var caretIndex = max(0, location.column - 1)
    let window = Self.window(of: line, around: caretIndex)
    var scalars = window.scalars.map { s -> Unicode.Scalar in
      s != "\t" && TerminalText.needsEscape(s) ? "\u{FFFD}" : s
    }
    if window.total > Self.maxSnippetWidth {
      let prefix = window.start > 0 ? "…" : ""
      if window.start + window.scalars.count < window.total { scalars.append("…") }
      caretIndex = caretIndex - window.start + prefix.unicodeScalars.count
      scalars = Array(prefix.unicodeScalars) + scalars
    }
    // The caret line is never wider than the text shown, whatever the column.
    caretIndex = min(caretIndex, scalars.count)
    let text = String(String.UnicodeScalarView(scalars))
    let number = String(location.line)
    let pad = String(repeating: " ", count: number.count)
    var marker = ""
    for scalar in scalars[..<caretIndex] {
      marker.append(scalar == "\t" ? "\t" : " ")
    }
    marker += "^"
    let range = location.range
    if range.end.line == range.start.line && range.end.column > range.start.column + 1 {
      let width = min(range.end.column - range.start.column, max(1, scalars.count - caretIndex))
      if width > 1 { marker += String(repeating: "~", count: width - 1) }
    }
    return " \(number) | \(text)\n \(pad) | \(marker)\n"
  }

  /// Lines longer than this many bytes are cut to their window before they are decoded.
  static let longLineBytes = 4096

  /// The scalars of a line that a snippet shows: all of them when there are at most
  /// ``maxSnippetWidth``, else a window of that width around `caret` (a 0-based scalar index).
  /// A long line is cut before it is decoded, so that a line of megabytes (a huge scalar, a
  /// binary file) costs no more than a short one.
  /// - Returns: the scalars shown, the index of the first one in the line, and the line's
  ///   length, both in Unicode scalars.
  static func window(
    of line: ArraySlice<UInt8>, around caret: Int
  )
    -> (scalars: [Unicode.Scalar], start: Int, total: Int)
  {
    let width = maxSnippetWidth
    if line.count <= longLineBytes {
      let all = Array(String(decoding: line, as: UTF8.self).unicodeScalars)
      guard all.count > width else { return (all, 0, all.count) }
      let start = max(0, min(caret - width / 2, all.count - width))
      let end = min(all.count, start + width)
      return (Array(all[start..<end]), start, all.count)
    }
    // Count scalars by their first bytes; an invalid byte counts as one, as libyaml's columns do.
    var total = 0
    for b in line where b & 0xC0 != 0x80 { total += 1 }
    let start = max(0, min(caret - width / 2, total - width))
    let end = min(total, start + width)
    var lower = line.endIndex
    var upper = line.endIndex
    var index = 0
    for i in line.indices where line[i] & 0xC0 != 0x80 {
      if index == start { lower = i }
      if index == end {
        upper = i
        break
      }
      index += 1
    }
    let scalars = Array(String(decoding: line[lower..<upper], as: UTF8.self).unicodeScalars)
    return (Array(scalars.prefix(end - start)), start, total)
  }
}
