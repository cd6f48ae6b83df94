import Foundation
import Testing

@testable import CEL

/// Operators and their error rules, as cel-spec's langdef defines them.
@Suite struct EvalSemanticsTests {
  static let logicCases: [EvalCase] = [
    // && and || absorb errors with the deciding value, from either side.
    EvalCase("false && 1/0 == 1", .false),
    EvalCase("1/0 == 1 && false", .false),
    EvalCase("true && 1/0 == 1", .error("divide by zero")),
    EvalCase("1/0 == 1 && true", .error("divide by zero")),
    EvalCase("1/0 == 1 || true", .true),
    EvalCase("true || 1/0 == 1", .true),
    EvalCase("false || 1/0 == 1", .error("divide by zero")),
    EvalCase("unbound || true", .true),
    EvalCase("unbound && false", .false),
    EvalCase("unbound && true", .error("unbound")),
    // Both sides errors: the left one.
    EvalCase("1/0 == 1 && 2 % 0 == 1", .error("divide by zero")),
    EvalCase("'a' && true", .error("no such overload")),
    EvalCase("'a' && false", .false),
    EvalCase("!true", .false),
    EvalCase("!(1/0 == 1)", .error("divide by zero")),
    EvalCase("true ? 1 : 1/0", .int(1)),
    EvalCase("false ? 1/0 : 2", .int(2)),
    EvalCase("1/0 == 1 ? 1 : 2", .error("divide by zero")),
    EvalCase("'x' ? 1 : 2", .error("no such overload")),
  ]

  @Test(arguments: logicCases) func logicalOperators(_ row: EvalCase) { check(row) }

  static let equalityCases: [EvalCase] = [
    EvalCase("1 == 1u", .true),
    EvalCase("1 == 1.0", .true),
    EvalCase("dyn(1u) == 1.0", .true),
    EvalCase("-1 == 18446744073709551615u", .false),
    EvalCase("0.0/0.0 == 0.0/0.0", .false),
    EvalCase("0.0/0.0 != 0.0/0.0", .true),
    EvalCase("1 == 'a'", .false),
    EvalCase("null == null", .true),
    EvalCase("null == 0", .false),
    EvalCase("[1, 2] == [1.0, 2u]", .true),
    EvalCase("[1, 2] == [1, 2, 3]", .false),
    EvalCase("{'a': 1, 'b': 2} == {'b': 2u, 'a': 1.0}", .true),
    EvalCase("{1: 'x'} == {1u: 'x'}", .true),
    EvalCase("{'a': 1} == {'a': 2}", .false),
    EvalCase("type(1) == int", .true),
    EvalCase("type(1u) == int", .false),
    EvalCase("b'abc' == bytes('abc')", .true),
    EvalCase("1/0 == 1/0", .error("divide by zero")),
  ]

  @Test(arguments: equalityCases) func heterogeneousEquality(_ row: EvalCase) { check(row) }

  static let orderingCases: [EvalCase] = [
    EvalCase("1 < 2u", .true),
    EvalCase("2u < 1.5", .false),
    EvalCase("-1 < 0u", .true),
    EvalCase("1.5 > 1", .true),
    EvalCase("0.0/0.0 < 1.0", .false),
    EvalCase("0.0/0.0 >= 1.0", .false),
    EvalCase("'a' < 'b'", .true),
    EvalCase("'Z' < 'a'", .true),
    EvalCase("false < true", .true),
    EvalCase("b'a' < b'b'", .true),
    EvalCase("[1] < [2]", .error("no such overload")),
    EvalCase("'a' < 1", .error("no such overload")),
    EvalCase("duration('1s') < duration('2s')", .true),
  ]

  @Test(arguments: orderingCases) func ordering(_ row: EvalCase) { check(row) }

