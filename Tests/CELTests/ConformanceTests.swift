import Foundation
import Testing

@testable import CEL

/// Runs `Conformance/*.json` through parse, check (unless the test disables
/// checking) and evaluate.
///
/// Every test must pass, need protobuf messages (skipped: not part of dqtv's CEL), or be
/// listed in ``skipped`` with a reason.
@Suite struct ConformanceTests {
  /// The one list of skipped conformance tests: a whole file (`"optionals"`), a section
  /// (`"file/section"`) or a test (`"file/section/name"`), each with its reason.
  static let skipped: [String: String] = [
    "optionals": "optional types are not part of the dqtv CEL subset (RULES.md)",
    "macros2": """
    two-variable comprehensions (cel-go's comprehensions extension: all(i, v, ...), \
    existsOne, transformList, transformMap) are not part of the dqtv CEL subset (RULES.md)
    """,
    "comparisons/eq_literal/no_string_normalization": """
    dqtv normalises every string to NFC (RULES.md), so canonically equivalent literals \
    are equal, unlike in standard CEL
    """,
    "parse/bytes_literals/triple_single_quoted_unescaped_punctuation": """
    the expected bytes hold a backslash that the expression text lacks (the string \
    variant of the same test expects none): an inconsistency of the data
    """,
    "parse/bytes_literals/triple_double_quoted_unescaped_punctuation": """
    the expected bytes hold a backslash that the expression text lacks (the string \
    variant of the same test expects none): an inconsistency of the data
    """,
  ]

  static func skipReason(_ test: ConformanceCase) -> String? {
    if test.needs.contains("protobuf") {
      return "needs protobuf messages, which dqtv does not support (RULES.md)"
    }
    return skipped[test.file] ?? skipped["\(test.file)/\(test.section)"] ?? skipped[test.key]
  }

  enum Outcome {
    case pass, skip
    case fail(String)
  }

  static func run(_ test: ConformanceCase) -> Outcome {
    if skipReason(test) != nil { return .skip }
    if case .unsupported(let why) = test.expected { return .fail("unsupported data: \(why)") }
    let parser = CELParser(expandsMacros: !test.disableMacros)
    let parsed = parser.parse(test.expr)
    guard let expression = parsed.expression else {
      return .fail("parse error: \(parsed.diagnostics.map(\.message))")
    }
    var checked: CheckedExpression?
    if !test.disableCheck {
      var variables: [String: CELType] = [:]
      for (name, type) in test.declarations {
        guard let type else { return .fail("undeclarable type for \(name)") }
        variables[name] = type
      }
      let checker = CELChecker(
        declarations: Declarations(
          variables: variables, functions: FunctionLibrary.standard.signatures))
      let result = checker.check(expression)
      guard let ok = result.checked else {
        return .fail("check error: \(result.diagnostics.map(\.message))")
      }
      checked = ok
    }
    let program: Program
    do {
      program = try Program(expression, checked: checked)
    } catch {
      return .fail("plan error: \(error)")
    }
    let result = program.evaluate(Bindings(test.bindings))
    switch (test.expected, result) {
    case (.value(let expected), .error(let error)):
      return .fail("expected \(expected.jsonText), got error '\(error.message)'")
    case (.value(let expected), let actual):
      return ConformanceData.same(expected, actual)
        ? .pass
        : .fail("expected \(expected.jsonText) (\(expected.typeName)), got \(actual.jsonText) (\(actual.typeName))")
    case (.error, .error):
      return .pass
    case (.error(let message), let actual):
      return .fail("expected error '\(message)', got \(actual.jsonText)")
    case (.unsupported, _):
      return .fail("unsupported")
    }
  }

  @Test(arguments: ConformanceData.files)
  func conformanceFile(_ file: String) throws {
    let tests = try ConformanceData.load(file)
    #expect(!tests.isEmpty, "no tests read from \(file).json")
    var passed = 0
    var skipped = 0
    var failed: [String] = []
    for test in tests {
      switch Self.run(test) {
      case .pass: passed += 1
      case .skip: skipped += 1
      case .fail(let why): failed.append("\(test.testDescription): \(why)")
      }
    }
    print("conformance \(file): \(passed) passed, \(skipped) skipped, \(failed.count) failed")
    for failure in failed {
      print("  FAIL \(failure)")
      Issue.record(Comment(rawValue: failure))
    }
  }
}
