import Foundation

/// String functions: the standard `contains`, `startsWith`, `endsWith`, `matches`, `size`,
/// and the string extension functions. Positions and lengths count Unicode code points, as
/// CEL does; searches compare code points exactly (strings are NFC, see ``CELString``).
enum Strings {
  /// The number of code points: the UTF-8 bytes that do not continue a sequence.
  static func size(_ s: String) -> Value {
    var s = s
    return .int(
      s.withUTF8 { bytes in
        var count = 0
        for byte in bytes where byte & 0xC0 != 0x80 { count += 1 }
        return Int64(count)
      })
  }

  static func contains(_ s: String, _ part: String) -> Bool {
    if part.isEmpty { return true }
    return ByteSearch(Array(part.utf8)).first(in: Array(s.utf8)) != nil
  }

  static func startsWith(_ s: String, _ prefix: String) -> Bool {
    s.utf8.starts(with: prefix.utf8)
  }

  static func endsWith(_ s: String, _ suffix: String) -> Bool {
    let count = suffix.utf8.count
    return s.utf8.count >= count && s.utf8.suffix(count).elementsEqual(suffix.utf8)
  }

  /// Whether the RE2 pattern matches anywhere in `s`; an invalid pattern yields an error value.
  /// (Programs compile a constant pattern once and cache the others: see ``Planner``.)
  static func matches(_ s: String, _ pattern: String) -> Value {
    matches(s, CompiledRegex.compile(pattern))
  }

  static func matches(_ s: String, _ regex: Result<CompiledRegex, RegexSyntaxError>) -> Value {
    switch regex {
    case .success(let regex): return .bool(regex.matches(s))
    case .failure(let error): return .error(error.evaluationError)
    }
  }

  // MARK: Case and trimming

  static func lower(_ s: String) -> Value { .string(CELString.nfc(s.lowercased())) }
  static func upper(_ s: String) -> Value { .string(CELString.nfc(s.uppercased())) }

