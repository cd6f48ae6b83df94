import Testing

@testable import DQTVCommands

@Suite struct CommandLineArgumentsTests {
  @Test func argumentsThatAreNotUTF8AreShownEscapedAndKeptAsBytes() {
    let latin1: [UInt8] = Array("x".utf8) + [0xE3] + Array(".yaml".utf8)
    let arguments = CommandLineArguments(bytes: [Array("check".utf8), latin1, Array("--lang".utf8), Array("en".utf8)])
    #expect(arguments.shown == ["check", "x\\xE3.yaml", "--lang", "en"])
    #expect(arguments.raw == ["x\\xE3.yaml": latin1])
    var io = CommandIO.capture().0
    io.rawArguments = arguments.raw
    #expect(io.filePath("x\\xE3.yaml").bytes == latin1)
    #expect(io.filePath("check").bytes == Array("check".utf8))
  }

  @Test func anEscapedFormSpeltOutAsTextStaysText() {
    let latin1: [UInt8] = Array("x".utf8) + [0xE3]
    let arguments = CommandLineArguments(bytes: [latin1, Array("x\\xE3".utf8)])
    #expect(arguments.shown == ["x\\xE3", "x\\xE3"])
    #expect(arguments.raw.isEmpty)
  }
}
