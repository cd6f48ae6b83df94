import SourceDiagnostics
import Testing

@testable import CEL

/// Checks of expressions written as text, against the standard library and a schema shaped like
/// a dqtv submission.
@Suite struct CheckerSourceTests {
  static let declarations: Declarations = {
    var d = SchemaFixture.declarations
    d.functions = FunctionLibrary.standard.signatures
    return d
  }()
  static let checker = CELChecker(declarations: declarations)

  /// Parses and checks `text`; the problems as `line:column: code: message`.
  static func check(
    _ text: String, expecting: CELType? = nil
  ) -> (type: CELType?, problems: [String]) {
    let parse = CELParser().parse(text)
    guard let parsed = parse.expression else {
      return (nil, parse.diagnostics.map { "syntax: \($0.message)" })
    }
    let result = checker.check(parsed, expecting: expecting)
    let problems = result.diagnostics.map {
      "\($0.location.map { "\($0.line):\($0.column)" } ?? "-"): \($0.code): \($0.message)"
    }
    return (result.checked?.resultType, problems)
  }

  static let typed: [(String, CELType)] = [
    ("1 + 1", .int), ("1u + 2u", .uint), ("1.0 + 2.0", .double), ("'a' + 'b'", .string),
    ("b'a' + b'b'", .bytes), ("[1] + [2]", .list(.int)), ("null", .null),
    ("dyn(1) + 1.0", .double), ("dyn(1) + dyn(2)", .dyn), ("params.max_age + 1", .int),
    ("[1, 2].map(x, x * 2)", .list(.int)), ("[1, 2].filter(x, x > 1)", .list(.int)),
    ("[1, 2, 3].exists(x, x > 2)", .bool), ("[1, 2].all(x, x > 0)", .bool),
    ("[1, 2].exists_one(x, x > 1)", .bool), ("{'a': 1}.all(k, k.startsWith('a'))", .bool),
    ("{'a': 1}.a", .int), ("{'a': 1}['a']", .int), ("[1][0]", .int),
    ("size('x') == 1", .bool), ("'x'.size()", .int), ("[1, 'a']", .list(.dyn)),
    ("{'a': 1, 'b': 'c'}", .map(key: .string, value: .dyn)), ("[]", .list(.dyn)),
    ("{}", .map(key: .dyn, value: .dyn)), ("[[], [1]]", .list(.list(.int))),
    ("type(1)", .type(.int)), ("type(1) == int", .bool), ("int('1')", .int),
    ("double(1)", .double), ("string(1)", .string), ("true ? 1 : 2", .int),
    ("true ? dyn(1) : 2", .dyn), ("cel.bind(x, 1, x + 1)", .int),
    ("timestamp('2020-01-01T00:00:00Z').getFullYear()", .int), ("duration('1h')", .duration),
    ("date('2025-07-01')", .timestamp), ("math.greatest([1, 2])", .int),
    ("'đông'.upper()", .string), ("has(self.name)", .bool), ("limits['a'] > 1", .bool),
    ("self.command_board.members[0].position", .enumeration("Position")),
    ("age(self.command_board.members[0].birth_date, as_of)", .int),
    ("self.command_board.members.map(m, m.position)", .list(.enumeration("Position"))),
    ("submission.communes.all(c, c.population > 0)", .bool),
    ("'ven_bien' in self.designations", .bool),
    ("self.command_board.members.filter(m, m.position == 'chi_huy_truong').size() == 1", .bool),
    ("self.command_board.members.exists(m, m.position in ['tro_ly', 'chi_huy_pho'])", .bool),
    ("self.class == 'dac_biet' || self.class in ['I', 'II']", .bool),
    ("self.command_board == null", .bool),
  ]

  @Test(arguments: typed)
  func types(_ text: String, _ expected: CELType) {
    let (type, problems) = Self.check(text)
    #expect(problems == [])
    #expect(type == expected)
  }

