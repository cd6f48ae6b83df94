import CEL
import RuleEngine
import SourceDiagnostics

/// A libFuzzer target: bytes as UTF-8 text → ``CELParser`` → ``CELChecker`` with the bundled
/// pack's declarations (a rule of scope `Commune` sees `self`) → ``Program`` evaluated on a
/// tiny activation with a small budget, checked or not, and checked with its constant parts
/// computed once, which must give the same value. The same text is then used as a regular
/// expression (RE2, through `matches`): compiled at run time and cached, and written as a
/// literal that the checker validates and the planner compiles, which must agree. Any trap,
/// leak or sanitizer report is a bug; every other answer is fine.
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
    runRegex(text)
  }

  /// `subject.matches(pattern)` with both bound at run time (the cached, dynamic path), and the
  /// expression that quotes a string as a CEL literal.
  static let dynamicMatch = program("subject.matches(pattern)")
  static let quote = program("strings.quote(pattern)")
  static let regexDeclarations = Declarations(
    variables: ["subject": .string], functions: FunctionLibrary.standard.signatures)
  static let subjects = ["", "Hòa Bình 0912 345 678", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!", "Đội dân quân\n(1)"]

  static func program(_ text: String) -> Program {
    guard let parsed = CELParser().parse(text).expression, let program = try? Program(parsed) else {
      fatalError("the fuzz target's own expression '\(text)' does not compile")
    }
    return program
  }

  /// The input as a pattern: the dynamic path and the literal path give the same answers, and
  /// the checker rejects the literal exactly when the pattern does not compile. Bound values
  /// are NFC, as a host's must be (the planner normalises literals).
  static func runRegex(_ text: String) {
    let pattern = Value.normalizedString(text)
    var budget = CostBudget(limit: 1_000_000)
    guard case .string(let literal) = quote.evaluate(Bindings(["pattern": pattern]), budget: &budget),
      let parsed = CELParser().parse("subject.matches(\(literal))").expression
    else { return }
    let checked = CELChecker(declarations: regexDeclarations).check(parsed)
    let literalProgram = checked.checked.flatMap { try? Program($0) }
    for subject in subjects + [text] {
      let bindings = Bindings(["subject": .normalizedString(subject), "pattern": pattern])
      budget.reset()
      let dynamic = dynamicMatch.evaluate(bindings, budget: &budget)
      switch dynamic {
      case .bool:
        guard let literalProgram else { fatalError("the checker rejected \(literal), which RE2 compiles") }
        budget.reset()
        let constant = literalProgram.evaluate(bindings, budget: &budget)
        if case .error(let e) = constant, e.kind == .costLimit { continue }
        if display(constant) != display(dynamic) {
          fatalError("\(literal) on '\(subject)': \(display(constant)) as a literal, \(display(dynamic)) at run time")
        }
      case .error(let e) where e.kind == .invalidRegex:
        if literalProgram != nil { fatalError("the checker accepted \(literal), which RE2 rejects") }
      case .error(let e) where e.kind == .costLimit:
        continue
      default:
        fatalError("'\(subject)'.matches(\(literal)) gave \(display(dynamic))")
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
