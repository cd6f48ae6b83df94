import Testing

@testable import CEL

/// Keyed comprehensions that reuse, through an activation's ``EvaluationMemo``, what an earlier
/// evaluation found for the same record and key give the values and spend the costs they give
/// and spend when computed each time.
@Suite struct EvalMemoTests {
  /// The variables `commune` and `m` by position, with or without a memo.
  final class MemoActivation: Activation {
    let values: [Value]
    let memo: EvaluationMemo?
    init(_ values: [Value], memo: EvaluationMemo?) {
      self.values = values
      self.memo = memo
    }
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

  /// Evaluates `program` for every member in turn against one commune, with one activation
  /// kept from one member to the next when `memo`; the values, the costs, and the number of
  /// times the list's index was asked.
  static func run(
    _ program: Program, memo: Bool, limit: Int = CostBudget.defaultLimit
  ) -> (
    values: [Value], costs: [Int], lookups: Int
  ) {
    let list = IndexedList(units)
    let commune = Value.object(TestRecord("Commune", [("units", .list(host: list))]))
    let kept = memo ? EvaluationMemo() : nil
    var values: [Value] = []
    var costs: [Int] = []
    for member in members {
      var budget = CostBudget(limit: limit)
      values.append(program.evaluate(MemoActivation([commune, member], memo: kept), budget: &budget))
      costs.append(budget.used)
    }
    return (values, costs, list.lookups)
  }

  static let reusable = [
    "commune.units.exists(u, u.id == m.unit && u.force == 'thuong_truc')",
    "commune.units.filter(u, u.id == m.unit).size()",
    "commune.units.exists(u, u.id == m.unit) ? 1 : 2",
  ]

  @Test(arguments: reusable) func reusedResultsAreTheComputedOnes(_ text: String) throws {
    let program = try Self.program(text)
    let computed = Self.run(program, memo: false)
    let reused = Self.run(program, memo: true)
    #expect(zip(computed.values, reused.values).allSatisfy { ConformanceData.same($0, $1) }, "\(text)")
    #expect(computed.costs == reused.costs, "\(text)")
    #expect(computed.lookups == Self.members.count)
    // The list is asked once per distinct unit (U1, U2, U9, U3), not once per member.
    #expect(reused.lookups == 4, "\(text): the results were not reused")
  }

  /// A comprehension whose predicate reads more than the element and the key (`m.force`)
  /// depends on more than the key: it is computed every time.
  @Test func aPredicateReadingAnotherVariableIsComputedEachTime() throws {
    let program = try Self.program("commune.units.exists(u, u.id == m.unit && u.force == m.force)")
    let computed = Self.run(program, memo: false)
    let reused = Self.run(program, memo: true)
    #expect(zip(computed.values, reused.values).allSatisfy { ConformanceData.same($0, $1) })
    #expect(computed.values.map(\.jsonText).contains("true"))
    #expect(computed.values.map(\.jsonText).contains("false"))
    #expect(reused.lookups == Self.members.count)
  }

  /// With a budget too small, a reused result fails as the computed one does.
  @Test func aReusedResultStillSpendsItsCost() throws {
    let program = try Self.program("commune.units.exists(u, u.id == m.unit && u.force == 'thuong_truc')")
    let full = Self.run(program, memo: false).costs
    let limit = full.max()! - 1
    let computed = Self.run(program, memo: false, limit: limit)
    let reused = Self.run(program, memo: true, limit: limit)
    for (a, b) in zip(computed.values, reused.values) {
      if case .error(let e) = a {
        guard case .error(let f) = b else {
          Issue.record("computed \(a.jsonText), reused \(b.jsonText)")
          continue
        }
        #expect(e.kind == f.kind && e.message == f.message && e.id == f.id)
      } else {
        #expect(ConformanceData.same(a, b))
      }
    }
    #expect(computed.values.contains { $0.isError })
  }
}
