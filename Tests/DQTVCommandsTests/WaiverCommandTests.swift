import Foundation
import TestSupport
import Testing

/// `dqtv check --waivers` end to end: exit codes, the marks in JSON, and invalid files.
@Suite struct WaiverCommandTests {
  /// Writes a waivers file in a fresh folder and runs a check of the mistakes sample with it.
  func check(waivers text: String, _ extra: [String] = []) throws -> (CommandOutput, String) {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dqtv-waivers-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("waivers.yaml").path
    try text.write(toFile: file, atomically: true, encoding: .utf8)
    return (try dqtv(["check", "samples/commune-mistakes.yaml"] + extra + ["--waivers", file]), file)
  }

  func json(_ run: CommandOutput) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
  }

  static func waiver(_ rule: String, _ scope: String = "", until: String = "2026-12-31") -> String {
    "  - rule: \"\(rule)\"\n\(scope)    reason: \"Chờ tuyển dụng\"\n    approved_by: \"QĐ 12/QĐ-UBND\"\n    until: \(until)\n"
  }

  @Test func waivedErrorsNoLongerFailTheCheck() throws {
    let errors = "waivers:\n" + Self.waiver("*", "    code: \"16012\"\n")
    let (run, _) = try check(waivers: errors, ["--format", "json", "--skip", "SCHEMA"])
    #expect(run.status == 0, "\(run.stderr)")
    let report = try json(run)
    let summary = try #require(report["summary"] as? [String: Int])
    #expect(summary["error"] == 0)
    #expect(summary["warning"] == 0)
    #expect(summary["info"] == 0)
    let findings = try #require(report["findings"] as? [[String: Any]])
    #expect(summary["waived"] == findings.count)
    #expect(findings.count > 10)
    let mark = try #require(findings.first?["waived"] as? [String: String])
    #expect(mark == ["reason": "Chờ tuyển dụng", "approved_by": "QĐ 12/QĐ-UBND", "until": "2026-12-31"])
  }

  @Test func untilTheDateJudgedWaivesAndTheDayBeforeHasExpired() throws {
    let onTheDay = "waivers:\n" + Self.waiver("DQ.AGE.MAX", until: "2026-06-30")
    let (kept, _) = try check(waivers: onTheDay, ["--only", "DQ.AGE.MAX", "--skip", "SCHEMA"])
    #expect(kept.status == 0)
    #expect(!kept.stdout.contains("WAIVER."))
    #expect(kept.stdout.contains("(đã miễn trừ): [DQ.AGE.MAX]"))

    let dayBefore = "waivers:\n" + Self.waiver("DQ.AGE.MAX", until: "2026-06-29")
    let (expired, file) = try check(waivers: dayBefore, ["--only", "DQ.AGE.MAX", "--lang", "en"])
    #expect(expired.status == 1)
    #expect(expired.stdout.contains(": error: [DQ.AGE.MAX]"))
    #expect(expired.stdout.contains("\(file):2:5: warning: [WAIVER.EXPIRED]"))

    let asOfLater = "waivers:\n" + Self.waiver("DQ.AGE.MAX", until: "2026-06-30")
    let (later, _) = try check(waivers: asOfLater, ["--only", "DQ.AGE.MAX", "--as-of", "2026-07-01"])
    #expect(later.stdout.contains("[WAIVER.EXPIRED]"))
  }

  @Test func anUnusedWaiverIsAWarningAtItsLine() throws {
    let text = "waivers:\n" + Self.waiver("DQ.AGE.MAX") + Self.waiver("BCH.*", "    code: \"99999\"\n")
    let (run, file) = try check(waivers: text, ["--only", "DQ.*", "--only", "BCH.*", "--fail-on", "never"])
    #expect(run.status == 0)
    #expect(run.stdout.contains("\(file):6:5: warning: [WAIVER.UNUSED]"))
    #expect(!run.stdout.contains("\(file):2:5"))
  }

  @Test func pathPrefixesStopAtAStep() throws {
    let text = "waivers:\n" + Self.waiver("THON.*", "    path: communes[0].villages[2]\n")
    let (run, _) = try check(waivers: text, ["--only", "THON.*", "--format", "json"])
    let findings = try #require(try json(run)["findings"] as? [[String: Any]])
    #expect(!findings.isEmpty)
    for f in findings {
      let path = f["path"] as? String ?? ""
      let below = path == "communes[0].villages[2]" || path.hasPrefix("communes[0].villages[2].")
      #expect((f["waived"] != nil) == below, "\(path)")
    }
  }

  @Test func aWaiverWithoutReasonOrApprovalIsExitTwoWithItsPlace() throws {
    let noReason = "waivers:\n  - rule: X\n    approved_by: a\n    until: 2026-12-31\n"
    let (run, file) = try check(waivers: noReason, ["--lang", "en"])
    #expect(run.status == 2)
    #expect(run.stdout.isEmpty)
    #expect(run.stderr.contains("\(file):2:5: error: the waiver has no 'reason'"))

    let noApproval = "waivers:\n  - rule: X\n    reason: r\n    until: 2026-12-31\n"
    let (run2, file2) = try check(waivers: noApproval, ["--lang", "en"])
    #expect(run2.status == 2)
    #expect(run2.stderr.contains("\(file2):2:5: error: the waiver has no 'approved_by'"))
  }

  @Test func aMalformedWaiversFileIsExitTwo() throws {
    let (typo, file) = try check(
      waivers: "waivers:\n  - rule: X\n    reason: r\n    approvedby: a\n    until: 2026-12-31\n", ["--lang", "en"])
    #expect(typo.status == 2)
    #expect(typo.stderr.contains("\(file):4:5: error: unknown key 'approvedby'; did you mean 'approved_by'?"))
    let (date, file2) = try check(
      waivers: "waivers:\n  - rule: X\n    reason: r\n    approved_by: a\n    until: 31/12/2026\n", ["--lang", "en"])
    #expect(date.status == 2)
    #expect(date.stderr.contains("\(file2):5:12: error: 'until' must be a date"))
    let (yaml, file3) = try check(waivers: "waivers: [\n")
    #expect(yaml.status == 2)
    #expect(yaml.stderr.contains("\(file3):"))
    let missing = try dqtv(["check", "samples/commune-mistakes.yaml", "--waivers", "/no/such/waivers.yaml"])
    #expect(missing.status == 2)
    #expect(missing.stderr.contains("/no/such/waivers.yaml"))
  }
}