  static func lowerASCII(_ s: String) -> Value {
    .string(String(decoding: s.utf8.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }, as: UTF8.self))
  }

  static func upperASCII(_ s: String) -> Value {
    .string(String(decoding: s.utf8.map { $0 >= 97 && $0 <= 122 ? $0 - 32 : $0 }, as: UTF8.self))
  }

  /// Removes leading and trailing Unicode white space.
  static func trim(_ s: String) -> Value {
    let scalars = s.unicodeScalars
    guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else {
      return .string("")
    }
    let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
    return .string(String(scalars[first...last]))
  }

  // MARK: Code-point positions

  static func charAt(_ s: String, _ index: Int64) -> Value {
    let scalars = Array(s.unicodeScalars)
    guard index >= 0, index <= scalars.count else {
      return Failure.index(index)
    }
    if index == scalars.count { return .string("") }
    return .string(String(scalars[Int(index)]))
  }

  static func indexOf(_ s: String, _ part: String, from start: Int64 = 0) -> Value {
    let text = Array(s.utf8)
    guard start >= 0, start <= codePoints(text[...]) else { return Failure.index(start) }
    if part.isEmpty { return .int(start) }
    let from = byteOffset(ofCodePoint: Int(start), in: text)
    guard let found = ByteSearch(Array(part.utf8)).first(in: text, from: from) else {
      return .int(-1)
    }
    return .int(Int64(codePoints(text[..<found])))
  }

  /// The last occurrence that starts at or before code point `end` (default: the end).
  static func lastIndexOf(_ s: String, _ part: String, upTo end: Int64? = nil) -> Value {
    let text = Array(s.utf8)
    let count = codePoints(text[...])
    let last = end ?? Int64(count)
    guard last >= 0, last <= count else { return Failure.index(last) }
    if part.isEmpty { return .int(last) }
    let limit = byteOffset(ofCodePoint: Int(last), in: text)
    var found: Int?
    ByteSearch(Array(part.utf8)).occurrences(in: text, overlapping: true) { at in
      guard at <= limit else { return false }
      found = at
      return true
    }
    guard let found else { return .int(-1) }
    return .int(Int64(codePoints(text[..<found])))
  }

  static func substring(_ s: String, _ start: Int64, _ end: Int64? = nil) -> Value {
    let text = Array(s.unicodeScalars)
    let stop = end ?? Int64(text.count)
    guard start >= 0, start <= text.count else { return Failure.index(start) }
    guard stop >= 0, stop <= text.count else { return Failure.index(stop) }
    guard start <= stop else {
      return Failure.invalid("invalid substring range. start: \(start), end: \(stop)")
    }
    var result = String.UnicodeScalarView()
    result.append(contentsOf: text[Int(start)..<Int(stop)])
    return .string(String(result))
  }

  static func replace(_ s: String, _ old: String, _ new: String, limit: Int64 = -1) -> Value {
    if limit == 0 { return .string(s) }
    // Bound the result before building it: each replacement adds at most new.count bytes.
    let replacements = old.isEmpty ? s.unicodeScalars.count + 1 : s.utf8.count / old.utf8.count
    let growth = replacements.multipliedReportingOverflow(by: new.utf8.count)
    if growth.overflow || s.utf8.count + growth.partialValue > CostBudget.maxValueSize {
      return .error(
        EvaluationError(EvaluationError.costLimitMessage + ": replace result too large", kind: .costLimit))
    }
    // On UTF-8 bytes: a match of valid UTF-8 always starts and ends on code-point boundaries.
    let text = Array(s.utf8)
    let needle = Array(old.utf8)
    let replacement = Array(new.utf8)
    var result: [UInt8] = []
    result.reserveCapacity(text.count)
    var replaced: Int64 = 0
    func mayReplace() -> Bool { limit < 0 || replaced < limit }
    if needle.isEmpty {
      // As Go: `new` before each code point and at the end.
      for byte in text {
        if byte & 0xC0 != 0x80, mayReplace() {
          result += replacement
          replaced += 1
        }
        result.append(byte)
      }
      if mayReplace() { result += replacement }
    } else {
      var copied = 0
      ByteSearch(needle).occurrences(in: text, overlapping: false) { at in
        guard mayReplace() else { return false }
        result += text[copied..<at]
        result += replacement
        copied = at + needle.count
        replaced += 1
        return true
      }
      result += text[copied...]
    }
    return .string(CELString.nfc(String(decoding: result, as: UTF8.self)))
  }

  static func split(_ s: String, _ separator: String, limit: Int64 = -1) -> Value {
    if limit == 0 { return .list([]) }
    var parts: [Value] = []
    if separator.isEmpty {
      let text = Array(s.unicodeScalars)
      for (i, scalar) in text.enumerated() {
        if limit > 0 && parts.count == limit - 1 {
          var rest = String.UnicodeScalarView()
          rest.append(contentsOf: text[i...])
          parts.append(.string(String(rest)))
          return .list(parts)
        }
        parts.append(.string(String(scalar)))
      }
      return .list(parts)
    }
    let bytes = Array(s.utf8)
    let separatorBytes = Array(separator.utf8)
    var begin = 0
    ByteSearch(separatorBytes).occurrences(in: bytes, overlapping: false) { at in
      guard limit < 0 || parts.count < limit - 1 else { return false }
      parts.append(.string(String(decoding: bytes[begin..<at], as: UTF8.self)))
      begin = at + separatorBytes.count
      return true
    }
    parts.append(.string(String(decoding: bytes[begin...], as: UTF8.self)))
    return .list(parts)
  }

  static func join(_ list: ListValue, _ separator: String = "") -> Value {
    var result = ""
    for (i, element) in list.enumerated() {
      guard case .string(let s) = element else {
        return Failure.invalid("join: list element \(i) is a \(element.typeName), not a string")
      }
      if i > 0 { result += separator }
      result += s
    }
    return .string(CELString.nfc(result))
  }

  static func reverse(_ s: String) -> Value {
    var result = String.UnicodeScalarView()
    result.append(contentsOf: s.unicodeScalars.reversed())
    return .string(String(result))
  }
}

extension Strings {
  /// `strings.quote(s)`: `s` as a double-quoted CEL string literal, escaping `\`, `"` and
  /// control characters.
  static func quote(_ s: String) -> Value {
    var result = "\""
    for scalar in s.unicodeScalars {
      switch scalar {
      case "\u{07}": result += "\\a"
      case "\u{08}": result += "\\b"
      case "\u{0C}": result += "\\f"
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      case "\u{0B}": result += "\\v"
      case "\\": result += "\\\\"
      case "\"": result += "\\\""
      default:
        if scalar.value < 0x20 || scalar.value == 0x7F {
          let hex = String(scalar.value, radix: 16)
          result += "\\x" + (hex.count < 2 ? "0" : "") + hex
        } else {
          result.unicodeScalars.append(scalar)
        }
      }
    }
    return .string(result + "\"")
  }
}
