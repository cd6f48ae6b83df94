import CEL
import SourceDiagnostics
import Testing
import YAML

@testable import RuleEngine

func miniPack(rules: String, params: String = "params: {}\n") -> MemoryPackSource {
  MemoryPackSource(
    name: "mini",
    files: [
      "pack.yaml": "name: mini\nversion: '1'\ntitle: {vi: Thử, en: Test}\nschema: schema.yaml\n",
      "schema.yaml": miniSchemaText,
      "params.yaml": params,
      "rules.yaml": rules,
    ])
}

func compile(_ source: MemoryPackSource) -> (CompiledPack?, [String]) {
  let loaded = RulePackLoader().load(source)
  var all = loaded.diagnostics.sorted
  var compiled: CompiledPack?
  if let pack = loaded.pack {
    let (c, diagnostics) = RuleCompiler().compile(pack)
    all += diagnostics.sorted
    compiled = loaded.diagnostics.hasErrors ? nil : c
  }
  return (compiled, all.sorted().map { "\($0.location.map { "\($0.line):\($0.column)" } ?? "-") \($0.message)" })
}

let sampleData = """
  format: dqtv-submission/1
  as_of: 2026-06-30
  communes:
    - code: "16279"
      name: Xã Đông Tiến
      class: I
      population: 1200
      units: [{id: U1}]
      militia:
        - {id: M1, joined: 2023-03-01, unit: U1}
        - {id: M2, joined: 2019-01-15, unit: U1}
    - code: "16280"
      name: Xã Tây Tiến
      population: 900
      designations: [ven_bien]
  """

@Suite struct EngineTests {
  let rules = """
    rules:
      - id: XA.POP
        title: {vi: Dân số, en: Population}
        basis: [{doc: "1/2020/TEST", article: 1}]
        severity: warning
        effective: {from: 2020-01-01}
        scope: Commune
        let:
          limit: params.population.min
        require: self.population >= limit
        at: self.population
        message:
          vi: "{self.name} có {self.population} người, ít hơn {limit}."
          en: "{self.name} has {self.population} people, fewer than {limit}."
      - id: DQ.TERM
        title: {vi: Thời hạn, en: Term}
        basis: [{doc: "1/2020/TEST", article: 2, clause: 1, point: a}]
        severity: error
        effective: {from: 2020-01-01, until: 2025-12-31}
        scope: Militiaman
        let:
          years: days_between(self.joined, as_of) / 365
        require: years < 4
        message:
          vi: "{militiaman.id} phục vụ {years} năm tính đến {as_of}."
          en: "{militiaman.id} has served {years} years as of {as_of}."
      - id: DQ.TERM
        title: {vi: Thời hạn, en: Term}
        basis: [{doc: "2/2026/TEST"}]
        severity: warning
        effective: {from: 2026-01-01}
        scope: Militiaman
        when: commune.class == 'I'
        let:
          years: days_between(self.joined, as_of) / 365
        require: years < 4
        at: self.joined
        message:
          vi: "{militiaman.id} phục vụ {years} năm tính đến {as_of}."
          en: "{militiaman.id} has served {years} years as of {as_of}."
    """
  let params = """
    params:
      population:
        values:
          - {from: 2020-01-01, value: {min: 500}}
          - {from: 2026-01-01, value: {min: 1000}}
    """

  func run(asOf: String) throws -> [String] {
    let (compiled, problems) = compile(miniPack(rules: rules, params: params))
    #expect(problems == [])
    let pack = try #require(compiled)
    let decoded = try decode(sampleData, schema: pack.pack.schema)
    #expect(decoded.findings.isEmpty)
    let result = Engine().check(CheckRequest(data: try #require(decoded.data), pack: pack, asOf: CalendarDate(asOf)!))
    return result.findings.map {
      "\($0.location.line):\($0.location.column) \($0.rule) \($0.severity) \($0.path): \($0.message.vi) | \($0.message.en)"
    }
  }

  @Test func rulesAndParametersFollowTheDateJudged() throws {
    #expect(
      try run(asOf: "2026-06-30") == [
        "11:26 DQ.TERM warning communes[0].militia[1].joined: M2 phục vụ 7 năm tính đến 30/06/2026. | M2 has served 7 years as of 2026-06-30.",
        "14:17 XA.POP warning communes[1].population: Xã Tây Tiến có 900 người, ít hơn 1000. | Xã Tây Tiến has 900 people, fewer than 1000.",
      ])
    #expect(
      try run(asOf: "2025-06-30") == [
        "11:9 DQ.TERM error communes[0].militia[1]: M2 phục vụ 6 năm tính đến 30/06/2025. | M2 has served 6 years as of 2025-06-30."
      ])
  }

