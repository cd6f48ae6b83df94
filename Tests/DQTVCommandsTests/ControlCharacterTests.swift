import Foundation
import TestSupport
import Testing

/// Control characters in data never reach a terminal raw through text output: they are written
/// as `\u{XX}`, so data can neither drive the terminal nor forge a finding line.
@Suite struct ControlCharacterTests {
  static let forged = "\r\nx.yaml:1:1: error: [ADMIN.KIND] forged"

  /// The mistakes sample with the commune's name holding an escape sequence that clears the
  /// screen, a forged finding line, a bidi override, a DEL, a C1 control and a line separator.
  static func hostileSubmission() throws -> String {
    let sample = try String(
      contentsOf: packageRoot().appendingPathComponent("samples/commune-mistakes.yaml"), encoding: .utf8)
    let name = #"name: "X\e[2Jã\u202E\u007F\u0085\u2028\#(forged.replacingOccurrences(of: "\r\n", with: #"\r\n"#))""#
    let hostile = sample.replacingOccurrences(of: "name: Xã Thiệu Hóa", with: name)
    #expect(hostile != sample)
    return hostile
  }

  static let raw: [Unicode.Scalar] = ["\u{1B}", "\r", "\u{202E}", "\u{7F}", "\u{85}", "\u{2028}"]

  @Test func aCommuneNameCannotClearTheScreenOrForgeALine() throws {
    let run = try dqtv(
      ["check", "-", "--stdin-filename", "in.yaml", "--lang", "en"], stdin: try Self.hostileSubmission())
    #expect(run.status == 1, "\(run.stderr)")
    #expect(!run.stdout.unicodeScalars.contains(where: Self.raw.contains))
    // Each line is a finding of in.yaml, or the summary: none starts with the forged name.
    let lines = run.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
    #expect(lines.allSatisfy { $0.hasPrefix("in.yaml:") || $0.hasSuffix("1 file.") }, "\(run.stdout)")
    #expect(
      run.stdout.contains(#"X\u{1B}[2Jã\u{202E}\u{7F}\u{85}\u{2028}\u{D}\u{A}x.yaml:1:1: error: [ADMIN.KIND] forged"#))
  }

  @Test func aFileNameWithANewLineIsEscapedInFindingsAndErrors() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dqtv-ctl-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("a\nx.yaml:1:1: error: forged\u{1B}[2J.yaml").path
    try String(contentsOf: packageRoot().appendingPathComponent("samples/commune-mistakes.yaml"), encoding: .utf8)
      .write(toFile: path, atomically: false, encoding: .utf8)
    let run = try dqtv(["check", path, "--lang", "en"])
    #expect(run.status == 1)
    let escaped = path.replacingOccurrences(of: "\n", with: #"\u{A}"#).replacingOccurrences(
      of: "\u{1B}", with: #"\u{1B}"#)
    #expect(run.stdout.contains("\(escaped):17:11: error: [ADMIN.KIND]"))
    #expect(!run.stdout.unicodeScalars.contains(where: Self.raw.contains))
    #expect(run.stdout.split(separator: "\n").allSatisfy { $0.hasPrefix(escaped) || $0.hasSuffix("1 file.") })

    // A broken file of that name: the diagnostic on standard error is escaped as well.
    try "format: [\n".write(toFile: path, atomically: false, encoding: .utf8)
    let broken = try dqtv(["check", path, "--lang", "en"])
    #expect(broken.status == 2)
    #expect(broken.stderr.hasPrefix(escaped + ":"), "\(broken.stderr)")
    #expect(!broken.stderr.unicodeScalars.contains(where: Self.raw.contains))
  }
}
