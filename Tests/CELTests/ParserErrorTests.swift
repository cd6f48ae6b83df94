import SourceDiagnostics
import Testing

@testable import CEL

/// Input → the positions (`line:column`, columns in Unicode scalars) of all its syntax errors,
/// and a phrase the first message must contain.
let parserErrorCases: [(String, [String], String)] = [
  ("1 +", ["1:4"], "unexpected end of expression"),
  ("", ["1:1"], "unexpected end of expression"),
  (")", ["1:1"], "expected an expression but found ')'"),
  ("1 2", ["1:3"], "unexpected '2' after the end of the expression"),
  ("a and b", ["1:3"], "unexpected 'and' after the end of the expression; CEL writes 'and' as '&&'"),
  ("a or b", ["1:3"], "CEL writes 'or' as '||'"),
  ("1 + 2\n3 +", ["2:1"], "unexpected '3' after the end of the expression"),
  ("l.all(m m > 1)", ["1:9"], "expected ')' to close the argument list but found 'm'"),
  ("1 + +", ["1:5"], "expected an expression but found '+'"),
  ("f(){a: 1}", ["1:4"], "unexpected '{' after the end of the expression"),
  ("f(1 2)", ["1:5"], "expected ')' to close the argument list but found '2'"),
  ("f(a,)", ["1:5"], "expected an argument after ','"),
  ("a.b(", ["1:5"], "expected ')' to close the argument list but found the end of the expression"),
  ("a.", ["1:3"], "expected a field or function name after '.' but found the end"),
  ("a.true", ["1:3"], "expected a field or function name after '.' but found 'true'"),
  ("a.1", ["1:2"], "unexpected '.1' after the end"),
  ("(1 + 2", ["1:7"], "expected ')' to close '('"),
  ("[1, 2", ["1:6"], "expected ']' to close the list"),
  ("{1: 2, 3}", ["1:9"], "expected ':' after the map key but found '}'"),
  ("Msg{f 1}", ["1:7"], "expected ':' after the field name but found '1'"),
  ("Msg{1: 2}", ["1:5"], "expected a field name but found '1'"),
  ("a ? b ? c : d : e", ["1:7"], "expected ':' in the conditional expression but found '?'"),
  ("a ? b", ["1:6"], "expected ':' in the conditional expression"),
  // Several errors in one expression: recovery at delimiters.
  ("[1 +, 2 +]", ["1:5", "1:10"], "expected an expression but found ','"),
  ("f(1 +, 2 *)", ["1:6", "1:11"], "expected an expression but found ','"),
  ("{'a': , 'b': }", ["1:7", "1:14"], "expected an expression but found ','"),
  ("[if, else]", ["1:2", "1:6"], "'if' is a reserved word"),
  // Lexical errors.
  ("a = b", ["1:3"], "unexpected character '='; did you mean '=='?"),
  ("a & b", ["1:3"], "did you mean '&&'?"),
  ("a | b", ["1:3"], "did you mean '||'?"),
  ("a # b", ["1:3"], "unexpected character '#'"),
  ("a\u{A0}== b", ["1:2"], "unexpected invisible character U+00A0; only space, tab"),
  ("x == ‘a’", ["1:6", "1:8"], "unexpected character '‘'; quote strings with straight quotes"),
  ("thôn == 1", ["1:3"], "unexpected character 'ô'; names may use only the letters A-Z"),
  ("'abc", ["1:1"], "string literal is not closed"),
  ("'ab\nc'", ["1:1", "2:1", "2:2"], "string literal is not closed before the end of the line"),
  ("\"\"\"abc", ["1:1"], "string literal is not closed"),
  ("b'abc", ["1:1"], "bytes literal is not closed"),
  ("'\\q'", ["1:2"], "invalid escape sequence '\\q'"),
  ("'\\x4'", ["1:2"], "'\\x' must be followed by 2 hexadecimal digits"),
  ("'\\u12'", ["1:2"], "'\\u' must be followed by 4 hexadecimal digits"),
  ("'\\08'", ["1:2"], "three octal digits"),
  ("'\\ud800'", ["1:2"], "surrogate"),
  ("'\\U00110000'", ["1:2"], "beyond the last Unicode code point"),
  ("'ok' + '\\z' + '\\y'", ["1:9", "1:16"], "invalid escape sequence '\\z'"),
  ("a.`b", ["1:3"], "quoted identifier is not closed"),
  ("a.`b#c`", ["1:3"], "a quoted identifier may hold only"),
  ("a.``", ["1:3"], "a quoted identifier may hold only"),
  ("a.`b`()", ["1:3"], "a quoted identifier cannot name a function"),
  ("`a`", ["1:1"], "a quoted identifier may only follow '.'"),
  // Numbers out of range.
  ("9223372036854775808", ["1:1"], "integer literal 9223372036854775808 is out of range"),
  ("-9223372036854775809", ["1:1"], "integer literal -9223372036854775809 is out of range"),
  ("---9223372036854775808", ["1:4"], "integer literal 9223372036854775808 is out of range"),
  ("0x8000000000000000", ["1:1"], "is out of range"),
  ("18446744073709551616u", ["1:1"], "unsigned integer literal 18446744073709551616u is out of range"),
  ("1e400", ["1:1"], "double literal 1e400 is out of range"),
  // Reserved words.
  ("if", ["1:1"], "'if' is a reserved word and cannot be used as a name"),
  ("while(x)", ["1:1"], "'while' is a reserved word"),
  ("a + var", ["1:5"], "'var' is a reserved word"),
  // Macros.
  ("l.all(1, true)", ["1:7"], "the first argument of all() must be a simple variable name"),
  ("l.exists(x.y, true)", ["1:10"], "the first argument of exists() must be a simple variable name"),
  ("l.map(f(x), x)", ["1:7"], "the first argument of map() must be a simple variable name"),
  ("l.filter(__result__, true)", ["1:10"], "overwrites the accumulator variable"),
  ("has(a)", ["1:5"], "invalid argument to has() macro"),
  ("has(a[0])", ["1:5"], "invalid argument to has() macro"),
  ("cel.bind(a.b, 1, 2)", ["1:10"], "the first argument of cel.bind() must be a simple variable name"),
  // Optional syntax is not supported.
  ("a.?b", ["1:2"], "optional field selection '.?' is not supported"),
  ("a[?0]", ["1:2"], "optional index '[?' is not supported"),
  ("[?a]", ["1:2"], "optional list element '?' is not supported"),
  ("{?'k': v}", ["1:2"], "optional map entry '?' is not supported"),
  ("Msg{?f: v}", ["1:5"], "optional field '?' is not supported"),
  // Positions count Unicode scalars, not bytes or grapheme clusters.
  ("'Đông Tiến' == x +", ["1:19"], "unexpected end of expression"),
  ("'Đông' +\n  'Tiến' +", ["2:11"], "unexpected end of expression"),
]

