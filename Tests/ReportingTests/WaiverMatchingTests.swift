import RuleEngine
import SourceDiagnostics
import Testing

/// Which findings a waiver covers, and when: ids and globs, communes, path prefixes, dates.
@Suite struct WaiverMatchingTests {
  static let asOf = CalendarDate("2026-06-30")!

  func finding(_ rule: String, path: String, severity: Severity = .error) -> Finding {
    Finding(
      rule: rule, kind: .violation, severity: severity, message: LocalizedText(vi: "m", en: "m"),
      location: SourceLocation(file: "s.yaml", line: 3, column: 5), path: path)
  }

  func waiver(_ rule: String, code: String? = nil, path: String? = nil, until: String = "2026-12-31") -> Waiver {
    Waiver(
      rule: rule, code: code, path: path, reason: "r", approvedBy: "a", until: CalendarDate(until)!,
      location: SourceLocation(file: "w.yaml", line: 2, column: 5))
  }

  func apply(_ w: [Waiver], _ f: [Finding], code: String? = "16279") -> WaiverSet.Outcome {
    WaiverSet(w).apply(to: f, asOf: ["s.yaml": Self.asOf], communeCode: { _ in code })
  }

  @Test func pathPrefixesStopAtAStep() {
    #expect(Waiver.path("communes[0].villages[2]", isAtOrBelow: "communes[0]"))
    #expect(Waiver.path("communes[0]", isAtOrBelow: "communes[0]"))
    #expect(Waiver.path("communes[0].villages[2].leader", isAtOrBelow: "communes[0].villages[2]"))
    #expect(Waiver.path("communes[0]", isAtOrBelow: "communes"))
    #expect(!Waiver.path("communes[10]", isAtOrBelow: "communes[0]"))
    #expect(!Waiver.path("communes[1]", isAtOrBelow: "communes[10]"))
    #expect(!Waiver.path("communes[0].villages[20]", isAtOrBelow: "communes[0].villages[2]"))
    #expect(!Waiver.path("communes[0].command_board_x", isAtOrBelow: "communes[0].command_board"))
  }

  @Test func globsMatchWholeIds() {
    #expect(RuleIDPattern("BCH.*").matches("BCH.CHT.COUNT"))
    #expect(RuleIDPattern("BCH.*.COUNT").matches("BCH.TROLY.COUNT"))
    #expect(!RuleIDPattern("BCH.*.COUNT").matches("BCH.CTV.PARTY-SECRETARY"))
    #expect(RuleIDPattern("DQ.AGE.MA?").matches("DQ.AGE.MAX"))
    #expect(!RuleIDPattern("DQ.AGE").matches("DQ.AGE.MAX"))
    #expect(!RuleIDPattern("BCH.*").matches("XBCH.CHT"))
    #expect(RuleIDPattern("*").matches("SCHEMA"))
  }

  @Test func aWaiverUntilTheDateJudgedStillWaives() {
    let out = apply(
      [waiver("BCH.CHT.COUNT", until: "2026-06-30")], [finding("BCH.CHT.COUNT", path: "communes[0].command_board")])
    #expect(out.findings.map(\.isWaived) == [true])
    #expect(out.findings.first?.waiver?.until == Self.asOf)
    #expect(out.waiverFindings.isEmpty)
  }

  @Test func aWaiverEndingTheDayBeforeHasExpiredAndWaivesNothing() {
    let out = apply([waiver("BCH.CHT.COUNT", until: "2026-06-29")], [finding("BCH.CHT.COUNT", path: "communes[0]")])
    #expect(out.findings.map(\.isWaived) == [false])
    #expect(out.waiverFindings.map(\.rule) == ["WAIVER.EXPIRED"])
    let expired = out.waiverFindings[0]
    #expect(expired.severity == .warning)
    #expect(expired.location == SourceLocation(file: "w.yaml", line: 2, column: 5))
    #expect(expired.message.en.contains("2026-06-29"))
  }

  @Test func aWaiverMatchingNothingIsUnused() {
    let out = apply([waiver("NO.SUCH.RULE")], [finding("BCH.CHT.COUNT", path: "communes[0]")])
    #expect(out.findings.map(\.isWaived) == [false])
    #expect(out.waiverFindings.map(\.rule) == ["WAIVER.UNUSED"])
    #expect(out.waiverFindings[0].path == "waivers[0]")
  }

  @Test func aGlobWaivesEveryMatchingRule() {
    let findings = [
      finding("BCH.CHT.COUNT", path: "communes[0]"), finding("BCH.TROLY.COUNT", path: "communes[0]"),
      finding("DQ.AGE.MAX", path: "communes[0].militia[3]"),
    ]
    let out = apply([waiver("BCH.*")], findings)
    #expect(out.findings.map(\.isWaived) == [true, true, false])
    #expect(out.waiverFindings.isEmpty)
  }

  @Test func aPathWaivesTheNodeAndBelowOnly() {
    let findings = [
      finding("THON.LEADER", path: "communes[0].villages[2]"),
      finding("THON.LEADER", path: "communes[0].villages[2].leader"),
      finding("THON.LEADER", path: "communes[10].villages[2]"),
      finding("THON.LEADER", path: "communes[0].villages[20]"),
    ]
    let out = apply([waiver("THON.*", path: "communes[0].villages[2]")], findings)
    #expect(out.findings.map(\.isWaived) == [true, true, false, false])
    let wide = apply([waiver("THON.*", path: "communes[0]")], findings)
    #expect(wide.findings.map(\.isWaived) == [true, true, false, true])
  }

  @Test func aCodeWaivesOnlyItsCommune() {
    let f = [finding("BCH.CHT.COUNT", path: "communes[0]")]
    #expect(apply([waiver("BCH.CHT.COUNT", code: "16279")], f, code: "16279").findings[0].isWaived)
    let other = apply([waiver("BCH.CHT.COUNT", code: "16279")], f, code: "16012")
    #expect(!other.findings[0].isWaived)
    #expect(other.waiverFindings.map(\.rule) == ["WAIVER.UNUSED"])
    #expect(!apply([waiver("BCH.CHT.COUNT", code: "16279")], f, code: nil).findings[0].isWaived)
  }

  @Test func theFirstCoveringWaiverIsTheOneShown() {
    var second = waiver("BCH.*")
    second.reason = "second"
    let out = apply([waiver("BCH.CHT.COUNT"), second], [finding("BCH.CHT.COUNT", path: "communes[0]")])
    #expect(out.findings[0].waiver?.reason == "r")
    #expect(out.waiverFindings.map(\.rule) == ["WAIVER.UNUSED"])
  }
}
