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
    #expect(cases.map { $0.attributes["name"] ?? "" } == ["SCHEMA", "A.ONE", "B.TWO", "C.THREE"])
    #expect(doc.all("failure").count == 2)
    #expect(doc.all("error").count == 1)
    let suite = try #require(doc.all("testsuite").first)
    #expect(suite.attributes["tests"] == "4")
    #expect(suite.attributes["failures"] == "1")
    #expect(suite.attributes["errors"] == "1")
    let message = try #require(doc.all("failure").first?.attributes["message"])
    #expect(message == "a&b <c>.yaml:3:7: Xã \"Ngã Ba\" <Đông> & 'Tây'\u{FFFD}\u{FFFD}\nline two\ttab ]]> --")
    #expect(doc.all("failure").first?.text.contains("điểm đ khoản 1 Điều 20 48/2019/QH14") == true)
    #expect(doc.all("system-out").first?.text.contains("<lý do> & \"x\"") == true)
  }

  @Test func theProvinceSampleHasOneCaseARuleAndOneFailureAFinding() throws {
    let run = try runDQTV(["check", "samples/province-thanh-hoa.yaml", "--format", "junit"])
    let json = try runDQTV(["check", "samples/province-thanh-hoa.yaml", "--format", "json"])
    let report = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    let findings = try #require(report["findings"] as? [[String: Any]])
    let doc = XMLStructure(run.stdout)
    #expect(doc.error == nil)
    let names = doc.all("testcase").compactMap { $0.attributes["name"] }
    #expect(Set(names).count == names.count, "one case a rule id")
    #expect(doc.all("failure").count + doc.all("error").count == findings.count)
    let failedRules = Set(findings.compactMap { $0["rule"] as? String })
    #expect(failedRules.isSubset(of: Set(names)))
    let suite = try #require(doc.all("testsuite").first)
    #expect(suite.attributes["tests"] == String(names.count))
    #expect(suite.attributes["failures"] == String(failedRules.count))
  }
}