  static let errors: [(String, [String])] = [
    ("1 + 1.0", ["1:3: expr.no-overload: found no matching overload for '_+_' applied to '(int, double)'"]),
    ("1 == 1.0", ["1:3: expr.no-overload: found no matching overload for '_==_' applied to '(int, double)'"]),
    (
      "[1] + ['a']",
      ["1:5: expr.no-overload: found no matching overload for '_+_' applied to '(list(int), list(string))'"]
    ),
    (
      "{'a': 1}[1]",
      ["1:9: expr.no-overload: found no matching overload for '_[_]' applied to '(map(string, int), int)'"]
    ),
    (
      "true ? 1 : 'a'",
      ["1:6: expr.no-overload: found no matching overload for '_?_:_' applied to '(bool, int, string)'"]
    ),
    (
      "self.name.startsWith(1)",
      ["1:11: expr.no-overload: found no matching overload for 'startsWith' applied to 'string.(int)'"]
    ),
    ("sizee('x')", ["1:1: expr.undeclared: undeclared reference to 'sizee'; did you mean 'size'?"]),
    (
      "math.greates(1, 2)",
      ["1:6: expr.undeclared: undeclared reference to 'math.greates'; did you mean 'math.greatest'?"]
    ),
    ("comune.name == 'x'", ["1:1: expr.undeclared: undeclared reference to 'comune'; did you mean 'commune'?"]),
    (
      "self.comand_board.members.size() > 0",
      ["1:6: expr.unknown-field: undefined field 'comand_board' on type 'Commune'; did you mean 'command_board'?"]
    ),
    // The selection made by the has() macro has the range of the macro call.
    (
      "has(self.comand_board)",
      ["1:1: expr.unknown-field: undefined field 'comand_board' on type 'Commune'; did you mean 'command_board'?"]
    ),
    ("(1).foo", ["1:5: expr.unknown-field: type 'int' does not support field selection (selecting 'foo')"]),
    ("[1].all(x, x)", ["1:12: expr.type-mismatch: expected type 'bool' but found 'int'"]),
    ("'a' && true", ["1:1: expr.type-mismatch: expected type 'bool' but found 'string'"]),
    (
      "Foo{a: 1}",
      ["1:1: expr.unsupported: message literal 'Foo{...}' is not supported: message types are not available"]
    ),
    (
      "comune.name == 'x' && self.populaton > 1",
      [
        "1:1: expr.undeclared: undeclared reference to 'comune'; did you mean 'commune'?",
        "1:28: expr.unknown-field: undefined field 'populaton' on type 'Commune'; did you mean 'population'?",
      ]
    ),
    (
      "self.command_board.members.exists(m, m.position == 'chi_huy_truongg')",
      [
        "1:52: expr.enum-value: 'chi_huy_truongg' is not a value of Position; did you mean 'chi_huy_truong'?"
      ]
    ),
    (
      "self.command_board.members.all(m, m.position in ['tro_ly', 'x'])",
      [
        "1:60: expr.enum-value: 'x' is not a value of Position (its values are 'chi_huy_truong', 'chi_huy_pho', 'chinh_tri_vien', 'tro_ly')"
      ]
    ),
    (
      "'ven_bienn' in self.designations",
      [
        "1:1: expr.enum-value: 'ven_bienn' is not a value of Designation; did you mean 'ven_bien'?"
      ]
    ),
    (
      "self.class == 'dac_bit'",
      [
        "1:15: expr.enum-value: 'dac_bit' is not a value of CommuneClass; did you mean 'dac_biet'?"
      ]
    ),
    (
      "self.designations.exists(d, d == 'ven_bienn')",
      [
        "1:34: expr.enum-value: 'ven_bienn' is not a value of Designation; did you mean 'ven_bien'?"
      ]
    ),
    (
      "self.class in ['I', 'IV'] && self.class != 'III'",
      [
        "1:21: expr.enum-value: 'IV' is not a value of CommuneClass; did you mean 'I'?"
      ]
    ),
    (
      "self.designations != ['ven_bien', 'bien_gioii']",
      [
        "1:35: expr.enum-value: 'bien_gioii' is not a value of Designation; did you mean 'bien_gioi'?"
      ]
    ),
    (
      "age(self.name, as_of) > 18",
      [
        "1:1: expr.no-overload: found no matching overload for 'age' applied to '(string, google.protobuf.Timestamp)'"
      ]
    ),
    (
      "self.population > 0 &&\n  self.comand_board != null",
      [
        "2:8: expr.unknown-field: undefined field 'comand_board' on type 'Commune'; did you mean 'command_board'?"
      ]
    ),
  ]

