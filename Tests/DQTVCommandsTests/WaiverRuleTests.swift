import Foundation
import TestSupport
import Testing

/// A waiver whose rule matches no rule is a warning at its line; the waivers file's own errors
/// are in the language asked for. Through the built binary.
@Suite struct WaiverRuleTests {
  func check(waivers text: String, _ extra: [String]) throws -> (CommandOutput, String) {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dqtv-wr-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("waivers.yaml").path
    try text.write(toFile: file, atomically: true, encoding: .utf8)
    return (try runDQTV(["check", "samples/commune-mistakes.yaml", "--waivers", file] + extra), file)
  }

  @Test func aWaiverForAnUnknownRuleIsAWarningAtItsLineWithTheNearestId() throws {
    let text =
      "waivers:\n" + WaiverCommandTests.waiver("DQ.AGE.MAXX") + WaiverCommandTests.waiver("NOPE.*")
      + WaiverCommandTests.waiver("DQ.AGE.MAX")
    let (run, file) = try check(waivers: text, ["--only", "DQ.AGE.MAX", "--skip", "SCHEMA", "--lang", "en"])
    #expect(run.status == 0, "the known waiver excuses the only error; \(run.stderr)")
    #expect(
      run.stdout.contains(
        "\(file):2:5: warning: [WAIVER.UNKNOWN-RULE] The waiver for DQ.AGE.MAXX matches no rule id of the packs; did you mean DQ.AGE.MAX? It waives nothing.\n"
      ))
    #expect(
      run.stdout.contains(
        "\(file):6:5: warning: [WAIVER.UNKNOWN-RULE] The waiver for NOPE.* matches no rule id of the packs; it waives nothing.\n"
      ))
    #expect(!run.stdout.contains("\(file):10:5"), "the third waiver is known and used")
    let vi = try check(waivers: text, ["--only", "DQ.AGE.MAX"]).0
    #expect(vi.stdout.contains("có phải ý bạn là DQ.AGE.MAX?"))
    let failing = try check(waivers: text, ["--only", "DQ.AGE.MAX", "--fail-on", "warning"]).0
    #expect(failing.status == 1, "the warnings count toward --fail-on warning")
    let skipped = try check(waivers: text, ["--only", "DQ.AGE.MAX", "--skip", "WAIVER.*"]).0
    #expect(!skipped.stdout.contains("WAIVER.UNKNOWN-RULE"))
  }

  @Test func theWaiversFilesErrorsAreInTheLanguageAskedFor() throws {
    let typo = "waivers:\n  - rule: X\n    reason: r\n    approvedby: a\n    until: 2026-12-31\n"
    let (vi, file) = try check(waivers: typo, [])
    #expect(vi.status == 2)
    #expect(vi.stderr.contains("\(file):4:5: error: khóa 'approvedby' không hợp lệ; có phải ý bạn là 'approved_by'?"))
    let (en, file2) = try check(waivers: typo, ["--lang", "en"])
    #expect(en.stderr.contains("\(file2):4:5: error: unknown key 'approvedby'; did you mean 'approved_by'?"))
    let (missing, file3) = try check(waivers: "waivers:\n  - rule: X\n    approved_by: a\n    until: 2026-12-31\n", [])
    #expect(missing.stderr.contains("\(file3):2:5: error: miễn trừ thiếu 'reason': mỗi miễn trừ phải nói rõ lý do"))
    let (date, file4) = try check(
      waivers: "waivers:\n  - rule: X\n    reason: r\n    approved_by: a\n    until: 31/12/2026\n", [])
    #expect(date.stderr.contains("\(file4):5:12: error: 'until' phải là ngày viết theo dạng YYYY-MM-DD"))
  }
}
