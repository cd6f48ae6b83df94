import Foundation
import Reporting
import RuleEngine
import SourceDiagnostics
import TestSupport
import Testing

/// JUnit XML is well-formed whatever the messages hold, and its counts agree with its cases.
@Suite struct JUnitXMLTests {
  func finding(_ rule: String, _ message: String, kind: FindingKind = .violation, line: Int = 3) -> Finding {
    Finding(
      rule: rule, kind: kind, severity: .error, message: LocalizedText(vi: message, en: message),
      basis: [Citation(doc: "48/2019/QH14", article: 20, clause: 1, point: "đ")],
      location: SourceLocation(file: "a&b <c>.yaml", line: line, column: 7), path: "communes[0]")
  }

  var context: ReportContext {
    ReportContext(
      toolVersion: "0.1.0", packs: [("dqtv", "2026.1")], asOf: CalendarDate("2026-06-30"),
      submissions: [("a&b <c>.yaml", CalendarDate("2026-06-30")!)], rulesApplied: 0, rulesNotInForce: 0,
      language: .vi)
  }

  @Test func awkwardTextStaysWellFormed() throws {
    let nasty = "Xã \"Ngã Ba\" <Đông> & 'Tây'\u{1}\u{7}\nline two\ttab ]]> --"
    let waiver = WaiverMark(
      reason: "<lý do> & \"x\"", approvedBy: "QĐ 1", until: CalendarDate("2026-12-31")!,
      location: SourceLocation(file: "w.yaml", line: 2, column: 5))
    let findings = [
      ReportedFinding(finding("A.ONE", nasty)),
      ReportedFinding(finding("A.ONE", "second", line: 9)),
      ReportedFinding(finding("B.TWO", "could not evaluate", kind: .evaluationError)),
      ReportedFinding(finding("C.THREE", nasty), waiver: waiver),
    ]
    let xml = JUnitRenderer().render(findings, context: context)
    let doc = XMLStructure(xml)
    #expect(doc.error == nil, "\(doc.error ?? "")\n\(xml)")
    let cases = doc.all("testcase")
    // One case for the file, one per finding (named by rule, node and place), then one per
    // rule in force with no finding: none here, the context names no rule.
    #expect(
      cases.map { $0.attributes["name"] ?? "" } == [
        "đọc và kiểm tra tệp", "A.ONE communes[0] (3:7)", "A.ONE communes[0] (9:7)", "B.TWO communes[0] (3:7)",
        "C.THREE communes[0] (3:7)",
      ])
    #expect(doc.all("failure").count == 2)
    #expect(doc.all("error").count == 1)
    #expect(doc.all("skipped").count == 1, "the waived finding")
    let suite = try #require(doc.all("testsuite").first)
    #expect(suite.attributes["name"] == "a&b <c>.yaml")
    #expect(suite.attributes["tests"] == "5")
    #expect(suite.attributes["failures"] == "2")
    #expect(suite.attributes["errors"] == "1")
    #expect(suite.attributes["skipped"] == "1")
    let message = try #require(doc.all("failure").first?.attributes["message"])
    #expect(message == "a&b <c>.yaml:3:7: Xã \"Ngã Ba\" <Đông> & 'Tây'\u{FFFD}\u{FFFD}\nline two\ttab ]]> --")
    #expect(doc.all("failure").first?.text.contains("điểm đ khoản 1 Điều 20 48/2019/QH14") == true)
    #expect(doc.all("skipped").first?.attributes["message"]?.contains("<lý do> & \"x\"") == true)
  }

  @Test func theProvinceSampleHasOneCaseAFindingAndTheReaderAgrees() throws {
    let run = try runDQTV(["check", "samples/province-thanh-hoa.yaml", "--format", "junit", "--lang", "en"])
    let json = try runDQTV(["check", "samples/province-thanh-hoa.yaml", "--format", "json"])
    let report = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    let findings = try #require(report["findings"] as? [[String: Any]])
    let errors = findings.filter { $0["severity"] as? String == "error" && $0["waived"] == nil }
    let doc = XMLStructure(run.stdout)
    #expect(doc.error == nil)
    let names = doc.all("testcase").compactMap { $0.attributes["name"] }
    #expect(Set(names).count == names.count, "every case has a name of its own")
    // Only errors fail under the default --fail-on error; warnings and notes pass.
    #expect(doc.all("failure").count + doc.all("error").count == errors.count)
    let lines = try junitReaderLines(run.stdout)
    #expect(!lines.contains { $0.hasPrefix("mismatch|") }, "\(lines.filter { $0.hasPrefix("mismatch|") })")
    let cases = lines.filter { $0.hasPrefix("case|") }
    #expect(cases.count == names.count)
    let failed = cases.filter { $0.hasSuffix("|False|1|0|0") || $0.hasSuffix("|False|0|1|0") }
    #expect(failed.count == errors.count)
    #expect(lines.first == "suite|samples/province-thanh-hoa.yaml|\(names.count)|\(failed.count)|0|0")

    // With --fail-on never, nothing fails; the findings are still there, as passing cases.
    let never = try runDQTV(
      ["check", "samples/province-thanh-hoa.yaml", "--format", "junit", "--fail-on", "never", "--lang", "en"])
    let neverLines = try junitReaderLines(never.stdout)
    #expect(neverLines.filter { $0.hasPrefix("case|") }.count == names.count)
    #expect(neverLines.filter { $0.hasPrefix("case|") && !$0.contains("|True|") }.isEmpty)
    #expect(never.stdout.contains("below --fail-on, so not a failure"))
  }
}