  static let arithmeticCases: [EvalCase] = [
    EvalCase("9223372036854775807 + 1", .error("overflow")),
    EvalCase("-9223372036854775808 - 1", .error("overflow")),
    EvalCase("-(-9223372036854775808)", .error("overflow")),
    EvalCase("-9223372036854775808 / -1", .error("overflow")),
    EvalCase("-9223372036854775808 % -1", .error("overflow")),
    EvalCase("4611686018427387904 * 2", .error("overflow")),
    EvalCase("0u - 1u", .error("overflow")),
    EvalCase("18446744073709551615u + 1u", .error("overflow")),
    EvalCase("7 / 2", .int(3)),
    EvalCase("-7 / 2", .int(-3)),
    EvalCase("-7 % 2", .int(-1)),
    EvalCase("1 / 0", .error("divide by zero")),
    EvalCase("1 % 0", .error("modulus by zero")),
    EvalCase("1u / 0u", .error("divide by zero")),
    EvalCase("1.0 / 0.0", .double(.infinity)),
    EvalCase("1 + 1.0", .error("no such overload")),
    EvalCase("1 + 1u", .error("no such overload")),
    EvalCase("1.5 % 1.0", .error("no such overload")),
    EvalCase("-(1u)", .error("no such overload")),
    EvalCase("'ab' + 'cd'", .string("abcd")),
    EvalCase("b'ab' + b'cd' == b'abcd'", .true),
    EvalCase("[1] + [2, 3] == [1, 2, 3]", .true),
    EvalCase("timestamp('2025-01-01T00:00:00Z') + duration('24h') == timestamp('2025-01-02T00:00:00Z')", .true),
    EvalCase("timestamp('2025-01-02T00:00:00Z') - timestamp('2025-01-01T00:00:00Z') == duration('86400s')", .true),
    EvalCase("timestamp('9999-12-31T23:59:59Z') + duration('1s')", .error("range")),
  ]

  @Test(arguments: arithmeticCases) func arithmetic(_ row: EvalCase) { check(row) }

  static let collectionsCases: [EvalCase] = [
    EvalCase("2 in [1, 2, 3]", .true),
    EvalCase("2.0 in [1, 2, 3]", .true),
    EvalCase("4 in [1, 2, 3]", .false),
    EvalCase("'a' in {'a': 1}", .true),
    EvalCase("1u in {1: 'x'}", .true),
    EvalCase("1.5 in {1: 'x'}", .false),
    EvalCase("[10, 20][1]", .int(20)),
    EvalCase("[10, 20][2]", .error("index out of range")),
    EvalCase("[10, 20][-1]", .error("index out of range")),
    EvalCase("[10, 20][1u]", .int(20)),
    EvalCase("[10, 20][1.0]", .int(20)),
    EvalCase("[10, 20][0.5]", .error("invalid_argument")),
    EvalCase("{'a': 1}['a']", .int(1)),
    EvalCase("{'a': 1}['b']", .error("no such key")),
    EvalCase("{'a': 1}.a", .int(1)),
    EvalCase("{'a': 1}.b", .error("no such key: 'b'")),
    EvalCase("{1: 'one'}[1.0]", .string("one")),
    EvalCase("{1: 'a', 1u: 'b'}", .error("repeated key")),
    EvalCase("{1.5: 'a'}", .error("unsupported key type")),
    EvalCase("has({'a': 1}.a)", .true),
    EvalCase("has({'a': 1}.b)", .false),
    EvalCase("has(1.a)", .error("has()")),
    EvalCase("1.a", .error("does not support field selection")),
    EvalCase("size([1, 2]) + size({'a': 1}) + size('đông') + size(b'ab')", .int(9)),
    EvalCase("'đông'.size()", .int(4)),
  ]

  @Test(arguments: collectionsCases) func collections(_ row: EvalCase) { check(row) }

  static let macrosCases: [EvalCase] = [
    EvalCase("[1, 2, 3].all(x, x > 0)", .true),
    EvalCase("[1, 2, 3].all(x, x > 1)", .false),
    EvalCase("[1, 2, 3].exists(x, x == 2)", .true),
    EvalCase("[1, 2, 3].exists_one(x, x > 1)", .false),
    EvalCase("[1, 2, 3].exists_one(x, x > 2)", .true),
    EvalCase("[1, 2, 3].map(x, x * 2) == [2, 4, 6]", .true),
    EvalCase("[1, 2, 3].map(x, x > 1, x * 10) == [20, 30]", .true),
    EvalCase("[1, 2, 3, 4].filter(x, x % 2 == 0) == [2, 4]", .true),
    EvalCase("{'a': 1, 'b': 2}.all(k, k in ['a', 'b'])", .true),
    EvalCase("{'a': 1, 'b': 2}.map(k, k) == ['a', 'b']", .true),
    // Errors inside all/exists are absorbed by a deciding element, in any order.
    EvalCase("[0, 1].all(x, 1 / x > 0)", .error("divide by zero")),
    EvalCase("[0, -1].all(x, 1 / x > 0)", .false),
    EvalCase("[-1, 0].all(x, 1 / x > 0)", .false),
    EvalCase("[0, 1].exists(x, 1 / x > 0)", .true),
    // Nested comprehensions and shadowing.
    EvalCase("[1, 2].all(x, [3, 4].all(y, x < y))", .true),
    EvalCase("[[1, 2], [3]].map(x, x.map(x, x * 2)) == [[2, 4], [6]]", .true),
    EvalCase("[1, 2].map(x, [10, 20].filter(y, y > x * 10)) == [[20], []]", .true),
    EvalCase("cel.bind(x, 10, x * x)", .int(100)),
    EvalCase("cel.bind(a, [1, 2], a.map(x, x + size(a)))== [3, 4]", .true),
    EvalCase("1.all(x, true)", .error("cannot iterate")),
  ]

