import Foundation
import TestSupport
import Testing

/// `dqtv test` on a pack that extends another runs the pack's own tests; `--with-base` runs the
/// base's tests too, judged on the base's rules only (RULES.md, "extends").
@Suite struct ExtendingPackTestTests {
  @Test func aProvinceRuleBreakingNationalTestsPassesItsOwnTests() throws {
    let p = try TempPacks.province()
    let run = try dqtv(["test", p.path("province"), "--lang", "en"])
    #expect(run.status == 0, "\(run)")
    let lines = run.stdout.split(separator: "\n")
    #expect(lines.first == "rule pack: \(p.path("province")) ('province' 1)", "\(run)")
    #expect(lines.last == "1 passed, 0 failed", "\(run)")
  }

  @Test func withBaseRunsTheNationalTestsOnTheNationalRulesOnly() throws {
    let p = try TempPacks.province()
    let national = try dqtv(["test", "rules/dqtv"])
    let nationalPassed = try #require(national.stdout.split(separator: "\n").last?.split(separator: " ").first)
    let count = try #require(Int(nationalPassed))
    #expect(count > 100, "\(national)")
    let run = try dqtv(["test", p.path("province"), "--with-base"])
    #expect(run.status == 0, "\(run)")
    #expect(run.stdout.split(separator: "\n").last == "\(count + 1) đạt, 0 không đạt", "\(run)")
    #expect(
      run.stdout.contains("kiểm thử của gói nền rules/dqtv ('dqtv'), chỉ xét theo luật của chính gói đó"), "\(run)")
  }

  /// The national tests would fail on the whole province pack: the province rule fires on the
  /// national fixture, which the national tests expect to give only their own findings.
  @Test func theProvinceRuleFiresOnTheNationalFixture() throws {
    let p = try TempPacks.province()
    let run = try dqtv([
      "check", "rules/dqtv/tests/fixtures/commune-base.yaml", "--rules", p.path("province"), "--format", "json",
    ])
    #expect(run.stdout.contains("TINH.DAN_SO"), "\(run)")
  }
}
