import Foundation
import TestSupport
import Testing

/// File names with control characters are escaped in the messages of every command, as in
/// `check`'s findings, through the built binary.
@Suite struct CommandFileNameTests {
  static let raw: [Unicode.Scalar] = ["\u{1B}", "\n", "\r"]
  static let hostileName = "a\nx.yaml:1:1: error: forged\u{1B}[2J"

  static func escaped(_ path: String) -> String {
    path.replacingOccurrences(of: "\n", with: #"\u{A}"#).replacingOccurrences(of: "\u{1B}", with: #"\u{1B}"#)
  }

  /// A fresh folder, removed at the end of the test.
  final class Folder {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("dqtv-names-\(UUID().uuidString)")
    init() throws { try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true) }
    deinit { try? FileManager.default.removeItem(at: url) }
    func path(_ name: String) -> String { url.appendingPathComponent(name).path }
  }

  /// Whether every line of `text` is free of raw control characters (a forged line cannot start).
  static func isClean(_ text: String) -> Bool {
    !text.split(separator: "\n").contains { $0.unicodeScalars.contains { raw.contains($0) } }
      && !text.split(separator: "\n").contains { $0.hasPrefix("x.yaml:1:1") }
  }

  @Test func lintEscapesAFolderThatIsNoPackAndAPacksName() throws {
    let folder = try Folder()
    let missing = folder.path(Self.hostileName)
    let none = try runDQTV(["lint", missing, "--lang", "en"])
    #expect(none.status == 2)
    #expect(none.stderr.contains("error: no rule pack at \(Self.escaped(missing)):"), "\(none.stderr)")
    #expect(Self.isClean(none.stderr), "\(none.stderr)")

    try FileManager.default.createDirectory(atPath: missing, withIntermediateDirectories: true)
    try "name: local\nversion: '1'\ntitle: {vi: Thử, en: Local}\nextends: dqtv\n".write(
      toFile: missing + "/pack.yaml", atomically: true, encoding: .utf8)
    let lint = try runDQTV(["lint", missing, "--lang", "en"])
    #expect(lint.stdout.contains("\(Self.escaped(missing)): "), "\(lint.stdout)")
    #expect(Self.isClean(lint.stdout), "\(lint.stdout)")
  }

  @Test func explainAndEvalEscapeTheSubmissionsName() throws {
    let folder = try Folder()
    let path = folder.path(Self.hostileName + ".yaml")
    let sample = try String(
      contentsOf: packageRoot().appendingPathComponent("samples/commune-mistakes.yaml"), encoding: .utf8)
    try sample.write(toFile: path, atomically: false, encoding: .utf8)

    let explain = try runDQTV(["explain", "ADMIN.KIND", path, "--lang", "en"])
    #expect(explain.status == 0, "\(explain.stderr)")
    #expect(explain.stdout.contains("communes[0]  \(Self.escaped(path)):15:5\n"), "\(explain.stdout)")
    #expect(Self.isClean(explain.stdout), "\(explain.stdout)")

    // Without its date, explain says so, naming the file.
    try sample.replacingOccurrences(of: "as_of: 2026-06-30", with: "as_of: 2026-02-30").write(
      toFile: path, atomically: false, encoding: .utf8)
    let noDate = try runDQTV(["explain", "ADMIN.KIND", path, "--lang", "en"])
    #expect(
      noDate.stderr.contains("\(Self.escaped(path)):11:8: error: the date as_of is '2026-02-30'"), "\(noDate.stderr)")
    #expect(Self.isClean(noDate.stderr), "\(noDate.stderr)")

    // With a schema problem, eval notes it, naming the file.
    let eval = try runDQTV(["eval", "1 + 1", "--data", path, "--as-of", "2026-06-30", "--lang", "en"])
    #expect(eval.stderr.contains("in \(Self.escaped(path)); run dqtv check"), "\(eval.stderr)")
    #expect(Self.isClean(eval.stderr), "\(eval.stderr)")
  }
}
