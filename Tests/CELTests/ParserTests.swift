import Testing

@testable import CEL

/// Parses `text` and prints the tree, or the errors as `line:column: message` lines.
func parsePrinted(_ text: String, macros: Bool = true) -> String {
  let result = CELParser(expandsMacros: macros).parse(text)
  if let parsed = result.expression { return ExprDebugPrinter().print(parsed.expr) }
  return result.diagnostics.map { "\($0.location!.line):\($0.location!.column): \($0.message)" }
    .joined(separator: "\n")
}

/// Input → printed tree. Expected trees are written from CEL's grammar (cel-spec langdef) and
/// cel-go's parser tests, not copied from our output.
let parserCases: [(String, String)] = [
  // Literals.
  ("1", "1"),
  ("0", "0"),
  ("0x10", "16"),
  ("0XfF", "255"),
  ("1u", "1u"),
  ("0x10U", "16u"),
  ("18446744073709551615u", "18446744073709551615u"),
  ("9223372036854775807", "9223372036854775807"),
  ("-9223372036854775808", "-9223372036854775808"),
  ("-0x8000000000000000", "-9223372036854775808"),
  ("1.5", "1.5"),
  (".5", "0.5"),
  ("1e3", "1000.0"),
  ("1.5E-3", "0.0015"),
  ("-1.5", "-1.5"),
  ("true", "true"),
  ("false", "false"),
  ("null", "null"),
  ("'a'", "\"a\""),
  ("\"a\"", "\"a\""),
  ("'''a\"b'c'''", "\"a\\\"b'c\""),
  ("\"\"\"x\ny\"\"\"", "\"x\\ny\""),
  ("'Đông Tiến'", "\"Đông Tiến\""),
  ("b'abc'", "b\"abc\""),
  ("B\"\\xff\\377\"", "b\"\\xFF\\xFF\""),
  ("b'ÿ'", "b\"\\xC3\\xBF\""),
  ("r'\\n'", "\"\\\\n\""),
  ("R\"a\\tb\"", "\"a\\\\tb\""),
  ("br'\\x00'", "b\"\\\\x00\""),
  // Escapes in strings.
  ("'\\a\\b\\f\\n\\r\\t\\v\\\\\\'\\\"\\?\\`'", "\"\\x07\\x08\\x0C\\n\\r\\t\\x0B\\\\'\\\"?`\""),
  ("'\\x41\\X42\\101\\u0043\\U00000044'", "\"ABAC" + "D\""),
  ("'\\377'", "\"ÿ\""),
  ("'\\xff'", "\"ÿ\""),
  ("'\\u00e9'", "\"é\""),
  ("'\\U0001F62C'", "\"😬\""),
  ("b'\\u00e9'", "b\"\\xC3\\xA9\""),
  ("'''a\r\nb\rc'''", "\"a\\nb\\nc\""),
  // Identifiers and selection.
  ("a", "a"),
  ("_a1", "_a1"),
  (".a", ".a"),
  ("a.b.c", "a.b.c"),
  (".a.b", ".a.b"),
  ("a.`b-c`", "a.b-c"),
  ("a.`b.c d/e`", "a.b.c d/e"),
  ("{'as': 1}.as", "{\"as\": 1}.as"),
  ("a.while()", "a.while()"),
  // Operators and precedence.
  ("1 + 2", "_+_(1, 2)"),
  ("1 + 2 * 3", "_+_(1, _*_(2, 3))"),
  ("(1 + 2) * 3", "_*_(_+_(1, 2), 3)"),
  ("1 - 2 - 3", "_-_(_-_(1, 2), 3)"),
  ("1 - -2", "_-_(1, -2)"),
  ("1-2", "_-_(1, 2)"),
  ("a / b % c * d", "_*_(_%_(_/_(a, b), c), d)"),
  ("a < b", "_<_(a, b)"),
  ("a <= b", "_<=_(a, b)"),
  ("a > b", "_>_(a, b)"),
  ("a >= b", "_>=_(a, b)"),
  ("a == b", "_==_(a, b)"),
  ("a != b", "_!=_(a, b)"),
  ("a in b", "@in(a, b)"),
  ("a < b == c", "_==_(_<_(a, b), c)"),
  ("a + 1 < b * 2", "_<_(_+_(a, 1), _*_(b, 2))"),
  ("a && b", "_&&_(a, b)"),
  ("a || b", "_||_(a, b)"),
  ("a || b && c", "_||_(a, _&&_(b, c))"),
  ("a && b || c && d", "_||_(_&&_(a, b), _&&_(c, d))"),
  ("a || b || c", "_||_(_||_(a, b), c)"),
  ("a || b || c || d", "_||_(_||_(a, b), _||_(c, d))"),
  ("a && b && c && d && e", "_&&_(_&&_(_&&_(a, b), c), _&&_(d, e))"),
  ("a ? b : c", "_?_:_(a, b, c)"),
  ("a ? b : c ? d : e", "_?_:_(a, b, _?_:_(c, d, e))"),
  ("a || b ? c && d : e", "_?_:_(_||_(a, b), _&&_(c, d), e)"),
  ("!a", "!_(a)"),
  ("!!a", "a"),
  ("!!!a", "!_(a)"),
  ("-a", "-_(a)"),
  ("--a", "a"),
  ("---a", "-_(a)"),
  ("--1", "1"),
  ("---1", "-_(1)"),
  ("-1u", "-_(1u)"),
  ("!-a", "!_(-_(a))"),
  ("-a.b", "-_(a.b)"),
  ("-1.5.abs()", "-1.5.abs()"),
  ("!a && b", "_&&_(!_(a), b)"),
  // Calls, indexes, lists, maps, messages.
  ("f()", "f()"),
  ("f(a, b)", "f(a, b)"),
  (".f(a)", ".f(a)"),
  ("a.f(b, c)", "a.f(b, c)"),
  ("a.b.f().g", "a.b.f().g"),
  ("a[0]", "_[_](a, 0)"),
  ("a[b][c]", "_[_](_[_](a, b), c)"),
  ("a.b[1].c", "_[_](a.b, 1).c"),
  ("[]", "[]"),
  ("[1, 2, 3]", "[1, 2, 3]"),
  ("[1, 2,]", "[1, 2]"),
  ("{}", "{}"),
  ("{'a': 1, 2: [b]}", "{\"a\": 1, 2: [b]}"),
  ("{'a': 1,}", "{\"a\": 1}"),
  ("Msg{}", "Msg{}"),
  ("a.b.Msg{f: 1, g: x}", "a.b.Msg{f: 1, g: x}"),
  (".a.Msg{f: 1,}", ".a.Msg{f: 1}"),
  ("Msg{`f-g`: 1}", "Msg{f-g: 1}"),
  ("Msg{as: 1}.as", "Msg{as: 1}.as"),
  ("size(x) == 3", "_==_(size(x), 3)"),
  // Comments and whitespace.
  ("1 // one\n+ 2 // two", "_+_(1, 2)"),
  ("\t1\r\n+\u{0C}2", "_+_(1, 2)"),
  // Macros.
  ("has(a.b)", "a.b~test-only~"),
  ("has(a.b.c)", "a.b.c~test-only~"),
  (
    "l.all(x, x > 0)",
    "__comprehension__(x, l, @result, true, @not_strictly_false(@result), _&&_(@result, _>_(x, 0)), @result)"
  ),
  (
    "l.exists(x, x > 0)",
    "__comprehension__(x, l, @result, false, @not_strictly_false(!_(@result)), _||_(@result, _>_(x, 0)), @result)"
  ),
  (
    "l.exists_one(x, x > 0)",
    "__comprehension__(x, l, @result, 0, true, _?_:_(_>_(x, 0), _+_(@result, 1), @result), _==_(@result, 1))"
  ),
  (
    "l.map(x, x * 2)",
    "__comprehension__(x, l, @result, [], true, _+_(@result, [_*_(x, 2)]), @result)"
  ),
  (
    "l.map(x, x > 0, x * 2)",
    "__comprehension__(x, l, @result, [], true, _?_:_(_>_(x, 0), _+_(@result, [_*_(x, 2)]), @result), @result)"
  ),
  (
    "l.filter(x, x > 0)",
    "__comprehension__(x, l, @result, [], true, _?_:_(_>_(x, 0), _+_(@result, [x]), @result), @result)"
  ),
  (
    "cel.bind(t, 1 + 1, t * t)",
    "__comprehension__(#unused, [], t, _+_(1, 1), false, t, _*_(t, t))"
  ),
  (
    "a.all(x, b.exists(y, x == y))",
    "__comprehension__(x, a, @result, true, @not_strictly_false(@result), _&&_(@result, __comprehension__(y, b, @result, false, @not_strictly_false(!_(@result)), _||_(@result, _==_(x, y)), @result)), @result)"
  ),
  (
    "has(self.commander) && self.commander.age >= 18",
    "_&&_(self.commander~test-only~, _>=_(self.commander.age, 18))"
  ),
  (
    "self.members.filter(m, m.rank == 'tiểu đội trưởng').size() <= 2",
    "_<=_(__comprehension__(m, self.members, @result, [], true, _?_:_(_==_(m.rank, \"tiểu đội trưởng\"), _+_(@result, [m]), @result), @result).size(), 2)"
  ),
  (
    "[1, 2].map(x, x * 2)[0]",
    "_[_](__comprehension__(x, [1, 2], @result, [], true, _+_(@result, [_*_(x, 2)]), @result), 0)"
  ),
  (
    "false && !true || false ? 2 : 3",
    "_?_:_(_||_(_&&_(false, !_(true)), false), 2, 3)"
  ),
  ("1 + 2 * 3 - 1 / 2 == 6 % 1", "_==_(_-_(_+_(1, _*_(2, 3)), _/_(1, 2)), _%_(6, 1))"),
  ("[] + [1,2,3,] + [4]", "_+_(_+_([], [1, 2, 3]), [4])"),
  ("x[\"a\"].single_int32 == 23", "_==_(_[_](x, \"a\").single_int32, 23)"),
  ("\"\\\"\"", "\"\\\"\""),
  ("((a))", "a"),
  // Not macros: other argument counts, receivers or namespaces.
  ("l.all(x)", "l.all(x)"),
  ("all(l, x, p)", "all(l, x, p)"),
  ("a.has(b)", "a.has(b)"),
  ("has(a.b, c)", "has(a.b, c)"),
  ("x.bind(a, b, c)", "x.bind(a, b, c)"),
]

