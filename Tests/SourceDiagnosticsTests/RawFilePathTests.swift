import SourceDiagnostics
import Testing

@Suite struct RawFilePathTests {
  @Test func aUTF8NameIsShownAsItIs() {
    let path = RawFilePath(bytes: Array("báo-cáo/xã.yaml".utf8))
    #expect(path.string == "báo-cáo/xã.yaml")
    #expect(path.display == "báo-cáo/xã.yaml")
    #expect(path == RawFilePath("báo-cáo/xã.yaml"))
  }

  @Test func bytesThatAreNotUTF8AreShownEscapedAndKept() {
    // "xã" in Windows-1258 / Latin-1 (0xE3), a lone continuation byte, a truncated sequence.
    let bytes: [UInt8] = [0x78, 0xE3, 0x2E, 0x79, 0x80, 0xC3, 0xA3, 0xE1, 0xBA]
    let path = RawFilePath(bytes: bytes)
    #expect(path.string == nil)
    #expect(path.bytes == bytes)
    #expect(path.display == "x\\xE3.y\\x80ã\\xE1\\xBA")
    #expect(RawFilePath.escaped([0x0A, 0xFF]) == "\n\\xFF")
  }
}
