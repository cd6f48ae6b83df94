import CEL
import SourceDiagnostics
import YAML

/// Works out where the text of an expression scalar sits in its rule file, so that an error at
/// offset `k` of the expression is shown at the right line and column.
///
/// The scalar's value is rebuilt from the file's lines by YAML's rules (quotes, literal `|`
/// blocks, folded `>` blocks, multi-line flow scalars joined by spaces), recording where each
/// run of the value sits in the file. When the rebuilt value differs from the one the parser
/// read (escapes, more-indented lines in a folded block...), every offset maps to the scalar's
/// start instead.
struct ExpressionLocator {
  let document: YAMLDocument
  let file: SourceLines

  init(document: YAMLDocument, file: SourceFile) {
    self.document = document
    self.file = file.allLines()
  }

  /// The expression source for the part of a scalar's value that starts at `offset` (in
  /// Unicode scalars) and has the given text.
  func source(for node: YAMLNodeID, text: String, offset: Int = 0) -> ExpressionSource {
    source(for: node, text: text, offset: offset, segments: segments(of: node))
  }

  /// ``source(for:text:offset:)`` with the scalar's runs already worked out.
  func source(
    for node: YAMLNodeID, text: String, offset: Int, segments: [ExpressionSource.Segment]?
  ) -> ExpressionSource {
    let start = document.range(of: node).start
    let path = document.file
    guard let segments else {
      return ExpressionSource(text: text, file: path, origin: .approximate(start))
    }
    // The runs of the part: the one holding `offset`, cut to start there, and those after.
    var part: [ExpressionSource.Segment] = []
    for (i, s) in segments.enumerated() {
      let next = i + 1 < segments.count ? segments[i + 1].offset : Int.max
      guard next > offset else { continue }
      if s.offset <= offset {
        let shift = offset - s.offset
        part.append(
          .init(offset: 0, position: SourcePosition(line: s.position.line, column: s.position.column + shift)))
      } else {
        part.append(.init(offset: s.offset - offset, position: s.position))
      }
    }
    return ExpressionSource(text: text, file: path, origin: .segments(part))
  }

  /// Where each run of the scalar's value sits in the file, or `nil` when it cannot be told.
  func segments(of node: YAMLNodeID) -> [ExpressionSource.Segment]? {
    let range = document.range(of: node)
    guard let value = document.string(node), let style = document.scalarStyle(of: node) else { return nil }
    // The value rebuilt, as scalars (counting a string's scalars would walk it each time).
    var rebuilt: [Unicode.Scalar] = []
    var segments: [ExpressionSource.Segment] = []
    func add(_ text: ArraySlice<Unicode.Scalar>, line: Int, column: Int) {
      segments.append(.init(offset: rebuilt.count, position: SourcePosition(line: line, column: column)))
      rebuilt.append(contentsOf: text)
    }
    switch style {
    case .plain, .singleQuoted, .doubleQuoted:
      let quote = style == .plain ? 0 : 1
      var pendingBreaks = 0
      for line in range.start.line...range.end.line {
        guard let raw = file.lineText(line).map({ Array($0.unicodeScalars) }) else { return nil }
        let from = line == range.start.line ? range.start.column - 1 + quote : 0
        let to = line == range.end.line ? range.end.column - 1 - quote : raw.count
        guard from <= to, to <= raw.count else { return nil }
        var piece = raw[from..<to]
        var lead = 0
        if line != range.start.line {
          lead = piece.prefix { $0 == " " || $0 == "\t" }.count
          piece = piece.dropFirst(lead)
        }
        if line != range.end.line { while piece.last == " " || piece.last == "\t" { piece = piece.dropLast() } }
        if piece.isEmpty && line != range.start.line && line != range.end.line {
          pendingBreaks += 1
          continue
        }
        if line != range.start.line {
          if pendingBreaks == 0 {
            rebuilt.append(" ")
          } else {
            rebuilt.append(contentsOf: repeatElement("\n", count: pendingBreaks))
          }
        }
        pendingBreaks = 0
        let column = from + lead + 1
        add(piece, line: line, column: column)
      }
    case .literal, .folded:
      // Content lines follow the indicator's line; their indentation is the first non-blank
      // line's.
      var lines: [(line: Int, text: [Unicode.Scalar])] = []
      var line = range.start.line + 1
      while line < range.end.line || (line == range.end.line && range.end.column > 1) {
        guard let raw = file.lineText(line) else { break }
        lines.append((line, Array(raw.unicodeScalars)))
        line += 1
      }
      guard let indent = lines.first(where: { $0.text.contains { $0 != " " } })?.text.prefix(while: { $0 == " " }).count
      else { return nil }
      var previousText = false
      var pendingBreaks = 0
      for (number, raw) in lines {
        let blank = !raw.contains { $0 != " " }
        if blank {
          pendingBreaks += 1
          continue
        }
        guard raw.count >= indent, raw.prefix(indent).allSatisfy({ $0 == " " }) else { break }
        let content = raw[indent...]
        if style == .folded && content.first == " " { return nil }  // more-indented: not folded
        if previousText {
          if style == .literal {
            rebuilt.append(contentsOf: repeatElement("\n", count: pendingBreaks + 1))
          } else if pendingBreaks == 0 {
            rebuilt.append(" ")
          } else {
            rebuilt.append(contentsOf: repeatElement("\n", count: pendingBreaks))
          }
        } else {
          rebuilt.append(contentsOf: repeatElement("\n", count: pendingBreaks))
        }
        pendingBreaks = 0
        previousText = true
        add(content, line: number, column: indent + 1)
      }
    }
    // Trust the runs only when they rebuild the value the parser read (trailing breaks aside).
    var expected = Substring(value).unicodeScalars
    while expected.last == "\n" { expected = expected.dropLast() }
    guard rebuilt.elementsEqual(expected), !segments.isEmpty else { return nil }
    return segments
  }
}
