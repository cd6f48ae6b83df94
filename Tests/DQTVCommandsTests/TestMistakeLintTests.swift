import Foundation
import TestSupport
import Testing

/// `dqtv lint` finds the mistakes of rule tests at their line and column: an expected rule no
/// pack has, an `only` that is not a bool, an input that is not there; and a test expecting a
/// rule `count: 0` times does not make the rule "tested".
@Suite struct TestMistakeLintTests {
  static let mistakes = """
    tests:
      - name: a typo in the rule id
        input: ../data/commune.yaml
        expect:
          - {rule: TINH.DAN_S0}
      - name: only is not a bool
        input: ../data/commune.yaml
        expect: []
        only: "yes"
      - name: the input is not there
        input: ../data/nothere.yaml
        expect: []
      - name: the rule must not fire
        input: ../data/commune.yaml
        expect:
          - {rule: TINH.DAN_SO, count: 0}

    """

  @Test func lintReportsEachTestMistakeAtItsPlace() throws {
    let p = try TempPacks.province()
    try p.write("province/tests/targets.yaml", Self.mistakes)
    let run = try dqtv(["lint", p.path("province"), "--lang", "en"])
    #expect(run.status == 1, "\(run)")
    let tests = p.path("province/tests/targets.yaml")
    let rules = p.path("province/targets.yaml")
    let lines = run.stdout.split(separator: "\n").map(String.init)
    func line(_ prefix: String) -> String? { lines.first { $0.hasPrefix(prefix) } }
    let unknown = try #require(line("\(tests):5:16: error"), "\(run)")
    #expect(unknown.contains("[test.unknown-rule]") && unknown.contains("'TINH.DAN_SO'"), "\(unknown)")
    let only = try #require(line("\(tests):9:11: error"), "\(run)")
    #expect(only.contains("'only'") && only.contains("true or false"), "\(only)")
    let missing = try #require(line("\(tests):11:12: error"), "\(run)")
    #expect(missing.contains("[test.input-missing]") && missing.contains("nothere.yaml"), "\(missing)")
    // `count: 0` does not test that the rule fires: it is still untested.
    let untested = try #require(line("\(rules):2:9: warning"), "\(run)")
    #expect(untested.contains("[lint.untested]") && untested.contains("TINH.DAN_SO"), "\(untested)")
  }

  @Test func aFiringTestMakesTheRuleTested() throws {
    let p = try TempPacks.province()
    let run = try dqtv(["lint", p.path("province")])
    #expect(run.status == 0, "\(run)")
    #expect(!run.stdout.contains("lint.untested"), "\(run)")
  }
}
