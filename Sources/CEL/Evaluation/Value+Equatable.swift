/// Swift equality of values, for hosts and tests: the same type and the same value (`.int(1)`
/// is not `.uint(1)`, unlike CEL's `==`; see ``Value/celEquals(_:_:)``). Doubles compare as
/// Swift doubles (NaN is unequal to itself); maps ignore entry order; host records compare by
/// identity; errors by message and node.
extension Value: Equatable {
  /// Same type and same value.
  package static func == (lhs: Value, rhs: Value) -> Bool {
    switch (lhs, rhs) {
    case (.null, .null): return true
    case (.bool(let a), .bool(let b)): return a == b
    case (.int(let a), .int(let b)): return a == b
    case (.uint(let a), .uint(let b)): return a == b
    case (.double(let a), .double(let b)): return a == b
    case (.string(let a), .string(let b)): return a == b
    case (.bytes(let a), .bytes(let b)): return a == b
    case (.timestamp(let a), .timestamp(let b)): return a == b
    case (.duration(let a), .duration(let b)): return a == b
    case (.type(let a), .type(let b)): return a == b
    case (.object(let a), .object(let b)): return a === b
    case (.error(let a), .error(let b)): return a.kind == b.kind && a.message == b.message && a.id == b.id
    case (.list(let a), .list(let b)):
      return a.count == b.count && zip(a, b).allSatisfy { $0 == $1 }
    case (.map(let a), .map(let b)):
      guard a.count == b.count else { return false }
      for (key, value) in zip(a.keys, a.values) {
        guard let other = b.value(forKey: key), other == value,
          b.keys.contains(where: { $0 == key })
        else { return false }
      }
      return true
    default: return false
    }
  }
}
