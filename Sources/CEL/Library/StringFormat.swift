import Foundation

/// `'...'.format([args])` of cel-go's strings extension: `%s`, `%d`, `%f`, `%e`, `%b`, `%o`,
/// `%x`, `%X`, with an optional precision (`%.3f`), and `%%` for a percent sign.
enum StringFormat {
  static func format(_ template: String, _ args: ListValue) -> Value {
    var result = ""
    var scalars = template.unicodeScalars[...]
    var argumentIndex = 0
    while let c = scalars.first {
      scalars = scalars.dropFirst()
      guard c == "%" else {
        result.unicodeScalars.append(c)
        continue
      }
      if scalars.first == "%" {
        scalars = scalars.dropFirst()
        result += "%"
        continue
      }
      var precision: Int?
      if scalars.first == "." {
        scalars = scalars.dropFirst()
        var digits = 0
        while let d = scalars.first, d.value >= 48, d.value <= 57 {
          digits = min(digits * 10 + Int(d.value - 48), 1_000_000)
          scalars = scalars.dropFirst()
        }
        guard digits <= 1000 else {
          return Failure.invalid("could not parse formatting clause: precision \(digits) is too large")
        }
        precision = digits
      }
      guard let verb = scalars.first else {
        return Failure.invalid("could not parse formatting clause: unterminated clause at end of string")
      }
      scalars = scalars.dropFirst()
      guard "sdfeboxX".unicodeScalars.contains(verb) else {
        return .error(
          "could not parse formatting clause: unrecognized formatting clause \"\(verb)\"")
      }
      guard argumentIndex < args.count else {
        return Failure.invalid("index \(argumentIndex) out of range")
      }
      let argument = args[argumentIndex]
      argumentIndex += 1
      switch clause(verb, precision, argument) {
      case .success(let text): result += text
      case .failure(let message): return Failure.invalid("error during formatting: \(message.message)")
      }
    }
    return .string(CELString.nfc(result))
  }

  private static func clause(
    _ verb: Unicode.Scalar, _ precision: Int?, _ v: Value
  )
    -> Result<String, EvaluationError>
  {
    func fail(_ text: String) -> Result<String, EvaluationError> {
      .failure(EvaluationError(text + ", was given \(v.typeName)", kind: .invalidArgument))
    }
    switch verb {
    case "s":
      return text(v)
    case "d":
      switch v {
      case .int(let i): return .success(String(i))
      case .uint(let u): return .success(String(u))
      case .double(let d) where !d.isFinite: return .success(special(d))
      default: return fail("decimal clause can only be used on integers")
      }
    case "f", "e":
      let number: Double
      switch v {
      case .double(let d): number = d
      case .int(let i): number = Double(i)
      case .uint(let u): number = Double(u)
      default:
        return fail(
          verb == "f"
            ? "fixed-point clause can only be used on doubles"
            : "scientific clause can only be used on doubles")
      }
      if !number.isFinite { return .success(special(number)) }
      return .success(String(format: "%.\(precision ?? 6)\(verb)", number))
    case "b":
      switch v {
      case .int(let i): return .success(String(i, radix: 2))
      case .uint(let u): return .success(String(u, radix: 2))
      case .bool(let b): return .success(b ? "1" : "0")
      default: return fail("only integers and bools can be formatted as binary")
      }
    case "o":
      switch v {
      case .int(let i): return .success(String(i, radix: 8))
      case .uint(let u): return .success(String(u, radix: 8))
      default: return fail("octal clause can only be used on integers")
      }
    default:  // x, X
      let upper = verb == "X"
      let text: String
      switch v {
      case .int(let i): text = String(i, radix: 16)
      case .uint(let u): text = String(u, radix: 16)
      case .string(let s): text = hex(Array(s.utf8))
      case .bytes(let b): text = hex(b)
      default: return fail("only integers, byte buffers, and strings can be formatted as hex")
      }
      return .success(upper ? text.uppercased() : text)
    }
  }

  private static func hex(_ bytes: [UInt8]) -> String {
    bytes.map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
  }

  private static func special(_ d: Double) -> String {
    d.isNaN ? "NaN" : (d < 0 ? "-Infinity" : "Infinity")
  }

  /// The `%s` form of a value; lists and maps recursively, map entries sorted by key text.
  private static func text(_ v: Value) -> Result<String, EvaluationError> {
    switch v {
    case .null: return .success("null")
    case .bool(let b): return .success(b ? "true" : "false")
    case .int(let i): return .success(String(i))
    case .uint(let u): return .success(String(u))
    case .double(let d):
      return .success(d.isFinite ? Conversions.formatDouble(d) : special(d))
    case .string(let s): return .success(s)
    case .bytes(let b): return .success(String(decoding: b, as: UTF8.self))
    case .timestamp(let t): return .success(t.description)
    case .duration(let d): return .success(d.description)
    case .type(let t): return .success(t.name)
    case .list(let list):
      var parts: [String] = []
      for element in list {
        switch text(element) {
        case .success(let s): parts.append(s)
        case .failure(let e): return .failure(e)
        }
      }
      return .success("[" + parts.joined(separator: ", ") + "]")
    case .map(let map):
      var parts: [(String, String)] = []
      for (key, value) in zip(map.keys, map.values) {
        guard case .success(let k) = text(key) else { continue }
        switch text(value) {
        case .success(let s): parts.append((k, s))
        case .failure(let e): return .failure(e)
        }
      }
      parts.sort { $0.0 < $1.0 }
      return .success("{" + parts.map { "\($0.0): \($0.1)" }.joined(separator: ", ") + "}")
    case .object, .error:
      return .failure(
        EvaluationError(
          "string clause can only be used on strings, bools, bytes, ints, doubles, maps, lists, types, durations, and timestamps, was given \(v.typeName)",
          kind: .invalidArgument))
    }
  }
}
