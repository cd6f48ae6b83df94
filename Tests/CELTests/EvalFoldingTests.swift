import Testing

@testable import CEL

/// A program specialised for variables known ahead gives what it gives when they are read.
@Suite struct EvalFoldingTests {
  final class Positional: Activation {
    let values: [Value]
    init(values: [Value]) { self.values = values }
    static let names = ["x", "as_of", "params"]
    func resolve(_ name: String) -> Value? { Self.names.firstIndex(of: name).map { values[$0] } }
    func value(at position: Int) -> Value? { values[position] }
  }

  static let params = Value.map(
    try! MapValue.make([
      (key: .string("limit"), value: .int(45)),
      (key: .string("ages"), value: .map(try! MapValue.make([(key: .string("men"), value: .int(45))]).get())),
      (key: .string("zero"), value: .int(0)),
    ]).get())
  static let asOf = Value.timestamp(CELTimestamp(seconds: 1_782_777_600)!)  // 2026-06-30

  static let expressions = [
    "x <= params.limit",
    "x <= params.ages.men && as_of.getFullYear() == 2026",
    "x in [1, 2, params.limit]",
    "params.limit / params.zero > x",  // an error, computed when evaluated
    "params.missing == x",  // no such key
    "false && params.missing == x",
    "as_of.getFullYear() > 2000 ? x + 1 : x - 1",
    "[1, 2, 3].exists(i, i == x) || x > params.limit",
    "has(params.ages) && size(params) == 3",
  ]

  @Test(arguments: expressions) func specialisedProgramsGiveWhatTheyGaveBefore(_ text: String) throws {
    let parsed = try #require(CELParser().parse(text).expression)
    var declarations = Declarations(
      variables: ["x": .int, "as_of": .timestamp, "params": .dyn], objectTypes: [:], enumTypes: [:],
      functions: FunctionLibrary.standard.signatures)
    declarations.variables["x"] = .int
    let checked = try #require(CELChecker(declarations: declarations).check(parsed).checked)
    let program = try Program(checked, layout: ProgramLayout(variables: Positional.names, objectTypes: []))
    let specialised = program.specialized([1: Self.asOf, 2: Self.params])
    for x in [Int64(1), 3, 45, 46] {
      let activation = Positional(values: [.int(x), Self.asOf, Self.params])
      let before = program.evaluate(activation)
      let after = specialised.evaluate(activation)
      if case .error(let e) = before {
        guard case .error(let f) = after else {
          Issue.record("\(text) with x = \(x): \(after.jsonText), expected the error \(e.message)")
          continue
        }
        #expect(e.message == f.message)
      } else {
        #expect(ConformanceData.same(before, after), "\(text) with x = \(x): \(before.jsonText) → \(after.jsonText)")
      }
    }
  }

  @Test func partsThatDependOnNoVariableAreComputedOnce() throws {
    let parsed = try #require(CELParser().parse("x in [1, 2, params.limit] && as_of.getFullYear() == 2026").expression)
    let declarations = Declarations(
      variables: ["x": .int, "as_of": .timestamp, "params": .dyn], objectTypes: [:], enumTypes: [:],
      functions: FunctionLibrary.standard.signatures)
    let checked = try #require(CELChecker(declarations: declarations).check(parsed).checked)
    let program = try Program(checked, layout: ProgramLayout(variables: Positional.names, objectTypes: []))
    let specialised = program.specialized([1: Self.asOf, 2: Self.params])
    let activation = Positional(values: [.int(2), Self.asOf, Self.params])
    var before = CostBudget()
    #expect(ConformanceData.same(program.evaluate(activation, budget: &before), .bool(true)))
    var after = CostBudget()
    #expect(ConformanceData.same(specialised.evaluate(activation, budget: &after), .bool(true)))
    // Left: `x in <constant list>`; right: a constant. Before: the list, its elements, the
    // selection, the call, the comparison were each evaluated.
    #expect(after.used < before.used / 2, "cost \(before.used) → \(after.used)")
  }
}
