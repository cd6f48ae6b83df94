import SourceDiagnostics
import Testing

@Suite struct LineStartsTests {
  @Test func everyLineOfAByteText() {
    let bytes = Array("ab\n\ncd\n".utf8)
    let table = bytes.withUnsafeBufferPointer { LineStarts(bytes: $0) }
    #expect(table.span(ofLine: 1) == 0..<2)
    #expect(table.span(ofLine: 2) == 3..<3)
    #expect(table.span(ofLine: 3) == 4..<6)
    #expect(table.span(ofLine: 4) == 7..<7)
    #expect(table.span(ofLine: 5) == nil)
    #expect(table.span(ofLine: 0) == nil)
    #expect(table.lineIndex(ofOffset: 0) == 0)
    #expect(table.lineIndex(ofOffset: 2) == 0)
    #expect(table.lineIndex(ofOffset: 3) == 1)
    #expect(table.lineIndex(ofOffset: 5) == 2)
    #expect(table.lineIndex(ofOffset: 99) == 3)
  }

  @Test func scalarsCountAsOneUnitEach() {
    let table = LineStarts(scalars: "Xã\nỞ".unicodeScalars)
    #expect(table.unitCount == 4)
    #expect(table.start(ofLineIndex: 1) == 3)
    #expect(table.lineIndex(ofOffset: 3) == 1)
  }

  @Test func aSparseTableKeepsEveryStrideLine() {
    let text = (1...10).map { "line \($0)" }.joined(separator: "\n")
    let table = Array(text.utf8).withUnsafeBufferPointer { LineStarts(bytes: $0, stride: 4) }
    #expect(table.checkpoint(atOrBefore: 1)?.line == 1)
    #expect(table.checkpoint(atOrBefore: 4)?.line == 1)
    let fifth = table.checkpoint(atOrBefore: 7)
    #expect(fifth?.line == 5)
    #expect(fifth.map { Array(text.utf8)[$0.offset..<$0.offset + 6] } == Array("line 5".utf8)[...])
    #expect(table.checkpoint(atOrBefore: 9)?.line == 9)
    #expect(table.checkpoint(atOrBefore: 13) == nil)
    #expect(table.checkpoint(atOrBefore: 0) == nil)
  }

  @Test func allLinesReadsAsLineTextDoes() {
    let file = SourceFile(path: "f", bytes: [0xEF, 0xBB, 0xBF] + Array("a\r\nb\n\nc".utf8))
    let lines = file.allLines()
    for line in 0...6 {
      #expect(lines.lineText(line) == file.lineText(line), "line \(line)")
    }
    #expect(lines.lineText(1) == "a")
  }
}
