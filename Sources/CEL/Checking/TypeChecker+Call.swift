import SourceDiagnostics

extension TypeChecker {
  /// A function or operator call: `f(args)`, `target.f(args)` or a namespaced `ns.f(args)`.
  mutating func checkCall(_ expr: Expr, function: String, target: Expr?, args: [Expr]) {
    for arg in args { check(arg) }

    guard let target else {
      guard let signature = functions[function] else {
        reportUndeclaredFunction(function, at: expr)
        setType(.error, of: expr)
        return
      }
      resolve(expr, signature, target: nil, args: args)
      return
    }

    // `a.b.f(x)` may call the namespaced function `a.b.f` rather than `f` on `a.b`.
    if let prefix = Self.qualifiedName(of: target),
      let root = Self.rootName(of: target), !isLocal(root),
      let signature = functions["\(prefix).\(function)"]
    {
      resolve(expr, signature, target: nil, args: args)
      return
    }

    // `math.greates(1, 2)`: a misspelt function of a namespace that is no variable.
    if let prefix = Self.qualifiedName(of: target), let root = Self.rootName(of: target),
      lookupIdent(root) == nil, lookupQualified(prefix) == nil
    {
      let namespaced = functions.keys.filter { $0.hasPrefix("\(prefix).") }
      if !namespaced.isEmpty {
        let name = "\(prefix).\(function)"
        let suggestion = NameSuggestion.nearest(to: name, in: namespaced)
        report(CheckerMessage.undeclared(name, suggestion: suggestion), at: expr)
        setType(.error, of: expr)
        return
      }
    }

    check(target)
    guard let signature = functions[function] else {
      reportUndeclaredFunction(function, at: expr)
      setType(.error, of: expr)
      return
    }
    resolve(expr, signature, target: target, args: args)
  }

  private mutating func reportUndeclaredFunction(_ name: String, at expr: Expr) {
    // Operators (`_+_`, `@in`, `!_`...) are not names a user types.
    let names = functions.keys.filter { $0.first.map { $0.isLetter } ?? false }
    let suggestion = NameSuggestion.nearest(to: name, in: names)
    report(CheckerMessage.undeclared(name, suggestion: suggestion), at: expr)
  }

  /// Picks the overloads whose parameters accept the arguments, as cel-go does: every matching
  /// overload is a candidate; the first fixes the result type, a second with another result
  /// type widens it to `dyn`.
  private mutating func resolve(
    _ expr: Expr, _ signature: FunctionSignature, target: Expr?, args: [Expr]
  ) {
    let operands = (target.map { [$0] } ?? []) + args
    let argTypes = operands.map { type(of: $0) }

    if signature.name == Operator.logicalAnd || signature.name == Operator.logicalOr {
      resolveLogical(expr, signature, operands: operands)
      return
    }

    var result: CELType?
    var candidates: [String] = []
    for overload in signature.overloads where overload.isReceiverStyle == (target != nil) {
      var renaming: [String: CELType] = [:]
      for parameter in overload.typeParameters { renaming[parameter] = freshTypeVariable() }
      let parameters = overload.parameters.map { Self.rename($0, renaming) }
      guard mapping.isAssignable(argTypes, parameters) else { continue }
      candidates.append(overload.id)
      let overloadResult = mapping.substitute(Self.rename(overload.result, renaming))
      if let current = result {
        if current != .dyn && current != overloadResult { result = .dyn }
      } else {
        result = overloadResult
      }
    }

    guard let result else {
      let shown = argTypes.map { mapping.substitute($0, unboundToDyn: true) }
      report(
        CheckerMessage.noOverload(
          signature.name, arguments: shown, receiverStyle: target != nil),
        at: expr)
      setType(.error, of: expr)
      return
    }
    overloads[expr.id] = candidates
    setType(result, of: expr)
    checkEnumValues(in: expr, function: signature.name, operands: operands)
    if signature.name == "matches", operands.count == 2 { checkPattern(operands[1]) }
  }

  /// A constant pattern of `matches` must be valid RE2 syntax: it is compiled here, and an
  /// invalid one is reported at the string literal.
  private mutating func checkPattern(_ pattern: Expr) {
    guard case .literal(.string(let text)) = pattern.kind,
      case .failure(let error) = CompiledRegex.compile(CELString.nfc(text))
    else { return }
    report(CheckerMessage.invalidRegex(error), spanning: pattern)
  }

  /// `&&` and `||`: every operand must be a bool (or dyn).
  private mutating func resolveLogical(
    _ expr: Expr, _ signature: FunctionSignature, operands: [Expr]
  ) {
    var failed = false
    for operand in operands where !mapping.isAssignable(type(of: operand), .bool) {
      report(
        CheckerMessage.typeMismatch(
          expected: .bool, found: mapping.substitute(type(of: operand), unboundToDyn: true)),
        spanning: operand)
      failed = true
    }
    if failed {
      setType(.error, of: expr)
      return
    }
    if let first = signature.overloads.first { overloads[expr.id] = [first.id] }
    setType(.bool, of: expr)
  }

  /// Replaces an overload's declared type parameters by fresh type variables.
  static func rename(_ type: CELType, _ renaming: [String: CELType]) -> CELType {
    if renaming.isEmpty { return type }
    switch type {
    case .typeParam(let name): return renaming[name] ?? type
    case .list(let element): return .list(rename(element, renaming))
    case .map(let key, let value):
      return .map(key: rename(key, renaming), value: rename(value, renaming))
    case .type(let inner?): return .type(rename(inner, renaming))
    default: return type
    }
  }
}
