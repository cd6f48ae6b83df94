import CEL
import SourceDiagnostics

/// How values appear in messages and findings: numbers and dates written for people, enum
/// values by their titles.
struct ValueText {
  let schema: Schema
  let language: Language

  /// The text of a value in a message. `type` is the checked type of the expression, used to
  /// show an enum value by its title (`chi_huy_truong` → "Chỉ huy trưởng").
  func text(_ value: Value, type: CELType? = nil) -> String {
    switch value {
    case .null: return FindingMessage.none.text(language)
    case .bool(let b): return (b ? FindingMessage.yes : FindingMessage.no).text(language)
    case .int(let i): return String(i)
    case .uint(let u): return String(u)
    case .double(let d): return Self.number(d, language: language)
    case .string(let s):
      if case .enumeration(let e)? = type, let title = schema.enumType(e)?.value(s)?.title {
        return title[language]
      }
      return s
    case .bytes(let b): return b.map { String($0, radix: 16) }.joined()
    case .timestamp(let t): return date(t)
    case .duration(let d): return d.description
    case .type(let t): return t.name
    case .list(let list):
      var element: CELType?
      if case .list(let e)? = type { element = e }
      return list.elements.map { text($0, type: element) }.joined(separator: ", ")
    case .map(let map):
      return zip(map.keys, map.values).map { "\(text($0)): \(text($1))" }.joined(separator: ", ")
    case .object(let object):
      if case .value(let name) = object.field("name") { return text(name) }
      if let data = object as? DataObjectValue, let key = data.store.data.key(of: data.id) { return key }
      return object.typeName
    case .error(let e): return e.message
    }
  }

  /// Appends the UTF-8 of ``text(_:type:)``; whole numbers and texts are written without
  /// making a text of their own.
  func write(_ value: Value, type: CELType? = nil, to out: inout [UInt8]) {
    switch value {
    case .int(let i):
      if i < 0 { out.append(UInt8(ascii: "-")) }
      Self.digits(i.magnitude, to: &out)
    case .uint(let u): Self.digits(u, to: &out)
    case .string(let s):
      if case .enumeration(let e)? = type, let title = schema.enumType(e)?.value(s)?.title {
        Self.append(title[language], to: &out)
      } else {
        Self.append(s, to: &out)
      }
    case .timestamp(let t):
      let days = Int(t.seconds.dividedRoundingDown(by: 86_400))
      let date = CalendarDate(daysSinceEpoch: days)
      guard t.seconds - Int64(days) * 86_400 == 0, t.nanos == 0, (0...9999).contains(date.year) else {
        Self.append(text(value, type: type), to: &out)
        return
      }
      // `date(_:)`'s text, written digit by digit: 01/07/2025, 2025-07-01.
      func two(_ n: Int) {
        out.append(UInt8(ascii: "0") + UInt8(n / 10))
        out.append(UInt8(ascii: "0") + UInt8(n % 10))
      }
      switch language {
      case .vi:
        two(date.day)
        out.append(UInt8(ascii: "/"))
        two(date.month)
        out.append(UInt8(ascii: "/"))
        two(date.year / 100)
        two(date.year % 100)
      case .en:
        two(date.year / 100)
        two(date.year % 100)
        out.append(UInt8(ascii: "-"))
        two(date.month)
        out.append(UInt8(ascii: "-"))
        two(date.day)
      }
    default: Self.append(text(value, type: type), to: &out)
    }
  }

  /// Appends the UTF-8 of `text` in one copy.
  static func append(_ text: String, to out: inout [UInt8]) {
    var text = text
    text.withUTF8 { out.append(contentsOf: $0) }
  }

  /// Appends the decimal digits of `n`.
  private static func digits(_ n: UInt64, to out: inout [UInt8]) {
    var divisor: UInt64 = 1
    while n / divisor >= 10 { divisor *= 10 }
    repeat {
      out.append(UInt8(ascii: "0") + UInt8(n / divisor % 10))
      divisor /= 10
    } while divisor > 0
  }

  /// `19.5` in English, `19,5` in Vietnamese: whole numbers without decimals, others cut
  /// (never rounded) to one decimal, so 19.96 % is shown as 19.9 and never as 20 next to
  /// "at least 20".
  static func number(_ d: Double, language: Language) -> String {
    if d.isNaN || d.isInfinite { return String(d) }
    guard abs(d) < 1e15 else { return String(d) }
    var tenths = (d * 10).rounded(.towardZero)
    // A decimal written as 2.3 may be stored a hair below it (22.999… tenths): such a value
    // is the decimal it was written as, not one tenth less.
    let rest = abs(d * 10 - tenths)
    if rest > 1 - 1e-9 * max(1, abs(d * 10)) { tenths += d < 0 ? -1 : 1 }
    let whole = Int64(tenths / 10)
    let tenth = Int64(abs(tenths.truncatingRemainder(dividingBy: 10)))
    let sign = tenths < 0 && whole == 0 ? "-" : ""
    if tenth == 0 { return tenths == 0 ? "0" : "\(whole)" }
    return "\(sign)\(whole)\(FindingMessage.decimalSeparator.text(language))\(tenth)"
  }

  /// `01/07/2025` in Vietnamese, `2025-07-01` in English; a time of day only when not midnight.
  func date(_ t: CELTimestamp) -> String {
    let days = Int(t.seconds.dividedRoundingDown(by: 86_400))
    let date = CalendarDate(daysSinceEpoch: days)
    let midnight = t.seconds - Int64(days) * 86_400 == 0 && t.nanos == 0
    guard midnight else { return t.description }
    return date.localized[language]
  }

  /// A value as findings carry it (JSON-like).
  static func findingValue(_ value: Value) -> FindingValue {
    switch value {
    case .null: return .null
    case .bool(let b): return .bool(b)
    case .int(let i): return .int(i)
    case .uint(let u): return .uint(u)
    case .double(let d): return .double(d)
    case .string(let s): return .string(s)
    case .bytes(let b): return .string(b.map { String($0, radix: 16) }.joined())
    case .timestamp(let t):
      let days = Int(t.seconds.dividedRoundingDown(by: 86_400))
      if t.seconds == Int64(days) * 86_400 && t.nanos == 0 {
        return .string(CalendarDate(daysSinceEpoch: days).description)
      }
      return .string(t.description)
    case .duration(let d): return .string(d.description)
    case .type(let t): return .string(t.name)
    case .list(let list): return .list(list.elements.map(findingValue))
    case .map(let map):
      return .map(zip(map.keys, map.values).map { (ValueText.keyText($0), findingValue($1)) })
    case .object(let object):
      if let data = object as? DataObjectValue {
        return .string(data.store.data.path(of: data.id))
      }
      return .string(object.typeName)
    case .error(let e): return .string("error: \(e.message)")
    }
  }

  static func keyText(_ key: Value) -> String {
    switch key {
    case .string(let s): s
    case .int(let i): String(i)
    case .uint(let u): String(u)
    case .bool(let b): String(b)
    default: "\(key)"
    }
  }
}

extension Int64 {
  func dividedRoundingDown(by d: Int64) -> Int64 {
    let q = self / d
    return (self % d != 0 && (self < 0) != (d < 0)) ? q - 1 : q
  }
}
