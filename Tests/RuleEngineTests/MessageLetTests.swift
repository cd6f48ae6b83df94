import CEL
import Testing

@testable import RuleEngine

/// A let that only messages use is computed when a node fails, not for every node: a node that
/// passes is not failed by it. For a node that fails, the outcome is what computing every let
/// first gives.
@Suite struct MessageLetTests {
  static let rules = """
    rules:
      - id: XA.POP
        title: {vi: x, en: x}
        basis: [{doc: "1/2020/TEST"}]
        severity: error
        effective: {from: 2020-01-01}
        scope: Commune
        let:
          pop: self.population
          share: 10 / (pop % 1000)
          more: share + 1
        require: pop < 20000
        message: {vi: "{self.name}: {share} {more}", en: "{self.name}: {share} {more}"}
      - id: XA.NAME
        title: {vi: x, en: x}
        basis: [{doc: "1/2020/TEST"}]
        severity: error
        effective: {from: 2020-01-01}
        scope: Commune
        let:
          shout: self.name + '!'
          inverse: 10 / (self.population - 7)
        require: inverse >= 0
        message: {vi: "{shout}", en: "{shout}"}
    """

  static let data = """
    format: dqtv-submission/1
    as_of: 2026-06-30
    communes:
      - {code: "00001", name: A, population: 19000}
      - {code: "00002", name: B, population: 25000}
      - {code: "00003", name: C, population: 25001}
      - {code: "00004", name: D, population: 7}
    """

  @Test func letsForMessagesAreComputedForFindingsOnly() throws {
    let (compiled, problems) = compile(miniPack(rules: Self.rules))
    #expect(problems == [])
    let pack = try #require(compiled)
    #expect(pack.rules.map(\.letsForMessagesOnly) == [[false, true, true], [true, false]])
    let data = try #require(try decode(Self.data, schema: pack.pack.schema).data)
    let request = CheckRequest(data: data, pack: pack, asOf: CalendarDate("2026-06-30")!)
    let findings = Engine().check(request).findings.map {
      "\($0.rule) \($0.path) \($0.kind) \($0.values.map { "\($0.name)=\($0.value)" }) \($0.message.en)"
    }
    #expect(
      findings == [
        // A passes: its `share` (10 / 0) is never computed. B fails and its `share` cannot be
        // computed: the error comes with the lets before it. C fails with every let shown.
        "XA.POP communes[1] evaluationError [\"pop=int(25000)\"] the rule XA.POP could not be evaluated at communes[1]: divide by zero",
        "XA.POP communes[2] violation [\"pop=int(25001)\", \"share=int(10)\", \"more=int(11)\"] C: 10 11",
        // D cannot compute `inverse`: `shout`, before it, is computed first and shown.
        "XA.NAME communes[3] evaluationError [\"shout=string(\\\"D!\\\")\"] the rule XA.NAME could not be evaluated at communes[3]: divide by zero",
      ])
    // `explain` shows A's waiting lets, the error included, and A still passes.
    let verdicts = Engine().explain(pack.rules[0], request: request).map {
      "\($0.outcome) \($0.values.map { "\($0.name)=\($0.value.jsonText)" })"
    }
    #expect(verdicts.first?.hasPrefix("passed [\"pop=19000\", \"share=") == true)
    #expect(verdicts.count == 4)
  }
}