@Test("parser: input to printed tree", arguments: parserCases)
func parserCase(_ input: String, _ expected: String) {
  #expect(parsePrinted(input) == expected, "input: \(input)")
}

@Test func macrosOffLeavesCalls() {
  #expect(parsePrinted("has(a.b)", macros: false) == "has(a.b)")
  #expect(parsePrinted("l.all(x, x)", macros: false) == "l.all(x, x)")
}

@Test func idsAreUniqueAndMapped() throws {
  let parsed = try #require(CELParser().parse("a.all(x, x + 1 > f(b[2], {'k': [c]}))").expression)
  var seen = Set<ExprID>()
  var stack = [parsed.expr]
  while let e = stack.popLast() {
    #expect(seen.insert(e.id).inserted, "duplicate id \(e.id)")
    #expect(parsed.sourceMap.range(of: e.id) != nil, "no range for \(e.id)")
    #expect(e.id.rawValue < parsed.nextID)
    stack += ParserState.children(of: e.kind)
  }
}

@Test func rangesCoverTheNode() throws {
  let text = "foo.bar(1 + 22, 'x') && !baz"
  let parsed = try #require(CELParser().parse(text).expression)
  let scalars = Array(text.unicodeScalars)
  func slice(_ r: Range<Int>) -> String { String(String.UnicodeScalarView(scalars[r])) }
  #expect(slice(parsed.sourceMap.range(of: parsed.expr.id)!) == text)
  #expect(slice(parsed.sourceMap.focus(of: parsed.expr.id)!) == "&&")
  guard case .call(_, _, let args) = parsed.expr.kind else {
    Issue.record("not a call")
    return
  }
  #expect(slice(parsed.sourceMap.range(of: args[0].id)!) == "foo.bar(1 + 22, 'x')")
  #expect(slice(parsed.sourceMap.focus(of: args[0].id)!) == "bar")
  #expect(slice(parsed.sourceMap.range(of: args[1].id)!) == "!baz")
  guard case .call(_, _, let inner) = args[0].kind else {
    Issue.record("not a call")
    return
  }
  #expect(slice(parsed.sourceMap.range(of: inner[0].id)!) == "1 + 22")
  #expect(slice(parsed.sourceMap.focus(of: inner[0].id)!) == "+")
}

