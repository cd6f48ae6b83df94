import SourceDiagnostics
import Testing

/// Snippets of large files: finding a line does not rescan the file, and a huge line is cut
/// before it is decoded.
@Suite struct LargeSourceTests {
  /// Lines found through the sparse index agree with a plain split, on both sides of each
  /// checkpoint, with CRLF ends, a byte-order mark and past the end.
  @Test func linesAgreeWithASplitAroundEveryCheckpoint() {
    var text = "\u{FEFF}first\r\n"
    var expected = ["first"]
    for i in 2...300 {
      let line = i % 7 == 0 ? "" : "line \(i) Đông"
      text += line + "\n"
      expected.append(line)
    }
    text += "last, without a line end"
    expected.append("last, without a line end")
    let file = SourceFile(path: "a.yaml", text: text)
    for (i, line) in expected.enumerated() {
      #expect(file.lineText(i + 1) == line, "line \(i + 1)")
    }
    #expect(file.lineText(expected.count + 1) == nil)
    #expect(file.lineText(0) == nil)
    #expect(SourceFile(path: "e", text: "").lineText(1) == "")
    #expect(SourceFile(path: "e", text: "a\n").lineText(2) == "")
    #expect(SourceFile(path: "e", text: "a\n").lineText(3) == nil)
  }

  /// Look-ups far into a file of 20,000 lines (past 300 checkpoints) give each line and its
  /// snippet. That they do not rescan the file (their time does not grow with its length) is
  /// measured by `scripts/hostile_scale_bench.py`.
  @Test func lookUpsFarIntoALargeFileFindTheirLines() {
    var text = ""
    text.reserveCapacity(20_000 * 12)
    for i in 0..<20_000 { text += "  k\(i): v\n" }
    let file = SourceFile(path: "big.yaml", text: text)
    let renderer = SnippetRenderer(files: [file])
    for line in stride(from: 19_999, through: 1, by: -97) {
      #expect(file.lineText(line) == "  k\(line - 1): v", "line \(line)")
      let gutter = String(repeating: " ", count: String(line).count)
      #expect(
        renderer.snippet(at: SourceLocation(file: "big.yaml", line: line, column: 3))
          == " \(line) |   k\(line - 1): v\n \(gutter) |   ^\n", "line \(line)")
    }
    #expect(file.lineText(20_000) == "  k19999: v")
    #expect(file.lineText(20_001) == "")
    #expect(file.lineText(20_002) == nil)
  }

  /// A line of 8 MB (one huge scalar) shows the same window as a short line would. That it is
  /// not decoded whole to get it (a snippet costs about one pass over the line's bytes) is
  /// measured by `scripts/hostile_scale_bench.py`.
  @Test func aHugeLineIsCutBeforeItIsDecoded() {
    let size = 8 << 20
    var bytes = Array("note: ".utf8)
    bytes.reserveCapacity(size + 16)
    bytes += [UInt8](repeating: UInt8(ascii: "x"), count: size)
    bytes += Array("\n".utf8)
    let file = SourceFile(path: "long.yaml", bytes: bytes)
    let renderer = SnippetRenderer(files: [file])
    let atStart = renderer.snippet(at: SourceLocation(file: "long.yaml", line: 1, column: 7))
    let window = "note: " + String(repeating: "x", count: SnippetRenderer.maxSnippetWidth - 6)
    #expect(atStart == " 1 | \(window)…\n   |       ^\n")
    let inside = renderer.snippet(at: SourceLocation(file: "long.yaml", line: 1, column: 1_000_000))
    let middle = String(repeating: "x", count: SnippetRenderer.maxSnippetWidth)
    #expect(inside == " 1 | …\(middle)…\n   | " + String(repeating: " ", count: 61) + "^\n")
  }

  /// Cutting a long line counts columns in Unicode scalars, as short lines do.
  @Test func aLongLineOfMultiByteTextIsCutOnScalars() {
    let line = String(repeating: "Đông ", count: 2_000)
    let file = SourceFile(path: "vi.yaml", text: line)
    let text = SnippetRenderer(files: [file]).snippet(at: SourceLocation(file: "vi.yaml", line: 1, column: 5_001))
    let shown = text.split(separator: "\n")[0].dropFirst(" 1 | ".count)
    #expect(shown.unicodeScalars.count == SnippetRenderer.maxSnippetWidth + 2)
    #expect(shown.hasPrefix("…"))
    #expect(shown.hasSuffix("…"))
  }
}
