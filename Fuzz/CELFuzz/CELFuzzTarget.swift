import CEL
import RuleEngine
import SourceDiagnostics

/// A libFuzzer target: bytes as UTF-8 text → ``CELParser`` → ``CELChecker`` with the bundled
/// pack's declarations (a rule of scope `Commune` sees `self`) → ``Program`` evaluated on a
/// tiny activation with a small budget, checked or not, and checked with its constant parts
/// computed once, which must give the same value. Any trap, leak or sanitizer report is a bug;
/// every other answer is fine.
enum CELFuzzTarget {
  /// The bundled pack's declarations, with `self` and the small variables below.
  static let declarations: Declarations = {
    let source = MemoryPackSource(name: "bundled:\(BundledPack.name)", files: BundledPack.files)
    let loaded = RulePackLoader(namedPacks: [BundledPack.name: source]).load(source)
    var d = Declarations(functions: FunctionLibrary.standard.signatures)
    if let pack = loaded.pack { d = RuleCompiler().declarations(for: pack) }
    d.variables["self"] = .object("Commune")
    d.variables["x"] = .int
    d.variables["s"] = .string
    d.variables["l"] = .list(.int)
    d.variables["m"] = .map(key: .string, value: .int)
    return d
  }()

  static let activation = Bindings([
    "x": .int(7),
    "s": .string("Hòa Bình"),
    "l": .list([.int(1), .int(2), .int(3)]),
    "m": .map(MapValue(["a": .int(1), "b": .int(2)])),
  ])

  static func run(_ bytes: [UInt8]) {
    guard let text = String(validating: bytes, as: UTF8.self) else { return }
    let parsed = CELParser().parse(text)
    guard let expression = parsed.expression else { return }
    let checked = CELChecker(declarations: declarations).check(expression)
    var budget = CostBudget(limit: 20_000)
    if let program = try? Program(expression) {
      _ = display(program.evaluate(activation, budget: &budget))
    }
    if let c = checked.checked, let program = try? Program(c) {
      budget.reset()
      let value = program.evaluate(activation, budget: &budget)
      // Computing the constant parts once must not change a value that could be computed.
      budget.reset()
      let folded = program.specialized([:]).evaluate(activation, budget: &budget)
      if case .error = value {
      } else if display(value) != display(folded) {
        fatalError("folding changed \(display(value)) into \(display(folded))")
      }
    }
  }

  static func display(_ value: Value) -> String {
    value.displayText
  }
}

/// libFuzzer's entry point.
@_cdecl("LLVMFuzzerTestOneInput")
public func celFuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
  let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
  CELFuzzTarget.run(bytes)
  return 0
}
