import Testing

@testable import CEL

/// Keyed comprehensions that reuse, through an ``Evaluator`` kept from one evaluation to the
/// next, what an earlier evaluation found for the same record and key give the values and
/// spend the costs they give and spend when computed each time.
@Suite struct EvalMemoTests {
  /// The variables `commune` and `m` by position; `m` moves from one member to the next.
  final class MemberActivation: Activation {
    var values: [Value]
    init(_ values: [Value]) { self.values = values }
    func resolve(_ name: String) -> Value? { ["commune", "m"].firstIndex(of: name).map { values[$0] } }
    func value(at position: Int) -> Value? { values[position] }
  }

  static let unit = ObjectTypeDecl(
    name: "Unit", fields: [FieldDecl(name: "id", type: .string), FieldDecl(name: "force", type: .string)])
  static let commune = ObjectTypeDecl(name: "Commune", fields: [FieldDecl(name: "units", type: .list(.object("Unit")))])
  static let member = ObjectTypeDecl(
    name: "Member", fields: [FieldDecl(name: "unit", type: .string), FieldDecl(name: "force", type: .string)])

  static func program(_ text: String) throws -> Program {
    var declarations = Declarations(
      variables: ["commune": .object("Commune"), "m": .object("Member")], objectTypes: [:], enumTypes: [:],
      functions: FunctionLibrary.standard.signatures)
    for type in [unit, commune, member] { declarations.declare(type) }
    let layout = ProgramLayout(variables: ["commune", "m"], objectTypes: [unit, commune, member])
    let parsed = try #require(CELParser().parse(text).expression)
    let checked = try #require(CELChecker(declarations: declarations).check(parsed).checked)
    return try Program(checked, layout: layout)
  }

  static let units: [Value] = [
    .object(TestRecord("Unit", [("id", .string("U1")), ("force", .string("co_dong"))])),
    .object(TestRecord("Unit", [("id", .string("U2")), ("force", .string("thuong_truc"))])),
    .object(TestRecord("Unit", [("id", .string("U3")), ("force", .string("thuong_truc"))])),
    .object(TestRecord("Unit", [("force", .string("bien"))])),
  ]

  /// Members of one commune, several in the same unit, with forces that differ within a unit.
  static let members: [Value] = [
    ("U1", "co_dong"), ("U2", "co_dong"), ("U1", "bien"), ("U2", "thuong_truc"), ("U9", "bien"),
    ("U1", "co_dong"), ("U3", "thuong_truc"), ("U2", "co_dong"), ("U9", "tai_cho"),
  ].map { .object(TestRecord("Member", [("unit", .string($0.0)), ("force", .string($0.1))])) }

  /// Evaluates `program` for every member in turn against one commune, in one evaluator kept
  /// from one member to the next when `reusing`, else each time in a new one; the values, the
  /// costs, and the number of times the list's index was asked.
  static func run(
    _ program: Program, reusing: Bool, limit: Int = CostBudget.defaultLimit
  ) -> (
    values: [Value], costs: [Int], lookups: Int
  ) {
    let list = IndexedList(units)
    let commune = Value.object(TestRecord("Commune", [("units", .list(host: list))]))
    let activation = MemberActivation([commune, .null])
    let kept = Evaluator(activation: activation, reusing: true)
    var values: [Value] = []
    var costs: [Int] = []
    for member in members {
      activation.values[1] = member
      var budget = CostBudget(limit: limit)
      let evaluator = reusing ? kept : Evaluator(activation: activation, reusing: false)
      values.append(program.evaluate(in: evaluator, budget: &budget))
      costs.append(budget.used)
    }
    return (values, costs, list.lookups)
  }

  /// The same value, or the same error (kind, message and node).
  static func identical(_ a: Value, _ b: Value) -> Bool {
    if case .error(let e) = a, case .error(let f) = b {
      return e.kind == f.kind && e.message == f.message && e.id == f.id
    }
    return ConformanceData.same(a, b)
  }

  static let reusable = [
    "commune.units.exists(u, u.id == m.unit && u.force == 'thuong_truc')",
    "commune.units.filter(u, u.id == m.unit).size()",
    "commune.units.exists(u, u.id == m.unit) ? 1 : 2",
  ]

  @Test(arguments: reusable) func reusedResultsAreTheComputedOnes(_ text: String) throws {
    let program = try Self.program(text)
    let computed = Self.run(program, reusing: false)
    let reused = Self.run(program, reusing: true)
    #expect(zip(computed.values, reused.values).allSatisfy(Self.identical), "\(text)")
    #expect(computed.costs == reused.costs, "\(text)")
    #expect(computed.lookups == Self.members.count)
    // The list is asked once per distinct unit (U1, U2, U9, U3), not once per member.
    #expect(reused.lookups == 4, "\(text): the results were not reused")
  }

  /// A comprehension whose predicate reads more than the element and the key (`m.force`)
  /// depends on more than the key: it is computed every time.
  @Test func aPredicateReadingAnotherVariableIsComputedEachTime() throws {
    let program = try Self.program("commune.units.exists(u, u.id == m.unit && u.force == m.force)")
    let computed = Self.run(program, reusing: false)
    let reused = Self.run(program, reusing: true)
    #expect(zip(computed.values, reused.values).allSatisfy(Self.identical))
    // Two members of U2 with different forces: a reuse keyed by the unit alone would give both
    // the first one's value.
    #expect(!Self.identical(computed.values[1], computed.values[3]))
    #expect(reused.lookups == Self.members.count)
  }

  /// With a budget too small, a reused result fails as the computed one does.
  @Test func aReusedResultStillSpendsItsCost() throws {
    let program = try Self.program("commune.units.exists(u, u.id == m.unit && u.force == 'thuong_truc')")
    let full = Self.run(program, reusing: false).costs
    let limit = full.max()! - 1
    let computed = Self.run(program, reusing: false, limit: limit)
    let reused = Self.run(program, reusing: true, limit: limit)
    #expect(zip(computed.values, reused.values).allSatisfy(Self.identical))
    #expect(computed.values.contains { $0.isError })
  }
}
