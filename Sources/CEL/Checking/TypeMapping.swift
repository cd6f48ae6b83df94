/// Bindings of type variables found while checking one expression, and the assignability
/// relation of CEL's gradual type system.
///
/// `dyn` (and the `error` type of a node that failed to check) is assignable to and from every
/// type; `null` is assignable to and from records and to timestamps and durations; an enumeration is
/// assignable to and from `string`; lists and maps are compared element-wise; type variables are
/// bound by unification with an occurs check, widening an earlier binding when a later use is
/// more general (`A` bound to `int`, then met with `dyn`, becomes `dyn`).
struct TypeMapping: Sendable {
  private(set) var bindings: [String: CELType] = [:]
  /// A bound on the nesting followed through types and bindings: far above what the parser's
  /// tree-height limit lets an expression build, it only guards against a cycle of bindings,
  /// which the occurs check already prevents.
  static let maxDepth = 4096

  /// The binding of a type variable, if any.
  func binding(of name: String) -> CELType? { bindings[name] }

  /// Whether `t1` is assignable to `t2`; on success the mapping keeps the bindings made.
  mutating func isAssignable(_ t1: CELType, _ t2: CELType) -> Bool {
    var copy = self
    guard copy.assign(t1, t2) else { return false }
    self = copy
    return true
  }

  /// Whether each type of `l1` is assignable to the type at the same index of `l2`.
  mutating func isAssignable(_ l1: [CELType], _ l2: [CELType]) -> Bool {
    var copy = self
    guard copy.assignAll(l1, l2) else { return false }
    self = copy
    return true
  }

  /// Replaces bound type variables by their bindings; unbound ones become `dyn` when
  /// `unboundToDyn` is set.
  func substitute(_ type: CELType, unboundToDyn: Bool = false) -> CELType {
    substitute(type, unboundToDyn: unboundToDyn, depth: 0)
  }

  private func substitute(_ type: CELType, unboundToDyn: Bool, depth: Int) -> CELType {
    guard depth < Self.maxDepth else { return .dyn }
    switch type {
    case .typeParam(let name):
      if let bound = bindings[name] {
        return substitute(bound, unboundToDyn: unboundToDyn, depth: depth + 1)
      }
      return unboundToDyn ? .dyn : type
    case .list(let element):
      return .list(substitute(element, unboundToDyn: unboundToDyn, depth: depth + 1))
    case .map(let key, let value):
      return .map(
        key: substitute(key, unboundToDyn: unboundToDyn, depth: depth + 1),
        value: substitute(value, unboundToDyn: unboundToDyn, depth: depth + 1))
    case .type(let inner?):
      return .type(substitute(inner, unboundToDyn: unboundToDyn, depth: depth + 1))
    default:
      return type
    }
  }

  private mutating func assignAll(_ l1: [CELType], _ l2: [CELType]) -> Bool {
    guard l1.count == l2.count else { return false }
    for (a, b) in zip(l1, l2) where !assign(a, b) { return false }
    return true
  }

  private mutating func assign(_ t1: CELType, _ t2: CELType) -> Bool {
    if case .typeParam = t2 {
      let (valid, hasBinding) = substitution(t1, for: t2)
      if valid { return true }
      if hasBinding { return false }
    }
    if case .typeParam = t1 {
      return substitution(t2, for: t1).valid
    }
    if t1.isDynOrError || t2.isDynOrError { return true }
    switch (t1, t2) {
    case (.null, _):
      return t2.isNullable
    case (_, .null):
      return t1.isNullable
    case (.enumeration(let a), .enumeration(let b)):
      return a == b
    case (.enumeration, .string), (.string, .enumeration):
      return true
    case (.list(let a), .list(let b)):
      return assign(a, b)
    case (.map(let k1, let v1), .map(let k2, let v2)):
      return assign(k1, k2) && assign(v1, v2)
    case (.type, .type):
      // A type value is a type value, whatever it denotes.
      return true
    default:
      return t1 == t2
    }
  }

  /// Whether `candidate` (or the binding of `variable`) can stand for `variable`; binds it if so.
  private mutating func substitution(
    _ candidate: CELType, for variable: CELType
  ) -> (valid: Bool, hasBinding: Bool) {
    guard case .typeParam(let name) = variable else { return (false, false) }
    if candidate == variable { return (true, true) }
    if let bound = bindings[name] {
      if candidate == bound { return (true, true) }
      if assign(candidate, bound) {
        let widened = Self.mostGeneral(candidate, bound)
        if notReferenced(variable, in: widened, depth: 0) { bindings[name] = widened }
        return (true, true)
      }
      return (false, true)
    }
    if notReferenced(variable, in: candidate, depth: 0) {
      bindings[name] = candidate
      return (true, false)
    }
    return (false, false)
  }

  /// The occurs check: whether `variable` does not occur in `type`, following bindings.
  private func notReferenced(_ variable: CELType, in type: CELType, depth: Int) -> Bool {
    guard depth < Self.maxDepth else { return false }
    if variable == type { return false }
    switch type {
    case .typeParam(let name):
      guard let bound = bindings[name] else { return true }
      return notReferenced(variable, in: bound, depth: depth + 1)
    case .list(let element):
      return notReferenced(variable, in: element, depth: depth + 1)
    case .map(let key, let value):
      return notReferenced(variable, in: key, depth: depth + 1)
        && notReferenced(variable, in: value, depth: depth + 1)
    case .type(let inner?):
      return notReferenced(variable, in: inner, depth: depth + 1)
    default:
      return true
    }
  }

  /// The more general of two types known to unify (`dyn` over `int`, `string` over an
  /// enumeration, `list(dyn)` over `list(int)`).
  static func mostGeneral(_ t1: CELType, _ t2: CELType) -> CELType {
    isEqualOrLessSpecific(t1, t2) ? t1 : t2
  }

  /// Whether `t1` is the same as `t2` or less specific than it.
  static func isEqualOrLessSpecific(_ t1: CELType, _ t2: CELType) -> Bool {
    if t1 == .dyn { return true }
    if case .typeParam = t1 { return true }
    if t2 == .dyn { return false }
    if case .typeParam = t2 { return false }
    switch (t1, t2) {
    case (.string, .enumeration):
      return true
    case (.list(let a), .list(let b)):
      return isEqualOrLessSpecific(a, b)
    case (.map(let k1, let v1), .map(let k2, let v2)):
      return isEqualOrLessSpecific(k1, k2) && isEqualOrLessSpecific(v1, v2)
    case (.type, .type):
      return true
    default:
      return t1 == t2
    }
  }
}

extension CELType {
  /// `dyn` or the type of a node that failed to check: both match any type.
  var isDynOrError: Bool { self == .dyn || self == .error }

  /// Whether `null` is assignable to the type (records, timestamps, durations, `null` itself).
  var isNullable: Bool {
    switch self {
    case .null, .object, .timestamp, .duration: true
    default: false
    }
  }
}