  @Test func findingsCarryTheirValuesBasisAndRulePlace() throws {
    let (compiled, _) = compile(miniPack(rules: rules, params: params))
    let pack = try #require(compiled)
    let data = try #require(try decode(sampleData, schema: pack.pack.schema).data)
    let result = Engine().check(CheckRequest(data: data, pack: pack, asOf: CalendarDate("2026-06-30")!))
    let pop = try #require(result.findings.first { $0.rule == "XA.POP" })
    #expect(pop.values.map(\.name) == ["limit"])
    #expect(pop.values.first?.value == .int(1000))
    #expect(pop.basis == [Citation(doc: "1/2020/TEST", article: 1)])
    #expect(pop.ruleLocation?.description == "mini/rules.yaml:2:5")
    #expect(result.rulesApplied == 2)
    #expect(result.rulesNotInForce == 0)
  }

  @Test func anEvaluationErrorIsAFindingNotACrash() throws {
    let (compiled, problems) = compile(
      miniPack(
        rules: """
          rules:
            - id: X.DIV
              title: {vi: x, en: x}
              basis: [{doc: d}]
              severity: info
              effective: {from: 2020-01-01}
              scope: Commune
              require: 100 / (self.population - 900) >= 0
              message: {vi: "x", en: "x"}
          """))
    #expect(problems == [])
    let pack = try #require(compiled)
    let data = try #require(try decode(sampleData, schema: pack.pack.schema).data)
    let result = Engine().check(CheckRequest(data: data, pack: pack, asOf: CalendarDate("2026-06-30")!))
    #expect(result.findings.map(\.kind) == [.evaluationError])
    #expect(result.findings.first?.path == "communes[1]")
    #expect(result.findings.first?.severity == .error)
    #expect(
      result.findings.first?.message.en.contains("divide by zero") == true, "\(result.findings.first?.message.en ?? "")"
    )
  }

  @Test func aRunawayExpressionStopsAtTheCostLimit() throws {
    let (compiled, problems) = compile(
      miniPack(
        rules: """
          rules:
            - id: X.LOOP
              title: {vi: x, en: x}
              basis: [{doc: d}]
              severity: info
              effective: {from: 2020-01-01}
              scope: Submission
              require: "[1,2,3,4,5,6,7,8,9,10].all(a, [1,2,3,4,5,6,7,8,9,10].all(b, [1,2,3,4,5,6,7,8,9,10].all(c, [1,2,3,4,5,6,7,8,9,10].all(d, [1,2,3,4,5,6,7,8,9,10].all(e, [1,2,3,4,5,6,7,8,9,10].all(f, a + b + c + d + e + f > 0))))))"
              message: {vi: "x", en: "x"}
          """))
    #expect(problems == [])
    let pack = try #require(compiled)
    let data = try #require(try decode(sampleData, schema: pack.pack.schema).data)
    let result = Engine().check(
      CheckRequest(data: data, pack: pack, asOf: CalendarDate("2026-06-30")!, costLimit: 100_000))
    #expect(result.findings.map(\.kind) == [.evaluationError])
    #expect(result.findings.first?.message.en.contains("cost") == true)
  }
}

