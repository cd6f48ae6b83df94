/// The type conversions `int`, `uint`, `double`, `string`, `bool`, `bytes`.
enum Conversions {
  static func toInt(_ v: Value) -> Value {
    switch v {
    case .int: return v
    case .uint(let u):
      return u > UInt64(Int64.max) ? Failure.range("uint \(u) out of int range") : .int(Int64(u))
    case .double(let d):
      // Exclusive at both ends, as cel-go: -2^63 itself is rejected too.
      guard d.isFinite, d > -9.223372036854775808e18, d < 9.223372036854775807e18 else {
        return Failure.range("double \(d) out of int range")
      }
      return .int(Int64(d.rounded(.towardZero)))
    case .string(let s):
      guard let i = Int64(s) else { return Failure.invalid("invalid int: '\(s)'") }
      return .int(i)
    case .timestamp(let t): return .int(t.seconds)
    default: return Failure.mismatch("int", v)
    }
  }

  static func toUInt(_ v: Value) -> Value {
    switch v {
    case .uint: return v
    case .int(let i): return i < 0 ? Failure.range("int \(i) out of uint range") : .uint(UInt64(i))
    case .double(let d):
      guard d.isFinite, d > -1, d < 1.8446744073709551615e19 else {
        return Failure.range("double \(d) out of uint range")
      }
      return .uint(UInt64(d.rounded(.towardZero)))
    case .string(let s):
      guard !s.hasPrefix("+"), let u = UInt64(s) else { return Failure.invalid("invalid uint: '\(s)'") }
      return .uint(u)
    default: return Failure.mismatch("uint", v)
    }
  }

  static func toDouble(_ v: Value) -> Value {
    switch v {
    case .double: return v
    case .int(let i): return .double(Double(i))
    case .uint(let u): return .double(Double(u))
    case .string(let s):
      guard let d = Double(s) else { return Failure.invalid("invalid double: '\(s)'") }
      return .double(d)
    default: return Failure.mismatch("double", v)
    }
  }

  static func toString(_ v: Value) -> Value {
    switch v {
    case .string: return v
    case .int(let i): return .string(String(i))
    case .uint(let u): return .string(String(u))
    case .double(let d): return .string(formatDouble(d))
    case .bool(let b): return .string(b ? "true" : "false")
    case .bytes(let b):
      let text = String(decoding: b, as: UTF8.self)
      guard text.utf8.elementsEqual(b) else { return Failure.invalid("invalid UTF-8 in bytes") }
      return .string(CELString.nfc(text))
    case .timestamp(let t): return .string(t.description)
    case .duration(let d): return .string(d.description)
    case .type(let t): return .string(t.name)
    default: return Failure.mismatch("string", v)
    }
  }

  static func toBool(_ v: Value) -> Value {
    switch v {
    case .bool: return v
    case .string(let s):
      switch s {
      case "1", "t", "true", "TRUE", "True": return .bool(true)
      case "0", "f", "false", "FALSE", "False": return .bool(false)
      default: return Failure.invalid("Type conversion error: invalid bool '\(s)'")
      }
    default: return Failure.mismatch("bool", v)
    }
  }

  static func toBytes(_ v: Value) -> Value {
    switch v {
    case .bytes: return v
    case .string(let s): return .bytes(Array(s.utf8))
    default: return Failure.mismatch("bytes", v)
    }
  }

  static func toTimestamp(_ v: Value) -> Value {
    switch v {
    case .timestamp: return v
    case .int(let seconds):
      return CELTimestamp(seconds: seconds).map(Value.timestamp)
        ?? Failure.range("timestamp out of range")
    case .string(let s):
      switch CELTimestamp.parse(s) {
      case .success(let t): return .timestamp(t)
      case .failure(let e): return .error(e)
      }
    default: return Failure.mismatch("timestamp", v)
    }
  }

  static func toDuration(_ v: Value) -> Value {
    switch v {
    case .duration: return v
    case .string(let s):
      switch CELDuration.parse(s) {
      case .success(let d): return .duration(d)
      case .failure(let e): return .error(e)
      }
    default: return Failure.mismatch("duration", v)
    }
  }

  /// Formats a double as CEL (Go's `strconv.FormatFloat(d, 'g', -1, 64)`) does: the shortest
  /// digits that round-trip, in exponent form when the exponent is below -4 or at least 6
  /// (`123.456`, `-0.0045`, `1e+06`, `1.5e-07`), as Go's `%g`.
  static func formatDouble(_ d: Double) -> String {
    if d.isNaN { return "NaN" }
    if d.isInfinite { return d < 0 ? "-Inf" : "+Inf" }
    if d == 0 { return d.sign == .minus ? "-0" : "0" }
    // Shortest round-trip digits and decimal exponent, from Swift's description.
    let (negative, digits, pointPosition) = shortestDigits(d)
    let exponent = pointPosition - 1
    var text = negative ? "-" : ""
    if exponent < -4 || exponent >= 6 {
      text += String(digits.first!)
      if digits.count > 1 { text += "." + digits.dropFirst() }
      let e = abs(exponent)
      text += (exponent < 0 ? "e-" : "e+") + (e < 10 ? "0" : "") + String(e)
    } else if pointPosition <= 0 {
      text += "0." + String(repeating: "0", count: -pointPosition) + digits
    } else if pointPosition >= digits.count {
      text += digits + String(repeating: "0", count: pointPosition - digits.count)
    } else {
      let split = digits.index(digits.startIndex, offsetBy: pointPosition)
      text += digits[..<split] + "." + digits[split...]
    }
    return text
  }

  /// The significant digits of `d` (no leading or trailing zeros) and the position of the
  /// decimal point relative to the first digit (`123.45` → `12345`, 3).
  private static func shortestDigits(_ d: Double) -> (Bool, String, Int) {
    var text = "\(d.magnitude)"
    var exponent = 0
    if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
      exponent = Int(text[text.index(after: e)...])!
      text = String(text[..<e])
    }
    var integerPart = text
    var fractionPart = ""
    if let dot = text.firstIndex(of: ".") {
      integerPart = String(text[..<dot])
      fractionPart = String(text[text.index(after: dot)...])
    }
    var digits = integerPart + fractionPart
    var point = integerPart.count + exponent
    while digits.hasPrefix("0") {
      digits.removeFirst()
      point -= 1
    }
    while digits.hasSuffix("0") { digits.removeLast() }
    return (d.sign == .minus, digits, point)
  }
}
