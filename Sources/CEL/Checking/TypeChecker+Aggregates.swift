import SourceDiagnostics

extension TypeChecker {
  /// `[a, b, c]`: the element type is the most general of the elements' types, or `dyn` when
  /// they do not agree (cel-go without homogeneous aggregate literals); `[]` has a fresh
  /// element type that later uses may bind.
  mutating func checkList(_ expr: Expr, elements: [Expr]) {
    var elementType: CELType?
    for element in elements {
      check(element)
      elementType = join(elementType, type(of: element))
    }
    setType(.list(elementType ?? freshTypeVariable()), of: expr)
  }

  /// `{k: v, ...}`: keys and values are joined as list elements are.
  mutating func checkMap(_ expr: Expr, entries: [MapEntry]) {
    var keyType: CELType?
    var valueType: CELType?
    for entry in entries {
      check(entry.key)
      keyType = join(keyType, type(of: entry.key))
      check(entry.value)
      valueType = join(valueType, type(of: entry.value))
    }
    if let keyType, let valueType {
      setType(.map(key: keyType, value: valueType), of: expr)
    } else {
      setType(.map(key: freshTypeVariable(), value: freshTypeVariable()), of: expr)
    }
  }

  private mutating func join(_ previous: CELType?, _ current: CELType) -> CELType {
    guard let previous else { return current }
    if mapping.isAssignable(previous, current) {
      return TypeMapping.mostGeneral(previous, current)
    }
    return .dyn
  }

  /// A comprehension (the expansion of `all`, `exists`, `map`, `filter`, `cel.bind`...): the
  /// iteration variable ranges over a list's elements or a map's keys, the accumulator has the
  /// type of its initial value, the loop condition must be a bool and the step must agree
  /// with the accumulator.
  mutating func checkComprehension(_ expr: Expr, _ c: Comprehension) {
    check(c.iterRange)
    check(c.accuInit)
    let rangeType = resolvedType(of: c.iterRange)
    let accuType = type(of: c.accuInit)

    scopes.append([c.accuVar: accuType])
    let variableType: CELType
    switch rangeType {
    case .list(let element):
      variableType = element
    case .map(let key, _):
      variableType = key
    case .dyn, .error, .typeParam:
      _ = mapping.isAssignable(.dyn, rangeType)
      variableType = .dyn
    default:
      report(CheckerMessage.notRange(rangeType), spanning: c.iterRange)
      variableType = .error
    }

    scopes.append([c.iterVar: variableType])
    check(c.loopCondition)
    expect(c.loopCondition, toBe: .bool)
    check(c.loopStep)
    expect(c.loopStep, toBe: accuType)
    scopes.removeLast()

    check(c.result)
    scopes.removeLast()
    setType(resolvedType(of: c.result), of: expr)
  }

  /// Reports a node whose type cannot be assigned to `expected`.
  private mutating func expect(_ expr: Expr, toBe expected: CELType) {
    guard !mapping.isAssignable(expected, type(of: expr)) else { return }
    report(
      CheckerMessage.typeMismatch(
        expected: mapping.substitute(expected, unboundToDyn: true),
        found: mapping.substitute(type(of: expr), unboundToDyn: true)),
      spanning: expr)
  }
}
