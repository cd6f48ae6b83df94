/// The implementations of CEL's arithmetic, comparison and membership operators.
enum Operators {
  // MARK: Arithmetic

  static func intResult(_ pair: (partialValue: Int64, overflow: Bool)) -> Value {
    pair.overflow ? Failure.overflow : .int(pair.partialValue)
  }

  static func uintResult(_ pair: (partialValue: UInt64, overflow: Bool)) -> Value {
    pair.overflow ? Failure.overflow : .uint(pair.partialValue)
  }

  static func add(_ a: Value, _ b: Value) -> Value {
    switch (a, b) {
    case (.int(let x), .int(let y)): return intResult(x.addingReportingOverflow(y))
    case (.uint(let x), .uint(let y)): return uintResult(x.addingReportingOverflow(y))
    case (.double(let x), .double(let y)): return .double(x + y)
    case (.string(let x), .string(let y)):
      // Joining two NFC strings can break NFC only when y starts with a combining mark.
      if let first = y.unicodeScalars.first, first.value >= 0x300 {
        return .string(CELString.nfc(x + y))
      }
      return .string(x + y)
    case (.bytes(let x), .bytes(let y)): return .bytes(x + y)
    case (.list(var x), .list(let y)):
      if x.isEmpty { return b }
      if y.isEmpty { return a }
      x.append(contentsOf: y)
      return .list(x)
    case (.timestamp(let t), .duration(let d)), (.duration(let d), .timestamp(let t)):
      return t.adding(d).map(Value.timestamp) ?? Failure.range("timestamp out of range")
    case (.duration(let x), .duration(let y)):
      return x.adding(y).map(Value.duration) ?? Failure.range("duration out of range")
    default: return Failure.mismatch("_+_", a, b)
    }
  }

  static func subtract(_ a: Value, _ b: Value) -> Value {
    switch (a, b) {
    case (.int(let x), .int(let y)): return intResult(x.subtractingReportingOverflow(y))
    case (.uint(let x), .uint(let y)): return uintResult(x.subtractingReportingOverflow(y))
    case (.double(let x), .double(let y)): return .double(x - y)
    case (.timestamp(let x), .timestamp(let y)):
      return x.subtracting(y).map(Value.duration) ?? Failure.range("duration out of range")
    case (.timestamp(let t), .duration(let d)):
      guard let negated = d.negated, let result = t.adding(negated) else {
        return Failure.range("timestamp out of range")
      }
      return .timestamp(result)
    case (.duration(let x), .duration(let y)):
      guard let negated = y.negated, let result = x.adding(negated) else {
        return Failure.range("duration out of range")
      }
      return .duration(result)
    default: return Failure.mismatch("_-_", a, b)
    }
  }

  static func multiply(_ a: Value, _ b: Value) -> Value {
    switch (a, b) {
    case (.int(let x), .int(let y)): return intResult(x.multipliedReportingOverflow(by: y))
    case (.uint(let x), .uint(let y)): return uintResult(x.multipliedReportingOverflow(by: y))
    case (.double(let x), .double(let y)): return .double(x * y)
    default: return Failure.mismatch("_*_", a, b)
    }
  }

  static func divide(_ a: Value, _ b: Value) -> Value {
    switch (a, b) {
    case (.int(let x), .int(let y)):
      if y == 0 { return Failure.divideByZero }
      return intResult(x.dividedReportingOverflow(by: y))
    case (.uint(let x), .uint(let y)):
      if y == 0 { return Failure.divideByZero }
      return .uint(x / y)
    case (.double(let x), .double(let y)): return .double(x / y)
    default: return Failure.mismatch("_/_", a, b)
    }
  }

  static func modulo(_ a: Value, _ b: Value) -> Value {
    switch (a, b) {
    case (.int(let x), .int(let y)):
      if y == 0 { return Failure.moduloByZero }
      return intResult(x.remainderReportingOverflow(dividingBy: y))
    case (.uint(let x), .uint(let y)):
      if y == 0 { return Failure.moduloByZero }
      return .uint(x % y)
    default: return Failure.mismatch("_%_", a, b)
    }
  }

  static func negate(_ a: Value) -> Value {
    switch a {
    case .int(let x): return intResult(Int64(0).subtractingReportingOverflow(x))
    case .double(let x): return .double(-x)
    default: return Failure.mismatch("-_", a)
    }
  }

  // MARK: Membership and indexing

  static func contains(list: Value, element: Value) -> Value {
    switch list {
    case .list(let elements):
      for candidate in elements where Value.celEquals(candidate, element) { return .bool(true) }
      return .bool(false)
    case .map(let map):
      return .bool(map.value(forKey: element) != nil)
    default: return Failure.mismatch("@in", element, list)
    }
  }

  static func index(_ container: Value, _ key: Value) -> Value {
    switch container {
    case .list(let list):
      let position: Int64
      switch key {
      case .int(let i): position = i
      case .uint(let u): position = u > UInt64(Int64.max) ? -1 : Int64(u)
      case .double(let d):
        guard d == d.rounded(.towardZero), d > -9.2e18, d < 9.2e18 else {
          return Failure.invalid("invalid_argument: index \(d) is not an integer")
        }
        position = Int64(d)
      default:
        return .error(
          "invalid_argument: no such overload: list index of type \(key.typeName)", kind: .noMatchingOverload)
      }
      guard position >= 0, position < list.count else {
        return Failure.index(position)
      }
      return list[Int(position)]
    case .map(let map):
      if let value = map.value(forKey: key) { return value }
      return .error("no such key: \(key.jsonText)", kind: .noSuchKey)
    default:
      return Failure.mismatch("_[_]", container, key)
    }
  }
}
