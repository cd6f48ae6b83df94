import CEL
import SourceDiagnostics
import YAML

/// Works out where the text of an expression scalar sits in its rule file, so that an error at
/// offset `k` of the expression is shown at the right line and column.
///
/// - A single-line plain scalar, or a quoted one without escapes: exact.
/// - A literal block (`|`): exact, line by line.
/// - Anything else (folded `>`, escapes, multi-line flow scalars): every offset maps to the
///   scalar's start; `lint` recommends `|` for these.
struct ExpressionLocator {
  let document: YAMLDocument
  let file: SourceFile

  /// The expression source for the part of a scalar's value that starts at `offset` (in
  /// Unicode scalars) and has the given text.
  func source(for node: YAMLNodeID, text: String, offset: Int = 0) -> ExpressionSource {
    let range = document.range(of: node)
    let start = range.start
    let path = document.file
    let fallback = ExpressionSource(text: text, file: path, origin: .approximate(start))
    switch document.scalarStyle(of: node) {
    case .plain?, .singleQuoted?, .doubleQuoted?:
      guard range.end.line == start.line, let line = file.lineText(start.line) else { return fallback }
      let style = document.scalarStyle(of: node)!
      let raw = Array(line.unicodeScalars)
      let from = start.column - 1
      let to = Swift.min(raw.count, range.end.column - 1)
      guard from <= to else { return fallback }
      let written = String(String.UnicodeScalarView(raw[from..<to]))
      if style == .doubleQuoted && written.contains("\\") { return fallback }
      if style == .singleQuoted && written.dropFirst().dropLast().contains("''") { return fallback }
      let quote = style == .plain ? 0 : 1
      return ExpressionSource(
        text: text, file: path,
        origin: .inline(SourcePosition(line: start.line, column: start.column + quote + offset)))
    case .literal?:
      // Content lines follow the indicator's line; find the indentation from the first
      // non-blank one.
      var indent: Int?
      var line = start.line + 1
      while line < range.end.line || (line == range.end.line && range.end.column > 1) {
        if let t = file.lineText(line), t.contains(where: { $0 != " " }) {
          indent = t.unicodeScalars.prefix { $0 == " " }.count
          break
        }
        line += 1
      }
      guard let indent else { return fallback }
      // Line i of the value starts at file line start.line + 1 + i, column indent + 1.
      // Find the line and column of `offset` within the value.
      let value = Array((document.string(node) ?? "").unicodeScalars)
      var valueLine = 0
      var column = 0
      for i in 0..<Swift.min(offset, value.count) {
        if value[i] == "\n" {
          valueLine += 1
          column = 0
        } else {
          column += 1
        }
      }
      var starts: [SourcePosition] = []
      let textLines = text.unicodeScalars.filter { $0 == "\n" }.count + 1
      for i in 0..<textLines {
        let fileLine = start.line + 1 + valueLine + i
        starts.append(SourcePosition(line: fileLine, column: indent + 1 + (i == 0 ? column : 0)))
      }
      return ExpressionSource(text: text, file: path, origin: .lines(starts))
    default:
      return fallback
    }
  }
}
