import Foundation
import SourceDiagnostics
import Testing

@testable import CEL

/// One test of the cel-spec conformance suite, as the checker sees it.
struct CheckerConformanceCase: Sendable, CustomTestStringConvertible {
  var file: String
  var section: String
  var name: String
  var expr: String
  var disableCheck: Bool
  var container: String?
  var variables: [String: CELType]
  var unsupportedType: Bool
  var needs: [String]
  /// The kind of the expected value (`int`, `list`...), when the test expects a value.
  var valueKind: String?

  var testDescription: String { "\(file)/\(section)/\(name): \(expr)" }
}

/// Reads the conformance JSON files and parses their declared types.
enum CheckerConformance {
  /// The conformance files, where the evaluator's conformance tests read them.
  static var directory: URL { ConformanceData.directory }

  static let files = [
    "basic", "comparisons", "conversions", "fields", "fp_math", "integer_math", "lists", "logic",
    "macros", "macros2", "parse", "string", "string_ext", "math_ext", "bindings_ext", "timestamps",
  ]

  static func load() -> [CheckerConformanceCase] {
    var cases: [CheckerConformanceCase] = []
    for file in files {
      guard let data = try? Data(contentsOf: directory.appendingPathComponent("\(file).json")),
        let tests = try? JSONSerialization.jsonObject(with: data) as? [[String: Any]]
      else { continue }
      for test in tests {
        var variables: [String: CELType] = [:]
        var unsupported = false
        for decl in test["type_env"] as? [[String: Any]] ?? [] {
          guard let name = decl["name"] as? String, let text = decl["type"] as? String else {
            unsupported = true
            continue
          }
          if let type = TypeText.parse(text) { variables[name] = type } else { unsupported = true }
        }
        let expect = test["expect"] as? [String: Any] ?? [:]
        let value = expect["value"] as? [String: Any]
        cases.append(
          CheckerConformanceCase(
            file: file, section: test["section"] as? String ?? "",
            name: test["name"] as? String ?? "", expr: test["expr"] as? String ?? "",
            disableCheck: test["disable_check"] as? Bool ?? false,
            container: test["container"] as? String, variables: variables,
            unsupportedType: unsupported, needs: test["needs"] as? [String] ?? [],
            valueKind: value?.keys.first))
      }
    }
    return cases
  }
}

/// Parses CEL's written form of a type: `int`, `list(string)`, `map(string, dyn)`...
enum TypeText {
  static func parse(_ text: String) -> CELType? {
    var scalars = Substring(text.filter { $0 != " " })
    guard let type = parseType(&scalars), scalars.isEmpty else { return nil }
    return type
  }

  private static func parseType(_ s: inout Substring) -> CELType? {
    let name = s.prefix { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." }
    s = s.dropFirst(name.count)
    var args: [CELType] = []
    if s.first == "(" {
      s = s.dropFirst()
      while true {
        guard let arg = parseType(&s) else { return nil }
        args.append(arg)
        if s.first == "," {
          s = s.dropFirst()
          continue
        }
        guard s.first == ")" else { return nil }
        s = s.dropFirst()
        break
      }
    }
    switch (name, args.count) {
    case ("bool", 0): return .bool
    case ("int", 0): return .int
    case ("uint", 0): return .uint
    case ("double", 0): return .double
    case ("string", 0): return .string
    case ("bytes", 0): return .bytes
    case ("null_type", 0): return .null
    case ("dyn", 0): return .dyn
    case ("timestamp", 0): return .timestamp
    case ("duration", 0): return .duration
    case ("list", 1): return .list(args[0])
    case ("map", 2): return .map(key: args[0], value: args[1])
    case ("type", 0): return .type(nil)
    case ("type", 1): return .type(args[0])
    default: return nil
    }
  }
}

/// Every conformance test that is meant to type-check must check without error against the
/// standard library, and its result type must fit the expected value.
@Suite struct CheckerConformanceTests {
  static let cases = CheckerConformance.load()
  static let library = FunctionLibrary.standard.signatures
  static let unsupportedNeeds: Set<String> = ["protobuf", "optional", "enum", "unknown"]

  /// Why a test is skipped, or `nil` to run it.
  static func skipReason(_ c: CheckerConformanceCase, _ parsed: ParsedExpression) -> String? {
    if c.disableCheck { return "the test disables checking" }
    if c.container != nil { return "containers are not supported" }
    if c.unsupportedType { return "a declared type is not supported" }
    if let need = c.needs.first(where: unsupportedNeeds.contains) { return "needs \(need)" }
    let declared = Set(library.map(\.name))
    if let missing = calledFunctions(parsed.expr).first(where: { !declared.contains($0) }) {
      return "function '\(missing)' is not in the library"
    }
    return nil
  }