@Test func comprehensionsRecordTheirMacro() throws {
  let cases = [
    ("l.all(x, x)", "all"), ("l.exists(x, x)", "exists"), ("l.exists_one(x, x)", "exists_one"),
    ("l.map(x, x)", "map"), ("l.map(x, x, x)", "map"), ("l.filter(x, x)", "filter"),
    ("cel.bind(x, 1, x)", "cel.bind"),
  ]
  for (text, macro) in cases {
    let parsed = try #require(CELParser().parse(text).expression)
    guard case .comprehension(let c) = parsed.expr.kind else {
      Issue.record("\(text) is not a comprehension")
      continue
    }
    #expect(c.macro == macro)
    // The expansion takes the range of the whole macro call.
    #expect(parsed.sourceMap.range(of: parsed.expr.id) == 0..<text.unicodeScalars.count)
  }
}

@Test func printerShowsIDsInCreationOrder() throws {
  let parsed = try #require(CELParser().parse("a + f(1)").expression)
  #expect(ExprDebugPrinter(showsIDs: true).print(parsed.expr) == "_+_(a^#1, f(1^#2)^#3)^#4")
  #expect(parsed.nextID == 5)
}

@Test func sourceTextOfNodes() throws {
  let parsed = try #require(CELParser().parse("thon == 'Đông Tiến' && l.all(m, m.age >= 18)").expression)
  guard case .call(_, _, let args) = parsed.expr.kind else {
    Issue.record("not a call")
    return
  }
  #expect(parsed.sourceText(of: args[0].id) == "thon == 'Đông Tiến'")
  #expect(parsed.sourceText(of: args[1].id) == "l.all(m, m.age >= 18)")
  #expect(parsed.sourceText(of: ExprID(9999)) == nil)
}
