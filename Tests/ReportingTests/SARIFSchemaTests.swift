import Foundation
import TestSupport
import Testing

/// SARIF output checked against the OASIS SARIF 2.1.0 schema (a copy under `Resources/`).
@Suite struct SARIFSchemaTests {
  @Test func theFixtureReportIsValidSARIF() throws {
    let run = try ReportFixtures.check(["--format", "sarif"])
    #expect(try sarifSchemaViolations(run.stdout) == [])
  }

  @Test func theProvinceSampleIsValidSARIFInBothLanguages() throws {
    for lang in ["vi", "en"] {
      let run = try runDQTV(["check", "samples/province-thanh-hoa.yaml", "--format", "sarif", "--lang", lang])
      #expect(run.status == 1)
      #expect(try sarifSchemaViolations(run.stdout) == [], "\(lang)")
    }
  }

  /// The validator really validates: a log without its version and with a bad level fails.
  @Test func theValidatorRejectsABrokenLog() throws {
    let broken =
      #"{"runs": [{"tool": {"driver": {"name": "dqtv"}}, "results": [{"message": {"text": "x"}, "level": "fatal"}]}]}"#
    let violations = try sarifSchemaViolations(broken)
    #expect(violations.contains { $0.contains("'version' is a required property") })
    #expect(violations.contains { $0.contains("fatal") })
  }

  @Test func resultsCarryPlacesRulesFingerprintsAndSuppressions() throws {
    let run = try ReportFixtures.check(["--format", "sarif"])
    let log = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    #expect(log["version"] as? String == "2.1.0")
    let sarifRun = try #require((log["runs"] as? [[String: Any]])?.first)
    #expect(sarifRun["columnKind"] as? String == "unicodeCodePoints")
    let driver = try #require((sarifRun["tool"] as? [String: Any])?["driver"] as? [String: Any])
    #expect(driver["name"] as? String == "dqtv")
    let rules = try #require(driver["rules"] as? [[String: Any]])
    #expect(
      rules.compactMap { $0["id"] as? String }.prefix(5) == [
        "BCH.CHT.COUNT", "BCH.CTV.COUNT", "BCH.CTVP.COUNT", "BCH.PCHT.COUNT", "BCH.TROLY.COUNT",
      ])
    let results = try #require(sarifRun["results"] as? [[String: Any]])
    #expect(results.count == 7)
    for r in results {
      let index = try #require(r["ruleIndex"] as? Int)
      #expect(rules[index]["id"] as? String == r["ruleId"] as? String)
      let fingerprint = (r["partialFingerprints"] as? [String: String])?["dqtvFinding/v2"]
      #expect(fingerprint?.hasPrefix("\(r["ruleId"] as? String ?? "")|") == true)
      let physical = ((r["locations"] as? [[String: Any]])?.first?["physicalLocation"]) as? [String: Any]
      let region = try #require(physical?["region"] as? [String: Int])
      #expect(
        region["startLine"] != nil && region["endLine"] != nil && region["startColumn"] != nil
          && region["endColumn"] != nil)
    }
    let suppressed = results.filter { $0["suppressions"] != nil }
    #expect(suppressed.count == 1)
    let suppression = try #require((suppressed.first?["suppressions"] as? [[String: Any]])?.first)
    #expect(suppression["kind"] as? String == "external")
    #expect(suppression["justification"] as? String == "Chờ tuyển dụng trợ lý theo kế hoạch 2026")
  }
}
