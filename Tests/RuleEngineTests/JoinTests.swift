import CEL
import Testing

@testable import RuleEngine

/// Joins by id read an index of the list; they must find exactly what a scan finds, also when
/// the data breaks the schema (an id left out, a number for an id).
@Suite struct JoinTests {
  static let data = """
    format: dqtv-submission/1
    as_of: 2026-06-30
    communes:
      - code: "16279"
        name: Xã Đông Tiến
        units: [{id: U1}, {id: U2}, {}, {id: 7}, {id: U2}]
        militia:
          - {id: M1, joined: 2023-03-01, unit: U1}
          - {id: M2, joined: 2019-01-15, unit: U2}
          - {id: M3, joined: 2019-01-15, unit: U9}
      - code: "16280"
        name: Xã Tây Tiến
        units: [{id: U1}]
        militia:
          - {id: M4, joined: 2020-01-01, unit: U1}
          - {id: M5, joined: 2020-01-01, unit: U3}
    """

  /// A rule per way of writing the join: keyed (`u.id == self.unit`, either side) and, for
  /// comparison, a form the planner cannot key (`u.id + ''` reads the element).
  static func rules(_ join: String) -> String {
    """
    rules:
      - id: DQ.JOIN
        title: {vi: Nối, en: Join}
        basis: [{doc: "1/2020/TEST"}]
        severity: error
        effective: {from: 2020-01-01}
        scope: Militiaman
        let:
          n: commune.units.filter(u, \(join)).size()
        require: commune.units.exists(u, \(join) && u.id.startsWith('U')) && n == 1
        message:
          vi: "{self.id}: {n}"
          en: "{self.id}: {n}"
    """
  }

  func findings(_ join: String) throws -> [String] {
    let (compiled, problems) = compile(miniPack(rules: Self.rules(join)))
    #expect(problems == [])
    let pack = try #require(compiled)
    let data = try #require(try decode(Self.data, schema: pack.pack.schema).data)
    let request = CheckRequest(data: data, pack: pack, asOf: CalendarDate("2026-06-30")!)
    let findings = Engine().check(request).findings.map { "\($0.path) \($0.kind) \($0.message.en)" }
    // How each node was judged, also where no finding shows it (data breaking the schema).
    let verdicts = Engine().explain(try #require(pack.rules.first), request: request).map {
      "\(data.path(of: $0.object)) \($0.outcome) \($0.values.map { "\($0.name)=\($0.value.jsonText)" })"
    }
    return findings + verdicts
  }

  @Test func keyedJoinsFindWhatScansFind() throws {
    let scan = try findings("u.id + '' == self.unit")
    // Commune 0 has a unit without its (required) id, and one whose id is a number: its
    // members are not judged (the SCHEMA findings say why); commune 1 has one violation.
    #expect(scan.filter { $0.contains("invalidData") }.count == 3)
    #expect(scan.contains("communes[1].militia[1] violation M5: 0"))
    #expect(try findings("u.id == self.unit") == scan)
    #expect(try findings("self.unit == u.id") == scan)
  }

  @Test func positionsAreTrustedOnlyForTheDataOwnSchema() throws {
    let schema = try miniSchema()
    #expect(DataStore.sameLayout(schema, schema))
    var other = schema
    other.types[1].fields.swapAt(0, 1)
    #expect(!DataStore.sameLayout(schema, other))
  }

  /// A required field left out has its SCHEMA finding; rules reading it are not judged there.
  /// An optional field left out is an evaluation error of the rule that reads it (RULES.md).
  @Test func aMissingRequiredFieldIsReportedOnceAnOptionalOneByTheRule() throws {
    let rules = """
      rules:
        - id: DQ.UNIT
          title: {vi: x, en: x}
          basis: [{doc: "1/2020/TEST"}]
          severity: error
          effective: {from: 2020-01-01}
          scope: Militiaman
          require: self.unit != ''
          message: {vi: x, en: x}
        - id: XA.POP
          title: {vi: x, en: x}
          basis: [{doc: "1/2020/TEST"}]
          severity: error
          effective: {from: 2020-01-01}
          scope: Commune
          require: self.population > 0
          message: {vi: x, en: x}
      """
    let (compiled, problems) = compile(miniPack(rules: rules))
    #expect(problems == [])
    let pack = try #require(compiled)
    let decoded = try decode(
      """
      format: dqtv-submission/1
      as_of: 2026-06-30
      communes:
        - code: "16279"
          name: Xã Đông Tiến
          units: [{id: U1}]
          militia: [{id: M1, joined: 2023-03-01}]
      """, schema: pack.pack.schema)
    #expect(decoded.findings.map(\.path) == ["communes[0].militia[0]"])  // unit is missing
    let result = Engine().check(
      CheckRequest(data: try #require(decoded.data), pack: pack, asOf: CalendarDate("2026-06-30")!))
    #expect(result.findings.map { "\($0.rule) \($0.kind) \($0.path)" } == ["XA.POP evaluationError communes[0]"])
  }
}
