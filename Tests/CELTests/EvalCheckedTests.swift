import Testing

@testable import CEL

/// Checked expressions over host records: the checker's overload choices and name
/// resolutions drive the plan.
@Suite struct EvalCheckedTests {
  static let declarations: Declarations = {
    var declarations = Declarations(
      variables: ["c": .object("Commune"), "as_of": .timestamp, "a.b": .int],
      functions: FunctionLibrary.standard.signatures)
    declarations.declare(
      ObjectTypeDecl(
        name: "Commune",
        fields: [
          FieldDecl(name: "name", type: .string),
          FieldDecl(name: "population", type: .int),
          FieldDecl(name: "members", type: .list(.object("Member"))),
        ]))
    declarations.declare(
      ObjectTypeDecl(
        name: "Member",
        fields: [
          FieldDecl(name: "name", type: .string),
          FieldDecl(name: "role", type: .enumeration("Role")),
          FieldDecl(name: "born", type: .timestamp),
        ]))
    declarations.declare(EnumTypeDecl(name: "Role", values: ["commander", "deputy"]))
    return declarations
  }()

  static func run(_ text: String, _ bindings: [String: Value]) -> Value {
    guard let parsed = CELParser().parse(text).expression else { return .error("parse") }
    let result = CELChecker(declarations: declarations).check(parsed)
    guard let checked = result.checked else {
      return .error("check: \(result.diagnostics.map(\.message))")
    }
    return (try? Program(checked))?.evaluate(Bindings(bindings)) ?? .error("plan")
  }

  static let bindings: [String: Value] = [
    "c": EvalHostTests.commune,
    "as_of": .timestamp(CELTimestamp(year: 2026, month: 6, day: 30)!),
    "a.b": .int(7),
  ]

  static let cases: [EvalCase] = [
    EvalCase("c.population > 10000", .true),
    EvalCase("c.members.exists(m, m.role == 'commander')", .true),
    EvalCase("c.members.filter(m, m.role == 'deputy').size()", .int(1)),
    EvalCase("c.name.upper().startsWith('XÃ')", .true),
    EvalCase("percent(c.members.size(), c.population) < 1.0", .true),
    EvalCase("a.b + 1", .int(8)),
    EvalCase("days_between(date('2026-01-01'), as_of)", .int(180)),
    EvalCase("math.greatest(c.population, 1)", .int(12_000)),
    // A field the schema declares but the record lacks: an evaluation error.
    EvalCase("c.members.all(m, age(m.born, as_of) >= 18)", .error("no such key: 'born'")),
  ]

  @Test(arguments: cases) func checkedEvaluation(_ row: EvalCase) {
    let actual = Self.run(row.expr, Self.bindings)
    #expect(row.expected.matches(actual), "\(row.expr): got \(actual.jsonText)")
  }
}
