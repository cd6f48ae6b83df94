import SourceDiagnostics
import Testing

@testable import CEL

/// Type inference through overloads with type parameters, `dyn` and empty literals, on cases
/// where cel-go's checker documents the expected types and overloads.
@Suite struct CheckerUnificationTests {
  static let checker: CELChecker = {
    let myfun = FunctionSignature(
      name: "myfun", doc: "",
      overloads: [
        OverloadSignature(
          id: "myfun_instance", receiverStyle: true, parameters: [.int, .bool, .uint],
          result: .int),
        OverloadSignature(id: "myfun_static", parameters: [.int, .bool, .uint], result: .int),
      ])
    let declarations = Declarations(
      variables: [
        "lists": .dyn, "args": .map(key: .string, value: .dyn), "a": .typeParam("T"),
        "x": .list(.int), "obj": .object("Thing"),
      ],
      objectTypes: ["Thing": ObjectTypeDecl(name: "Thing", fields: [])],
      functions: FunctionLibrary.standard.signatures + [myfun])
    return CELChecker(declarations: declarations)
  }()

  static func check(_ text: String) -> (CheckResult, ParsedExpression?) {
    guard let parsed = CELParser().parse(text).expression else {
      return (CheckResult(checked: nil, diagnostics: []), nil)
    }
    return (checker.check(parsed), parsed)
  }

  static let typed: [(String, CELType)] = [
    ("[] + [1,2,3,] + [4]", .list(.int)), ("[1, 2u] + []", .list(.dyn)),
    ("{1:2u, 2:3u}", .map(key: .int, value: .uint)), ("{1:2u, 2u:3}", .map(key: .dyn, value: .dyn)),
    ("int(1u) + int(uint('1'))", .int), ("false && !true || false ? 2 : 3", .int),
    ("1.0 + 2.0 * 3.0 - 1.0 / 2.20202 != 66.6", .bool), ("null == null && null != null", .bool),
    ("1 + 2 * 3 - 1 / 2 == 6 % 1", .bool), ("size([] + [1])", .int),
    ("size(x) == x.size()", .bool), ("1 in [1, 2, 3]", .bool), ("1 in dyn([1, 2, 3])", .bool),
    ("type(null) == null_type", .bool), ("type(type) == type", .bool),
    ("list == type([1]) && map == type({1:2u})", .bool),
    ("([[[1]], [[2]], [[3]]][0][0] + [2, 3, {'four': {'five': 'six'}}])[3]", .dyn),
    ("[1] + [dyn('string')]", .list(.dyn)), ("[dyn('string')] + [1]", .list(.dyn)),
    ("args.user['myextension'].customAttributes.filter(x, x.name == 'hobbies')", .list(.dyn)),
    ("lists.filter(x, x > 1.5)", .list(.dyn)), ("a.b + 1 == a[0]", .bool),
    ("myfun(1, true, 3u) + 1.myfun(false, 3u).myfun(true, 42u)", .int),
    ("x.map(x, double(x))", .list(.double)),
    ("[[1], []]", .list(.list(.int))), ("[[], [1]][0]", .list(.int)),
    ("{'a': []}['a'] + [1u]", .list(.uint)),
    ("x.exists(e, e > 0) && x.all(e, e < 10)", .bool),
  ]

  @Test(arguments: typed)
  func infersTypes(_ text: String, _ expected: CELType) {
    let (result, parsed) = Self.check(text)
    #expect(parsed != nil)
    #expect(result.diagnostics.map(\.summaryLine) == [])
    #expect(result.checked?.resultType == expected)
  }

  static let failing: [(String, [String])] = [
    (
      "[].map(x, [].map(y, x in y && y in x))",
      ["<expression>:1:33: error: found no matching overload for '@in' applied to '(list(dyn), dyn)'"]
    ),
    ("1 + nope", ["<expression>:1:5: error: undeclared reference to 'nope'"]),
    (
      "obj.all(e, 0)",
      [
        "<expression>:1:1: error: expression of type 'Thing' cannot be the range of a comprehension (it must be a list, a map or dyn)",
        "<expression>:1:12: error: expected type 'bool' but found 'int'",
      ]
    ),
    (
      "x[1u]",
      ["<expression>:1:2: error: found no matching overload for '_[_]' applied to '(list(int), uint)'"]
    ),
    (
      "x + ['a']",
      ["<expression>:1:3: error: found no matching overload for '_+_' applied to '(list(int), list(string))'"]
    ),
  ]

  @Test(arguments: failing)
  func reportsErrors(_ text: String, _ expected: [String]) {
    let (result, parsed) = Self.check(text)
    #expect(parsed != nil)
    #expect(result.diagnostics.map(\.summaryLine) == expected)
    #expect(result.checked == nil)
  }

  @Test func dynArgumentsKeepEveryMatchingOverload() throws {
    let (result, parsed) = Self.check("lists.filter(x, x > 1.5)")
    let checked = try #require(result.checked)
    let parsedExpr = try #require(parsed)
    var comparisons: [[String]] = []
    func walk(_ e: Expr) {
      switch e.kind {
      case .call(let function, let target, let args):
        if function == Operator.greater { comparisons.append(checked.overloads[e.id] ?? []) }
        target.map(walk)
        args.forEach(walk)
      case .comprehension(let c):
        [c.iterRange, c.accuInit, c.loopCondition, c.loopStep, c.result].forEach(walk)
      default:
        break
      }
    }
    walk(parsedExpr.expr)
    #expect(comparisons.count == 1)
    let candidates = Set(comparisons.first ?? [])
    #expect(candidates.contains("greater_double"))
    #expect(candidates.contains("greater_int64_double"))
    #expect(candidates.contains("greater_uint64_double"))
    #expect(!candidates.contains("greater_int64"))
    #expect(!candidates.contains("greater_string"))
  }
}
