import DQTVCommands
import Foundation
import TestSupport
import Testing

/// The progress line on a terminal is cleared before any message is printed.
@Suite struct ProgressLineTests {
  @Test func aMessageNeverRunsOnAfterTheProgressLine() throws {
    try PackageRootDirectory.enter()
    var (io, captured) = CommandIO.capture()
    io.errorIsTerminal = true
    io.progressDelay = 0
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dqtv-progress-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let tab = folder.appendingPathComponent("tab.yaml").path
    try "format: dqtv-submission/1\n\tas_of: 2026-06-30\n".write(toFile: tab, atomically: true, encoding: .utf8)
    let status = DQTVCommand.run(["check", "samples/province-thanh-hoa.yaml", tab, "--lang", "en"], io: io)
    #expect(status == 2)
    let err = captured.stderr
    let clear = "\r\u{1B}[K"
    #expect(err.contains("[dqtv] samples/province-thanh-hoa.yaml: "), "the progress line was shown")
    let message = try #require(err.range(of: "\(tab):2:1"))
    #expect(err[..<message.lowerBound].hasSuffix(clear), "\(err.debugDescription)")
    // Every piece of text after a progress draw starts with a clear.
    for piece in err.components(separatedBy: clear).dropFirst() where piece.contains("[dqtv]") {
      #expect(piece.hasPrefix("[dqtv]") && !piece.contains("error"), "\(piece.debugDescription)")
    }
  }
}