  @Test(arguments: errors)
  func reportsErrors(_ text: String, _ expected: [String]) {
    let (type, problems) = Self.check(text)
    #expect(problems == expected)
    #expect(type == nil)
  }

  /// Types nest as deeply as the parser allows, without being cut short.
  @Test func deeplyNestedTypes() {
    let depth = 70
    let text = String(repeating: "[", count: depth) + "1" + String(repeating: "]", count: depth)
    var type = "int"
    for _ in 0..<depth { type = "list(\(type))" }
    let (_, problems) = Self.check(text + " + ['a']")
    #expect(
      problems == [
        "1:\(2 * depth + 3): expr.no-overload: found no matching overload for '_+_' applied to '(\(type), list(string))'"
      ])
    let (ok, none) = Self.check(text + " + []")
    #expect(none == [])
    #expect(ok?.description == type)
  }

  static let conditions: [(String, [String])] = [
    ("self.population", ["1:1: expr.not-bool: expression must be of type 'bool' but has type 'int'"]),
    (
      "self.command_board.members.map(m, m.position)",
      [
        "1:1: expr.not-bool: expression must be of type 'bool' but has type 'list(Position)'"
      ]
    ),
    ("params.enabled", []),
    ("self.population > 0", []),
    ("self.population > nope", ["1:19: expr.undeclared: undeclared reference to 'nope'"]),
  ]

  @Test(arguments: conditions)
  func conditionsMustBeBool(_ text: String, _ expected: [String]) {
    #expect(Self.check(text, expecting: .bool).problems == expected)
  }

  @Test func problemsAreLocatedInTheRuleFile() throws {
    let source = ExpressionSource(
      text: "self.comand_board != null", file: "rules/board.yaml",
      origin: .inline(SourcePosition(line: 12, column: 14)))
    let parsed = try #require(CELParser().parse(source).expression)
    let result = Self.checker.check(parsed, expecting: .bool)
    let diagnostic = try #require(result.diagnostics.first)
    #expect(diagnostic.location?.description == "rules/board.yaml:12:19")
    #expect(diagnostic.location?.range.end.column == 31)
    #expect(result.diagnostics.count == 1)
  }

  @Test func checkedExpressionRecordsOverloadsAndReferences() throws {
    var declarations = Self.declarations
    declarations.variables["pack.limits"] = .map(key: .string, value: .int)
    let parsed = try #require(CELParser().parse("pack.limits.max_age + size('x')").expression)
    let checked = try #require(CELChecker(declarations: declarations).check(parsed).checked)
    #expect(checked.resultType == .int)
    guard case .call(_, _, let args) = parsed.expr.kind,
      case .select(let operand, _, _) = args[0].kind
    else {
      Issue.record("unexpected tree \(parsed.expr)")
      return
    }
    #expect(checked.references[operand.id] == "pack.limits")
    #expect(checked.overloads[parsed.expr.id] == ["add_int64"])
    #expect(checked.overloads[args[1].id] == ["size_string"])
    #expect(checked.types[args[0].id] == .int)
  }
}

/// Every problem the checker reports reads in Vietnamese too.
@Suite struct CheckerTranslationTests {
  @Test(arguments: [
    "self.population > nope", "self.populaton > 0", "1 + 'a'", "(1).f", "1.all(x, x > 0)",
    "self.population", "Msg{}", "'a'.matches('[')", "[1].map(x, x + 'a')",
  ])
  func problemsHaveAVietnameseText(_ text: String) throws {
    let parsed = try #require(CELParser().parse(text).expression)
    let result = CheckerSourceTests.checker.check(parsed, expecting: .bool)
    #expect(!result.diagnostics.isEmpty, "\(text) checks")
    for diagnostic in result.diagnostics {
      let vi = try #require(diagnostic.translations["vi"], "\(text): \(diagnostic.message)")
      #expect(!vi.isEmpty && vi != diagnostic.message, "\(text): \(vi)")
    }
  }

  @Test func anUndeclaredName() throws {
    let parsed = try #require(CELParser().parse("self.population > nope").expression)
    let diagnostic = try #require(CheckerSourceTests.checker.check(parsed).diagnostics.first)
    #expect(diagnostic.translations["vi"] == "tên 'nope' chưa được khai báo")
  }
}
