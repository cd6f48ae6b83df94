/// CEL equality and ordering (cel-spec langdef, "Equality" and "Ordering").
extension Value {
  /// CEL's `==` on two non-error values: numbers compare by numeric value across int, uint and
  /// double (NaN equals nothing); lists elementwise; maps by key set and values; values of
  /// different types are unequal (never an error).
  package static func celEquals(_ lhs: Value, _ rhs: Value) -> Bool {
    switch (lhs, rhs) {
    case (.null, .null): return true
    case (.bool(let a), .bool(let b)): return a == b
    case (.int(let a), .int(let b)): return a == b
    case (.string(let a), .string(let b)): return CELString.equal(a, b)
    case (.uint(let a), .uint(let b)): return a == b
    case (.double(let a), .double(let b)): return a == b
    case (.int, .uint), (.uint, .int), (.int, .double), (.double, .int), (.uint, .double),
      (.double, .uint):
      return numericCompare(lhs, rhs) == 0
    case (.bytes(let a), .bytes(let b)): return a == b
    case (.timestamp(let a), .timestamp(let b)): return a == b
    case (.duration(let a), .duration(let b)): return a == b
    case (.type(let a), .type(let b)): return a == b
    case (.list(let a), .list(let b)):
      guard a.count == b.count else { return false }
      for i in 0..<a.count where !celEquals(a[i], b[i]) { return false }
      return true
    case (.map(let a), .map(let b)):
      guard a.count == b.count else { return false }
      for (key, value) in zip(a.keys, a.values) {
        guard let other = b.value(forKey: key), celEquals(value, other) else { return false }
      }
      return true
    case (.object(let a), .object(let b)):
      if a === b { return true }
      guard a.typeName == b.typeName else { return false }
      let names = a.fieldNames
      guard names.count == b.fieldNames.count else { return false }
      for name in names {
        guard case .value(let x) = a.field(name), case .value(let y) = b.field(name),
          celEquals(x, y)
        else { return false }
      }
      return true
    default: return false
    }
  }

  /// Compares two numbers of any of int, uint and double exactly: -1, 0 or 1, or `nil` when
  /// either is NaN or a value is not a number.
  static func numericCompare(_ lhs: Value, _ rhs: Value) -> Int? {
    switch (lhs, rhs) {
    case (.int(let a), .int(let b)): return a < b ? -1 : (a == b ? 0 : 1)
    case (.uint(let a), .uint(let b)): return a < b ? -1 : (a == b ? 0 : 1)
    case (.double(let a), .double(let b)):
      if a.isNaN || b.isNaN { return nil }
      return a < b ? -1 : (a == b ? 0 : 1)
    case (.int(let a), .uint(let b)):
      if a < 0 { return -1 }
      let ua = UInt64(a)
      return ua < b ? -1 : (ua == b ? 0 : 1)
    case (.uint, .int): return numericCompare(rhs, lhs).map { -$0 }
    case (.int(let a), .double(let b)): return compare(int: a, double: b)
    case (.double, .int): return numericCompare(rhs, lhs).map { -$0 }
    case (.uint(let a), .double(let b)): return compare(uint: a, double: b)
    case (.double, .uint): return numericCompare(rhs, lhs).map { -$0 }
    default: return nil
    }
  }

  /// Int and uint against double compare as doubles, as cel-go does: the integer is converted
  /// (lossily above 2^53), so `9223372036854775807 < 9223372036854775808.0` is false.
  private static func compare(int a: Int64, double b: Double) -> Int? {
    compare(double: Double(a), b)
  }

  private static func compare(uint a: UInt64, double b: Double) -> Int? {
    compare(double: Double(a), b)
  }

  private static func compare(double a: Double, _ b: Double) -> Int? {
    if a.isNaN || b.isNaN { return nil }
    return a < b ? -1 : (a == b ? 0 : 1)
  }

  /// CEL ordering for `<`, `<=`, `>`, `>=`: -1, 0 or 1; `.failure(nil)` when the values are
  /// unordered (NaN), `.failure(error)` when no ordering exists for these types.
  static func celCompare(_ lhs: Value, _ rhs: Value) -> Int?? {
    switch (lhs, rhs) {
    case (.int, .int), (.int, .uint), (.int, .double), (.uint, .int), (.uint, .uint),
      (.uint, .double), (.double, .int), (.double, .uint), (.double, .double):
      return .some(numericCompare(lhs, rhs))
    case (.string(let a), .string(let b)): return CELString.compare(a, b)
    case (.bool(let a), .bool(let b)): return a == b ? 0 : (a ? 1 : -1)
    case (.bytes(let a), .bytes(let b)):
      return a.lexicographicallyPrecedes(b) ? -1 : (a == b ? 0 : 1)
    case (.timestamp(let a), .timestamp(let b)): return a < b ? -1 : (a == b ? 0 : 1)
    case (.duration(let a), .duration(let b)): return a < b ? -1 : (a == b ? 0 : 1)
    default: return nil
    }
  }
}
