import Testing

@testable import CEL

/// The cost budget: every evaluation ends, with "cost limit exceeded" past the limit.
@Suite struct EvalBudgetTests {
  @Test func smallExpressionsFitTheDefaultBudget() {
    check(EvalCase("[1, 2, 3].map(x, x * 2).filter(y, y > 2).size()", .int(2)))
  }

  @Test func comprehensionStepsAreCounted() {
    let list = Value.list(host: CountingList(count: 1_000_000))
    let value = evaluate("xs.all(x, x.age >= 0)", ["xs": list], budget: 10_000)
    guard case .error(let error) = value else {
      Issue.record("expected the cost limit, got \(value.jsonText)")
      return
    }
    #expect(error.message == "cost limit exceeded")
  }

  @Test func nestedComprehensionsStop() {
    // 1000 × 1000 iterations would be ten million steps and more.
    let value = evaluate(
      "l.all(a, l.all(b, a + b >= 0))",
      ["l": .list((0..<1000).map { Value.int($0) })], budget: 100_000)
    #expect(Expected.error("cost limit exceeded").matches(value))
  }

  @Test func builtStringsAreCharged() {
    // Doubling a string twenty times builds about a million bytes.
    let doubling = (0..<20).reduce("s") { text, _ in "cel.bind(s, \(text) + \(text), s)" }
    _ = doubling
    let value = evaluate(
      "[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20].map(i, 'x').join('').size() > 0 && "
        + "cel.bind(s, 'abcdefghij' + 'abcdefghij', cel.bind(t, s + s + s + s, t + t + t + t)).size() == 320",
      budget: 300)
    #expect(Expected.error("cost limit exceeded").matches(value))
    // The same with a larger budget succeeds: 920 for the strings built, 320 for counting the
    // code points of the last, and a step per node.
    let ok = evaluate(
      "cel.bind(s, 'abcdefghij' + 'abcdefghij', cel.bind(t, s + s + s + s, t + t + t + t)).size() == 320",
      budget: 1_300)
    #expect(Expected.true.matches(ok))
  }

  @Test func anAbsorbedCostErrorStillFails() {
    // `||` would absorb an error with `true`; running out of budget must not be absorbed.
    let value = evaluate(
      "l.all(a, l.all(b, a + b >= 0)) || true", ["l": .list((0..<1000).map { Value.int($0) })],
      budget: 10_000)
    #expect(Expected.error("cost limit exceeded").matches(value))
  }

  @Test func budgetAccumulatesAcrossEvaluations() {
    let program = try! Program(CELParser().parse("1 + 2").expression!)
    var budget = CostBudget(limit: 10)
    #expect(Expected.int(3).matches(program.evaluate(EmptyActivation(), budget: &budget)))
    #expect(budget.used == 3)
    _ = program.evaluate(EmptyActivation(), budget: &budget)
    _ = program.evaluate(EmptyActivation(), budget: &budget)
    #expect(Expected.error("cost limit").matches(program.evaluate(EmptyActivation(), budget: &budget)))
    budget.reset()
    #expect(budget.used == 0)
  }

  @Test func mapAndFilterBuildListsInLinearTime() {
    // 200,000 appends: quadratic copying would take minutes; in place it takes milliseconds.
    let value = evaluate(
      "xs.map(x, x.age).filter(a, a < 50).size()",
      ["xs": .list(host: CountingList(count: 200_000))])
    #expect(Expected.int(100_000).matches(value))
  }

  @Test func deepExpressionsEvaluateWithoutExhaustingTheStack() {
    // Near the parser's limits on tree height and nesting.
    let sum = Array(repeating: "1", count: 950).joined(separator: " + ")
    #expect(Expected.int(950).matches(evaluate(sum)))
    let nested = String(repeating: "[", count: 240) + String(repeating: "]", count: 240)
    #expect(Expected.int(1).matches(evaluate("size(\(nested))")))
    let chain = "x" + String(repeating: ".map(y, y + 1)", count: 200)
    #expect(Expected.value([201, 202]).matches(evaluate(chain, ["x": [1, 2]])))
  }

  @Test func growingStringFunctionsAreBounded() {
    // Each replace triples the string: thirty of them would build 3^30 characters.
    let blowUp = "'a'" + String(repeating: ".replace('', 'aa')", count: 30)
    #expect(Expected.error("cost limit exceeded").matches(evaluate(blowUp, budget: 100_000)))
    // One call that would build 16 million characters is refused before building them.
    let long = Value.string(String(repeating: "x", count: 4_000))
    #expect(
      Expected.error("too large").matches(evaluate("s.replace('', s)", ["s": long])))
    #expect(Expected.string("xyxzx").matches(evaluate("'x.x.x'.replace('.', 'y', 1).replace('.', 'z')")))
    #expect(Expected.error("too large").matches(evaluate("'%.999999999999f'.format([1.0])")))
    #expect(
      Expected.string("abab").matches(evaluate("'a'.replace('a', 'ab').replace('b', 'ba').replace('ba', 'b') + 'ab'")))
  }

  @Test func everyConformanceExpressionEndsUnderTinyBudgets() throws {
    // Whatever the budget, evaluation returns: a value, or an error, never a trap or hang.
    for file in ConformanceData.files {
      for test in try ConformanceData.load(file) {
        guard let parsed = CELParser().parse(test.expr).expression,
          let program = try? Program(parsed)
        else { continue }
        for limit in [0, 1, 2, 5, 20] {
          var budget = CostBudget(limit: limit)
          let value = program.evaluate(Bindings(test.bindings), budget: &budget)
          if budget.isExhausted {
            #expect(Expected.error("cost limit exceeded").matches(value), "\(test.expr)")
          }
        }
      }
    }
  }

  @Test func oneProgramEvaluatesConcurrently() async {
    // A planned program (with a compiled pattern) is shared by concurrent evaluations.
    let program = try! Program(
      CELParser().parse("xs.filter(x, string(x).matches('^[0-9]*7$')).size()").expression!)
    let results = await withTaskGroup(of: Value.self) { group in
      for _ in 0..<8 {
        group.addTask {
          program.evaluate(Bindings(["xs": .list((0..<1000).map { Value.int($0) })]))
        }
      }
      var values: [Value] = []
      for await value in group { values.append(value) }
      return values
    }
    #expect(results.count == 8)
    #expect(results.allSatisfy { $0 == .int(100) })
  }
}