  @Test(arguments: macrosCases) func macros(_ row: EvalCase) { check(row) }

  @Test func qualifiedIdentifiers() {
    // `a.b.c` is the variable `a.b.c` when bound, else `a.b` then `.c`, else `a` then `.b.c`.
    check(EvalCase("a.b.c", .int(1)), ["a.b.c": .int(1), "a.b": .int(2)])
    check(EvalCase("a.b.c", .int(3)), ["a.b": .map(MapValue(["c": .int(3)]))])
    check(
      EvalCase("a.b.c", .int(4)), ["a": .map(MapValue(["b": .map(MapValue(["c": .int(4)]))]))])
    check(EvalCase("a.b.c", .error("undeclared reference to 'a.b.c'")))
    check(EvalCase("google.protobuf.Timestamp == type(timestamp(0))", .true))
    check(EvalCase("int == type(1) && list == type([]) && map == type({})", .true))
    check(EvalCase("dyn", .error("undeclared")))
    // A comprehension variable shadows a bound name.
    check(EvalCase("[1].all(x, x == 1)", .true), ["x": .int(5)])
  }

  @Test func nfcNormalisation() {
    // Literals are normalised when planned: decomposed é equals precomposed é.
    check(EvalCase("'Ame\u{301}lie' == 'Am\u{E9}lie'", .true))
    check(EvalCase("size('Ame\u{301}lie')", .int(6)))  // A m é l i e
    check(EvalCase("'Ame\u{301}lie'.startsWith('Am\u{E9}')", .true))
    // Host strings are normalised at the boundary.
    let name = Value.normalizedString("Nguye\u{302}\u{303}n")
    check(EvalCase("name == 'Nguyễn' && size(name) == 6", .true), ["name": name])
    #expect(CELString.isASCII("plain ascii text, longer than eight bytes"))
    #expect(!CELString.isASCII("đông"))
    #expect(CELString.nfc("e\u{301}").unicodeScalars.count == 1)
  }

  /// The quick check answers yes only for text Foundation leaves as it is: every scalar of its
  /// ranges alone, after a letter and before a combining mark; and no for the scalars around
  /// them that decompose or combine.
  @Test func nfcQuickCheckAgreesWithFoundation() {
    let ranges: [ClosedRange<UInt32>] = [0x80...0x2FF, 0x1E00...0x1EFF, 0x2002...0x206F, 0x20A0...0x20BF]
    var checked = 0
    for range in ranges {
      for code in range {
        guard let scalar = Unicode.Scalar(code) else { continue }
        let c = String(Character(scalar))
        for text in ["\(c)", "a\(c)", "\(c)a", "Nguy\u{1EC5}n \(c)"] {
          #expect(CELString.isSurelyNFC(text), "U+\(String(code, radix: 16))")
          #expect(Array(text.precomposedStringWithCanonicalMapping.utf8) == Array(text.utf8))
          checked += 1
        }
        // A combining mark after it sends the text to Foundation.
        #expect(!CELString.isSurelyNFC(c + "\u{301}"))
      }
    }
    #expect(checked > 4_000)
    for text in [
      "e\u{301}", "\u{2000}", "\u{2001}", "\u{2126}", "\u{1F71}", "\u{F900}", "\u{0958}", "\u{300}", "\u{AC00}",
    ] {
      #expect(!CELString.isSurelyNFC(text))
    }
    #expect(CELString.nfc("Nguye\u{302}\u{303}n") == "Nguy\u{1EC5}n")
    #expect(CELString.isSurelyNFC("Thôn Đồng Quỹ – “số 1” … ₫"))
  }

  @Test func errorsCarryTheFailingNode() {
    let parsed = CELParser().parse("1 + (2 / 0)").expression!
    let value = try! Program(parsed).evaluate()
    guard case .error(let error) = value else {
      Issue.record("expected an error, got \(value.jsonText)")
      return
    }
    // The division, not the addition, failed.
    guard case .call(_, _, let args) = parsed.expr.kind else { return }
    #expect(error.id == args[1].id)
  }
}
