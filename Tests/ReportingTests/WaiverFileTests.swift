import RuleEngine
import SourceDiagnostics
import Testing

/// Reading waivers files: every problem at its line and column, a file with errors gives none.
@Suite struct WaiverFileTests {
  func load(_ text: String) -> (waivers: [Waiver]?, diagnostics: [Diagnostic]) {
    WaiverFileLoader().load(text, name: "w.yaml")
  }

  func places(_ d: [Diagnostic]) -> [String] {
    d.map { "\($0.location.map(\.description) ?? "-"): \($0.message)" }
  }

  @Test func aCompleteWaiverIsRead() throws {
    let (waivers, problems) = load(
      """
      waivers:
        - rule: BCH.*
          code: "16279"
          path: communes[0]
          reason: Chờ tuyển dụng
          approved_by: QĐ 12/QĐ-UBND
          until: 2026-12-31
      """)
    #expect(problems.isEmpty)
    let w = try #require(waivers?.first)
    #expect(w.rule == "BCH.*")
    #expect(w.code == "16279")
    #expect(w.path == "communes[0]")
    #expect(w.reason == "Chờ tuyển dụng")
    #expect(w.approvedBy == "QĐ 12/QĐ-UBND")
    #expect(w.until == CalendarDate("2026-12-31"))
    #expect(w.location.line == 2 && w.location.column == 5)
  }

  @Test func aWaiverWithoutReasonIsAnErrorAtItsEntry() {
    let (waivers, problems) = load("waivers:\n  - rule: X\n    approved_by: QĐ 1\n    until: 2026-01-01\n")
    #expect(waivers == nil)
    #expect(places(problems).count == 1)
    #expect(places(problems).first?.hasPrefix("w.yaml:2:5: the waiver has no 'reason'") == true)
  }

  @Test func aWaiverWithoutApprovalIsAnError() {
    let (waivers, problems) = load("waivers:\n  - rule: X\n    reason: r\n    until: 2026-01-01\n")
    #expect(waivers == nil)
    #expect(places(problems).first?.hasPrefix("w.yaml:2:5: the waiver has no 'approved_by'") == true)
  }

  @Test func anEmptyReasonIsAnErrorAtTheValue() {
    let (waivers, problems) = load(
      "waivers:\n  - rule: X\n    reason: \"  \"\n    approved_by: a\n    until: 2026-01-01\n")
    #expect(waivers == nil)
    #expect(places(problems) == ["w.yaml:3:13: 'reason' must not be empty"])
  }

  @Test func anUnknownKeySuggestsTheNearestOne() {
    let (waivers, problems) = load("waivers:\n  - rule: X\n    reason: r\n    aproved_by: a\n    until: 2026-01-01\n")
    #expect(waivers == nil)
    #expect(places(problems) == ["w.yaml:4:5: unknown key 'aproved_by'; did you mean 'approved_by'?"])
  }

  @Test func anImpossibleDateIsAnErrorAtTheDate() {
    let (waivers, problems) = load("waivers:\n  - rule: X\n    reason: r\n    approved_by: a\n    until: 2026-02-30\n")
    #expect(waivers == nil)
    #expect(places(problems) == ["w.yaml:5:12: 'until' must be a date written YYYY-MM-DD, not '2026-02-30'"])
  }

  @Test func theRootMustHoldAWaiversList() {
    #expect(places(load("- a\n").diagnostics) == ["w.yaml:1:1: a waivers file is a mapping with the key 'waivers'"])
    #expect(
      places(load("waiver: []\n").diagnostics).first == "w.yaml:1:1: unknown key 'waiver'; did you mean 'waivers'?")
    #expect(places(load("waivers: {a: 1}\n").diagnostics) == ["w.yaml:1:10: 'waivers' must be a list of entries"])
    #expect(load("waivers: []\n").waivers?.isEmpty == true)
  }

  @Test func malformedYAMLIsADiagnosticWithItsPlace() {
    let (waivers, problems) = load("waivers:\n  - rule: [X\n")
    #expect(waivers == nil)
    #expect(problems.contains { $0.severity == .error && $0.location?.file == "w.yaml" })
  }
}
