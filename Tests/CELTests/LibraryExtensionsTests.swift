import Testing

@testable import CEL

/// The dqtv numeric and string extensions, and the function table itself.
@Suite struct LibraryExtensionsTests {
  static let numberCases: [EvalCase] = [
    EvalCase("percent(1, 4)", .double(25)),
    EvalCase("percent(1.5, 3)", .double(50)),
    EvalCase("percent(3u, 4)", .double(75)),
    EvalCase("percent(-1, 4)", .double(-25)),
    EvalCase("percent(2, 2.0)", .double(100)),
    EvalCase("percent(1, 0)", .error("whole is zero")),
    EvalCase("percent(0, 0.0)", .error("whole is zero")),
    EvalCase("percent('1', 2)", .error("no such overload")),
    EvalCase("sum([1, 2, 3])", .int(6)),
    EvalCase("sum([])", .int(0)),
    EvalCase("sum([1.5, 2.5])", .double(4)),
    EvalCase("sum([1u, 2u])", .uint(3)),
    EvalCase("sum([9223372036854775807, 1])", .error("overflow")),
    EvalCase("sum([-9223372036854775807, -1])", .int(-9_223_372_036_854_775_808)),
    EvalCase("sum([1, 2.0])", .error("same numeric type")),
    EvalCase("sum(['a'])", .error("must be int")),
    EvalCase("math.greatest(1, 2.5)", .double(2.5)),
    EvalCase("math.greatest(3, 2.5)", .int(3)),
    EvalCase("math.least(1u, -1)", .int(-1)),
    EvalCase("math.least(5, 4, 3, 2, 1)", .int(1)),
    EvalCase("math.greatest([1, 5, 3])", .int(5)),
    EvalCase("math.least([2.5, 1u])", .uint(1)),
    EvalCase("math.greatest([])", .error("empty")),
    EvalCase("math.greatest(['a'])", .error("no such overload")),
  ]

  @Test(arguments: numberCases) func numbers(_ row: EvalCase) { check(row) }

  static let stringCases: [EvalCase] = [
    EvalCase("'đông'.upper() == 'ĐÔNG'", .true),
    EvalCase("'ĐÔNG HÒA'.lower()", .string("đông hòa")),
    EvalCase("'Đông'.upperAscii()", .string("ĐôNG")),
    EvalCase("'ABC Đ'.lowerAscii()", .string("abc Đ")),
    EvalCase("'  \\u00a0 x y \\t\\n'.trim()", .string("x y")),
    EvalCase("''.trim()", .string("")),
    EvalCase("'Hà Nội'.contains('Nội')", .true),
    EvalCase("'Hà Nội'.startsWith('Hà')", .true),
    EvalCase("'Hà Nội'.endsWith('Hà')", .false),
    EvalCase("'abc123'.matches('^[a-z]+[0-9]+$')", .true),
    EvalCase("matches('abc', 'b')", .true),
    EvalCase("'đông'.matches('^.{4}$')", .true),
    EvalCase("x.matches('^[0-9]{12}$')", .true),
    EvalCase("'abc'.matches('[')", .error("invalid regular expression")),
    EvalCase("'abc'.matches(p)", .error("invalid regular expression")),
    EvalCase("'a,b,,c'.split(',')", .value(.list([.string("a"), .string("b"), .string(""), .string("c")]))),
    EvalCase("['a', 'b'].join('-')", .string("a-b")),
    EvalCase("'đông'.charAt(1)", .string("ô")),
    EvalCase("'đông'.substring(1, 3)", .string("ôn")),
    EvalCase("'đông'.indexOf('n')", .int(2)),
  ]

  @Test(arguments: stringCases) func strings(_ row: EvalCase) {
    check(row, ["x": .string("001234567890"), "p": .string("(")])
  }

  @Test func tableFeedsTheChecker() {
    let signatures = FunctionLibrary.standard.signatures
    let names = Set(signatures.map(\.name))
    for name in [
      "_+_", "_==_", "_[_]", "@in", "size", "matches", "int", "timestamp", "duration",
      "getFullYear", "date", "age", "days_between", "percent", "sum", "math.greatest",
      "math.least", "lower", "upper", "trim", "lowerAscii", "upperAscii",
    ] {
      #expect(names.contains(name), "missing \(name)")
    }
    let ids = signatures.flatMap { $0.overloads.map(\.id) }
    #expect(Set(ids).count == ids.count, "overload ids must be unique")
    for signature in signatures {
      #expect(!signature.doc.isEmpty, "\(signature.name) has no doc")
      #expect(!signature.overloads.isEmpty)
    }
    let date = signatures.first { $0.name == "date" }!
    #expect(date.overloads.first?.parameters == [.string])
    #expect(date.overloads.first?.result == .timestamp)
  }
}
