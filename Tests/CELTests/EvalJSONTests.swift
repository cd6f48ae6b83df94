import Testing

@testable import CEL

/// `Value.jsonText`, the one-line JSON `dqtv eval` prints.
@Suite struct EvalJSONTests {
  static let cases: [(String, String)] = [
    ("1", "1"),
    ("-5", "-5"),
    ("18446744073709551615u", "18446744073709551615"),
    ("2.5", "2.5"),
    ("2.0", "2.0"),
    ("1e100", "1e+100"),
    ("0.0 / 0.0", #""NaN""#),
    ("-1.0 / 0.0", #""-Infinity""#),
    ("'a\"b\\n'", #""a\"b\n""#),
    ("'tab\\there'", #""tab\there""#),
    ("'\\x01'", #""\u0001""#),
    ("'Đông'", #""Đông""#),
    ("true", "true"),
    ("null", "null"),
    ("[]", "[]"),
    ("{}", "{}"),
    ("[1, 'a', [true]]", #"[1,"a",[true]]"#),
    ("{'k': [1u], 'j': null}", #"{"k":[1],"j":null}"#),
    ("{1: 'a', true: 'b'}", #"{"1":"a","true":"b"}"#),
    ("date('2025-07-01')", #""2025-07-01T00:00:00Z""#),
    ("timestamp('2025-07-01T01:02:03.5Z')", #""2025-07-01T01:02:03.5Z""#),
    ("duration('1h')", #""3600s""#),
    ("duration('-0.25s')", #""-0.25s""#),
    ("b'hi'", #""aGk=""#),
    ("int", #""int""#),
    ("type('')", #""string""#),
  ]

  @Test(arguments: cases) func json(_ row: (String, String)) {
    #expect(evaluate(row.0).jsonText == row.1)
  }
}

@Suite struct ValueLiteralTests {
  @Test func swiftLiteralsBuildValues() {
    let value: Value = ["name": "Nguye\u{302}\u{303}n", "age": 30, "scores": [1.5, true, nil]]
    #expect(value.jsonText == #"{"name":"Nguyễn","age":30,"scores":[1.5,true,null]}"#)
    let repeated: Value = [1: "a", 1: "b"]
    #expect(repeated.isError)
    #expect(Expected.true.matches(evaluate("v.age == 30 && v.name == 'Nguyễn'", ["v": value])))
  }
}

@Suite struct ValueEquatableTests {
  @Test func swiftEqualityIsStrictAboutTypes() {
    #expect(Value.int(1) != Value.uint(1))
    #expect(Value.celEquals(.int(1), .uint(1)))
    #expect(Value.double(.nan) != Value.double(.nan))
    let a: Value = ["x": 1, "y": [true]]
    let b: Value = ["y": [true], "x": 1]
    #expect(a == b)
    #expect(a != ["x": 1, "y": [false]])
    #expect(evaluate("[1, 'a', null]") == [1, "a", nil])
  }
}

@Suite struct ValueDisplayTests {
  static let cases: [(String, String)] = [
    ("'Xã Đông Hòa'", "Xã Đông Hòa"),
    ("12", "12"),
    ("2.5", "2.5"),
    ("percent(1, 3)", "33.333333333333336"),
    ("date('2025-07-01')", "2025-07-01"),
    ("date('1969-12-31')", "1969-12-31"),
    ("timestamp('2025-07-01T10:00:00Z')", "2025-07-01T10:00:00Z"),
    ("duration('90m')", "5400s"),
    ("['a', 1, [true]]", "[a, 1, [true]]"),
    ("{'k': 'v'}", "{k: v}"),
    ("null", "null"),
    ("1 / 0", "error: divide by zero"),
  ]

  @Test(arguments: cases) func display(_ row: (String, String)) {
    #expect(evaluate(row.0).displayText == row.1)
  }
}