  static func calledFunctions(_ expr: Expr) -> Set<String> {
    var names: Set<String> = []
    func walk(_ e: Expr) {
      switch e.kind {
      case .literal, .ident: break
      case .select(let operand, _, _): walk(operand)
      case .call(let function, let target, let args):
        if let target, let prefix = TypeChecker.qualifiedName(of: target),
          declaredNamespaced("\(prefix).\(function)")
        {
          names.insert("\(prefix).\(function)")
        } else {
          names.insert(function)
          target.map(walk)
        }
        for arg in args { walk(arg) }
      case .list(let elements):
        for element in elements { walk(element) }
      case .map(let entries):
        for entry in entries {
          walk(entry.key)
          walk(entry.value)
        }
      case .structure(_, let fields):
        for field in fields { walk(field.value) }
      case .comprehension(let c):
        for part in [c.iterRange, c.accuInit, c.loopCondition, c.loopStep, c.result] { walk(part) }
      }
    }
    walk(expr)
    return names
  }

  static func declaredNamespaced(_ name: String) -> Bool {
    library.contains { $0.name == name }
  }

  static func fits(_ type: CELType, valueKind: String) -> Bool {
    switch (type, valueKind) {
    case (.dyn, _), (.int, "int"), (.uint, "uint"), (.double, "double"), (.string, "string"),
      (.bytes, "bytes_b64"), (.bool, "bool"), (.null, "null"), (.list, "list"), (.map, "map"),
      (.type, "type"), (.timestamp, "timestamp"), (.duration, "duration"):
      true
    default:
      false
    }
  }

  @Test(arguments: cases)
  func checks(_ c: CheckerConformanceCase) throws {
    let parse = CELParser().parse(c.expr)
    let parsed = try #require(parse.expression, "\(parse.diagnostics)")
    if Self.skipReason(c, parsed) != nil { return }
    let declarations = Declarations(variables: c.variables, functions: Self.library)
    let result = CELChecker(declarations: declarations).check(parsed)
    #expect(result.diagnostics.map(\.summaryLine) == [])
    if let kind = c.valueKind, let checked = result.checked {
      #expect(
        Self.fits(checked.resultType, valueKind: kind),
        "result type \(checked.resultType) for a \(kind) value")
    }
  }
}

extension CheckerConformanceTests {
  /// Guards against a silent skip of everything: most of the suite must actually be checked.
  @Test func mostTestsAreChecked() throws {
    var checked = 0
    var reasons: [String: Int] = [:]
    for c in Self.cases {
      guard let parsed = CELParser().parse(c.expr).expression else { continue }
      if let reason = Self.skipReason(c, parsed) {
        reasons[reason, default: 0] += 1
      } else {
        checked += 1
      }
    }
    print("checker conformance: \(checked) checked; skipped: \(reasons.sorted { $0.key < $1.key })")
    #expect(Self.cases.count > 1500)
    #expect(checked > 1000)
  }
}

extension CheckerConformanceTests {
  /// Tests that disable checking do so mostly because cel-go's checker rejects them
  /// (`1.0 == 1`, `'foo' < 1024`, `true ? 'cows' : 17`...): ours must reject them too. These
  /// few it accepts, as cel-go does: null is assignable to timestamps, so `null < null` matches
  /// the timestamp ordering; map keys of any type check; `format` checks its clauses only at
  /// run time; `a.b.c` is declared.
  static let acceptedUnchecked: Set<String> = [
    "gt_null_unsupported", "gte_null_unsupported", "lt_null_unsupported", "lte_null_unsupported",
    "map_key_float", "map_key_null", "qualified_identifier_resolution_unchecked",
  ]

  @Test func testsThatDisableCheckingAreRejected() {
    var accepted: [String] = []
    for c in Self.cases where c.disableCheck && c.container == nil && c.file != "string_ext" {
      guard let parsed = CELParser().parse(c.expr).expression else { continue }
      let declarations = Declarations(variables: c.variables, functions: Self.library)
      if CELChecker(declarations: declarations).check(parsed).diagnostics.isEmpty {
        accepted.append(c.name)
      }
    }
    #expect(Set(accepted) == Self.acceptedUnchecked)
    #expect(accepted.count == Self.acceptedUnchecked.count)
  }
}
