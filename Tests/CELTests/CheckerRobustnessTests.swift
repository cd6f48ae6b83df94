import SourceDiagnostics
import Testing

@testable import CEL

/// The checker never traps and always answers, whatever tree the parser accepts.
@Suite struct CheckerRobustnessTests {
  /// A small deterministic generator, so failures reproduce.
  struct Generator {
    var state: UInt64
    mutating func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(max(1, bound)))
    }
  }

  static let pieces = [
    " + ", " == ", "[", "]", "(", ")", ".", ",", "{", "}", ":", "x", "self", "1", "'a'", "1.0",
    " in ", "!", "?", ".all(v, ", ".map(v, ", "has(", "size(", "null", "dyn(", "u", "-",
  ]

  static func ids(of expr: Expr) -> [ExprID] {
    var ids = [expr.id]
    switch expr.kind {
    case .literal, .ident: break
    case .select(let operand, _, _): ids += Self.ids(of: operand)
    case .call(_, let target, let args):
      if let target { ids += Self.ids(of: target) }
      ids += args.flatMap(Self.ids(of:))
    case .list(let elements): ids += elements.flatMap(Self.ids(of:))
    case .map(let entries): ids += entries.flatMap { Self.ids(of: $0.key) + Self.ids(of: $0.value) }
    case .structure(_, let fields): ids += fields.flatMap { Self.ids(of: $0.value) }
    case .comprehension(let c):
      ids += [c.iterRange, c.accuInit, c.loopCondition, c.loopStep, c.result].flatMap(Self.ids(of:))
    }
    return ids
  }

  static func containsVariableOrError(_ type: CELType) -> Bool {
    switch type {
    case .typeParam, .error: true
    case .list(let element): containsVariableOrError(element)
    case .map(let key, let value): containsVariableOrError(key) || containsVariableOrError(value)
    case .type(let inner?): containsVariableOrError(inner)
    default: false
    }
  }

  @Test func mutatedExpressionsCheckWithoutTrapping() {
    let library = FunctionLibrary.standard.signatures
    var declarations = SchemaFixture.declarations
    declarations.functions = library
    declarations.variables["x"] = .dyn
    let checker = CELChecker(declarations: declarations)
    var generator = Generator(state: 2024)
    var checked = 0
    for c in CheckerConformanceTests.cases {
      var scalars = Array(c.expr.unicodeScalars)
      for _ in 0..<3 {
        let at = generator.next(scalars.count + 1)
        switch generator.next(3) {
        case 0 where !scalars.isEmpty:
          scalars.remove(at: min(at, scalars.count - 1))
        default:
          let piece = Self.pieces[generator.next(Self.pieces.count)]
          scalars.insert(contentsOf: piece.unicodeScalars, at: at)
        }
        var text = ""
        text.unicodeScalars.append(contentsOf: scalars)
        guard let parsed = CELParser().parse(text).expression else { continue }
        let result = checker.check(parsed, expecting: .bool)
        // Either a checked expression or at least one error, never neither.
        #expect(result.checked != nil || !result.diagnostics.isEmpty)
        if let expression = result.checked {
          // No type variable is left and no error, anywhere. (The parts of a dotted name
          // that resolves as a whole, such as `strings` in `strings.quote(s)`, have no type.)
          for id in Self.ids(of: parsed.expr) {
            if let type = expression.types[id] {
              #expect(!Self.containsVariableOrError(type), "\(text) \(id)")
            }
          }
          #expect(expression.types[parsed.expr.id] != nil)
        }
        checked += 1
      }
    }
    #expect(checked > 1000)
  }
}