@Test("parser: syntax errors and their positions", arguments: parserErrorCases)
func parserErrorCase(_ input: String, _ positions: [String], _ phrase: String) {
  let result = CELParser().parse(input)
  #expect(result.expression == nil, "parsed: \(input)")
  let found = result.diagnostics.map { "\($0.location!.line):\($0.location!.column)" }
  #expect(found == positions, "input: \(input); messages: \(result.diagnostics.map(\.message))")
  #expect(result.diagnostics.allSatisfy { $0.code == "expr.syntax" && $0.severity == .error })
  #expect(result.diagnostics.allSatisfy { $0.location?.file == "<expression>" })
  #expect(
    result.diagnostics.first?.message.contains(phrase) == true,
    "input: \(input); first message: \(result.diagnostics.first?.message ?? "none")")
}

@Test func syntaxErrorMessagesAreSentences() {
  let result = CELParser().parse("f(1 2)")
  #expect(
    result.diagnostics.map(\.message)
      == ["Syntax error: expected ')' to close the argument list but found '2'"])
}

@Test func errorsAreCapped() {
  let input = "[" + Array(repeating: "1 +", count: 30).joined(separator: ", ") + "]"
  let result = CELParser().parse(input)
  #expect(result.diagnostics.count == ParserLimits().maxErrors)
  let fewer = CELParser(limits: ParserLimits(maxErrors: 3)).parse(input)
  #expect(fewer.diagnostics.count == 3)
}

@Test func errorRangesCoverTheToken() throws {
  let result = CELParser().parse("1 + 99999999999999999999")
  let location = try #require(result.diagnostics.first?.location)
  #expect(location.range.start.column == 5)
  #expect(location.range.end.column == 25)
}
