import Foundation
import TestSupport
import Testing

/// The budget of one rule over one check, through the built `dqtv`: a rule that spends a lot
/// on every node stops with one finding that says so, and the other rules still report.
@Suite(.serialized) struct RuleCostLimitTests {
  static let province = packageRoot().appendingPathComponent("samples/province-thanh-hoa.yaml").path

  /// A `Militiaman` rule that builds a list of 100,000 copies of the member's name and walks
  /// it: about 220,000 steps on each member, within the limit per node (a million), then
  /// is false, so that it would report every member.
  static var heavyRule: String {
    var expression = "e.all(x, x == self.name) && size(self.name) == 0"
    let names = ["a", "b", "c", "d", "e"]
    for (i, name) in names.enumerated().reversed() {
      let value =
        i == 0
        ? "[" + Array(repeating: "self.name", count: 10).joined(separator: ", ") + "]"
        : Array(repeating: names[i - 1], count: 10).joined(separator: " + ")
      expression = "cel.bind(\(name), \(value), \(expression))"
    }
    return """
        - id: LOCAL.HEAVY
          title: {vi: Thử, en: Heavy}
          basis: [{doc: "12/2026/QĐ-UBND"}]
          severity: error
          effective: {from: 2026-01-01}
          scope: Militiaman
          require: '\(expression)'
          message: {vi: "{self.name}", en: "{self.name}"}

      """
  }

  /// A cheap rule every commune breaks.
  static let lightRule = HostilePackTests.rule(id: "LOCAL.LIGHT", require: "self.population > 1000000000")

  @Test func aRuleOverItsBudgetEndsWithOneFindingAndTheOthersStillReport() throws {
    let scratch = try Scratch()
    let pack = try HostilePackTests.writePack(scratch, rules: Self.heavyRule + Self.lightRule)
    let arguments = [
      "check", Self.province, "--rules", pack, "--only", "LOCAL.*", "--lang", "en", "--max-cost-per-rule", "5000000",
    ]
    let run = try runBounded(arguments, timeout: 240)
    #expect(!run.timedOut && run.signal == nil, "\(run)")
    #expect(run.status == 1, "\(run)")
    let lines = run.stdout.split(separator: "\n")
    let heavy = lines.filter { $0.contains("[LOCAL.HEAVY]") }
    #expect(heavy.count == 1, "\(heavy.prefix(5))")
    #expect(
      heavy.first?.contains(
        "error: [LOCAL.HEAVY] the rule LOCAL.HEAVY was stopped: evaluating it on this file went past the limit of 5000000 steps for one rule in one check"
      ) == true, "\(heavy)")
    // The province's communes each break the light rule: one finding each, as without the heavy rule.
    let light = lines.filter { $0.contains("error: [LOCAL.LIGHT]") }
    let communes =
      try String(contentsOfFile: Self.province, encoding: .utf8).components(separatedBy: "\n  - code:")
      .count - 1
    #expect(communes > 1)
    #expect(light.count == communes, "\(light.count) of \(communes)")
    // 1,936 members at about 220,000 steps each would be 4e8 steps: the stop comes after a
    // few dozen. That the budget bounds the time is measured by `scripts/hostile_scale_bench.py`
    // (a rule stopped at 10^6 and 10^7 elements); the timeout of 240 s is a hang guard, over
    // 100 times what the run takes on a loaded machine.

    // Which members ran before the stop depends on the threads; the output does not.
    let again = try runBounded(arguments, timeout: 240)
    #expect(again.stdout == run.stdout)

    // With room for all of it, every member is reported.
    let wide = try runBounded(
      [
        "check", Self.province, "--rules", pack, "--only", "LOCAL.HEAVY", "--lang", "en", "--max-cost-per-rule",
        "1000000000000", "--max-cost-per-node", "300",
      ],
      timeout: 240)
    #expect(wide.status == 1, "\(wide)")
    // Each member's evaluation stops at the limit per node of 300 steps instead.
    let perNode = wide.stdout.split(separator: "\n").filter { $0.contains("[LOCAL.HEAVY]") }
    #expect(perNode.count == 1_936, "\(perNode.count)")
    #expect(perNode.allSatisfy { $0.contains("cost limit exceeded") }, "\(perNode.prefix(2))")
  }

  @Test func aLimitThatIsNotPositiveIsAUsageError() throws {
    let run = try runBounded(["check", Self.province, "--max-cost-per-rule", "0", "--lang", "en"], timeout: 60)
    #expect(run.status == 64, "\(run)")
    #expect(run.stderr.contains("--max-cost-per-rule must be a number of steps greater than 0"), "\(run)")
  }
}