@Suite struct RuleAuthoringErrorTests {
  @Test func everyMistakeIsShownAtItsLine() {
    let (_, problems) = compile(
      miniPack(
        rules: """
          rules:
            - id: BAD.ONE
              title: {vi: x}
              basis: []
              severity: eror
              effective: {from: 2020-02-30}
              scope: Comune
              require: self.population > 0
              mesage: {vi: x, en: x}
            - id: BAD TWO
              title: {vi: x, en: x}
              basis: [{doc: d}]
              severity: error
              effective: {from: 2020-01-01}
              scope: Commune
              require: |
                self.populaton > 0 &&
                  self.class == 'IV'
              message: {vi: "{self.nam}", en: "x"}
          """))
    #expect(
      problems == [
        "2:5 the rule 'BAD.ONE' has no 'message'",
        "3:12 the title of the rule 'BAD.ONE' has no 'en'",
        "5:15 unknown severity 'eror'; did you mean 'error'?",
        "6:23 'from' must be a real date written YYYY-MM-DD, not '2020-02-30'",
        "9:5 unknown key 'mesage' in the rule 'BAD.ONE'; did you mean 'message'?",
        "10:9 the rule id 'BAD TWO' may hold only letters, digits, '.', '-' and '_'",
        "17:12 undefined field 'populaton' on type 'Commune'; did you mean 'population'?",
        "18:23 'IV' is not a value of CommuneClass; did you mean 'I'?",
        "19:26 undefined field 'nam' on type 'Commune'; did you mean 'name'?",
      ])
  }

  @Test func overlappingVersionsAndUnknownScopes() {
    let rule = { (from: String, until: String, scope: String) in
      """
        - id: X.A
          title: {vi: x, en: x}
          basis: [{doc: d}]
          severity: error
          effective: {from: \(from), until: \(until)}
          scope: \(scope)
          require: "true"
          message: {vi: x, en: x}
      """
    }
    let (_, problems) = compile(
      miniPack(
        rules: "rules:\n" + rule("2020-01-01", "2025-06-30", "Commune") + "\n"
          + rule("2025-06-30", "2026-01-01", "Comune")
          + "\n"))
    #expect(
      problems == [
        "10:9 two versions of 'X.A' are in force on the same days (2020-01-01..2025-06-30 and 2025-06-30..2026-01-01); end one before the other starts",
        "15:12 unknown scope 'Comune'; did you mean 'Commune'?",
      ])
  }
}

@Suite struct ExpressionPositionTests {
  /// The problems of a rule whose first lines are fixed (lines 1-7) and whose other keys are
  /// `body`, indented by 6 spaces in the test source (4 in the file).
  func problems(_ body: String) -> [String] {
    let header = """
      rules:
        - id: X.POS
          title: {vi: x, en: x}
          basis: [{doc: d}]
          severity: info
          effective: {from: 2020-01-01}
          scope: Commune

      """
    let lines = body.split(separator: "\n", omittingEmptySubsequences: false).map { String($0.dropFirst(2)) }
    return compile(miniPack(rules: header + lines.joined(separator: "\n") + "\n")).1
  }

  @Test func foldedBlockScalarsMapEachLine() {
    #expect(
      problems(
        """
              require: >-
                self.population > 0
                && self.nmae != ''
              message: {vi: x, en: x}
        """) == ["10:15 undefined field 'nmae' on type 'Commune'; did you mean 'name'?"])
  }

  @Test func multiLinePlainScalarsMapEachLine() {
    #expect(
      problems(
        """
              require: self.population > 0
                && self.clas == 'I'
              message: {vi: x, en: x}
        """) == ["9:15 undefined field 'clas' on type 'Commune'; did you mean 'class'?"])
  }

  @Test func literalBlocksAndQuotedMessagesMapExactly() {
    #expect(
      problems(
        """
              require: |
                self.population > 0 &&
                  self.code != ''
              message: {vi: "Xã {self.nam}", en: 'x {self.population + "a"}'}
        """) == [
          "11:29 undefined field 'nam' on type 'Commune'; did you mean 'name'?",
          "11:60 found no matching overload for '_+_' applied to '(int, string)'",
        ])
  }

  @Test func escapedQuotedScalarsFallBackToTheScalarsStart() {
    #expect(
      problems(
        """
              require: "self.nmae != \\"\\""
              message: {vi: x, en: x}
        """) == ["8:14 undefined field 'nmae' on type 'Commune'; did you mean 'name'?"])
  }
}
