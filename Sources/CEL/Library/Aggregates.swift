/// The dqtv numeric extensions (`sum`, `percent`) and cel-go's math extension.
enum Aggregates {
  /// `sum(list)`: the sum of a list of ints (an error on overflow), of uints, or of doubles;
  /// 0 for an empty list. Mixed element types are an error.
  static func sum(_ list: ListValue) -> Value {
    guard let first = list.first(where: { _ in true }) else { return .int(0) }
    switch first {
    case .int:
      var total: Int64 = 0
      for element in list {
        guard case .int(let i) = element else { return mixed(element) }
        let (r, overflow) = total.addingReportingOverflow(i)
        if overflow { return Failure.overflow }
        total = r
      }
      return .int(total)
    case .uint:
      var total: UInt64 = 0
      for element in list {
        guard case .uint(let u) = element else { return mixed(element) }
        let (r, overflow) = total.addingReportingOverflow(u)
        if overflow { return Failure.overflow }
        total = r
      }
      return .uint(total)
    case .double:
      var total = 0.0
      for element in list {
        guard case .double(let d) = element else { return mixed(element) }
        total += d
      }
      return .double(total)
    default:
      return Failure.invalid("sum: list elements must be int, uint or double, not \(first.typeName)")
    }
  }

  private static func mixed(_ element: Value) -> Value {
    Failure.invalid("sum: list elements must all have the same numeric type, found \(element.typeName)")
  }

  static func asDouble(_ v: Value) -> Double? {
    switch v {
    case .int(let i): Double(i)
    case .uint(let u): Double(u)
    case .double(let d): d
    default: nil
    }
  }

  /// `percent(part, whole)`: `100.0 * part / whole` as a double; an error when `whole` is 0.
  static func percent(_ part: Value, _ whole: Value) -> Value {
    guard let p = asDouble(part), let w = asDouble(whole) else {
      return Failure.mismatch("percent", part, whole)
    }
    if w == 0 { return Failure.invalid("percent: whole is zero") }
    return .double(100.0 * p / w)
  }

  /// `math.greatest` / `math.least` over numbers of mixed types: the extreme value, with its
  /// own type; an error for an empty list or a non-number.
  static func extreme(_ values: [Value], greatest: Bool, name: String) -> Value {
    guard var best = values.first else {
      return Failure.invalid("\(name)(): list is empty")
    }
    for value in values {
      guard let order = Value.numericCompare(value, best) ?? nanOrder(value, best) else {
        return .error("\(name)(): no such overload for \(value.typeName)", kind: .noMatchingOverload)
      }
      if greatest ? order > 0 : order < 0 { best = value }
    }
    if asDouble(best) == nil {
      return .error("\(name)(): no such overload for \(best.typeName)", kind: .noMatchingOverload)
    }
    return best
  }

  /// NaN is treated as neither greater nor smaller (the first one seen is kept).
  private static func nanOrder(_ a: Value, _ b: Value) -> Int? {
    asDouble(a) != nil && asDouble(b) != nil ? 0 : nil
  }

  static func extremeOfList(_ list: Value, greatest: Bool, name: String) -> Value {
    guard case .list(let elements) = list else {
      return extreme([list], greatest: greatest, name: name)
    }
    return extreme(elements.elements, greatest: greatest, name: name)
  }
}
