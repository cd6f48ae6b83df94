import Workbook

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A kept cell's value, its text as bytes of the reader's buffer.
enum CellBytes {
  case text(UnsafeBufferPointer<UInt8>)
  case number(Double)
  case date(Double)
  case bool(Bool)
}

/// How a column's texts are made, worked out once for each column: what its field's type asks
/// of a text, and for an enum where its spellings are in ``CellText/spellingTable``.
struct TextTarget {
  enum Kind: UInt8 { case enumeration, bool, date, int, double, other }
  var kind: Kind
  var spellings: Range<Int>
}

/// The text ``CellText/fastText(_:_:scratch:)`` found for a value.
enum FastText {
  /// The value has no text.
  case none
  case bytes(UnsafeBufferPointer<UInt8>)
  /// Only ``CellText/text(_:type:)`` can tell.
  case slow
}

extension CellText {
  func target(_ type: FieldType) -> TextTarget {
    let kind: TextTarget.Kind
    var spellings = 0..<0
    switch type {
    case .enumeration(let e):
      kind = .enumeration
      spellings = enumSpans[e] ?? 0..<0
    case .bool: kind = .bool
    case .date: kind = .date
    case .int: kind = .int
    case .double: kind = .double
    default: kind = .other
    }
    return TextTarget(kind: kind, spellings: spellings)
  }

  /// The bytes of the text ``text(_:type:)`` gives for the value, found without making a string
  /// for nearly every value (a text that needs no trimming as it is or as its enum code, a whole
  /// number, a date): in the value's own bytes, in the enum's code, or written in `scratch`
  /// (at least 32 bytes); ``FastText/slow`` for the others.
  func fastText(_ value: CellBytes, _ target: TextTarget, scratch: UnsafeMutableBufferPointer<UInt8>) -> FastText {
    switch value {
    case .text(let raw):
      guard let f = raw.first, let l = raw.last, let base = raw.baseAddress else { return .none }
      let startsVisible = (f > 0x20 && f < 0x80) || (f >= 0x80 && !String.mayStartSpace(f))
      guard startsVisible, (l > 0x20 && l < 0x80) || (l >= 0x80 && Self.endsVisible(raw)) else { return .slow }
      switch target.kind {
      case .enumeration:
        for i in target.spellings {
          let s = spellingTable[i]
          if s.count == raw.count, memcmp(spellingStore + s.start, base, raw.count) == 0 {
            return .bytes(UnsafeBufferPointer(start: spellingStore + s.code, count: s.codeCount))
          }
        }
        return .slow
      case .bool:
        // As ``CellText/bool(fromText:)`` reads the spellings a workbook of ours writes.
        if Self.same(raw, "true") || Self.same(raw, "false") { return .bytes(raw) }
        if Self.same(raw, "Có") || Self.same(raw, "TRUE") { return .bytes(Self.bytes("true")) }
        if Self.same(raw, "Không") || Self.same(raw, "FALSE") { return .bytes(Self.bytes("false")) }
        return .slow
      case .date:
        return .slow
      case .int:
        return raw.count >= 2 && raw[raw.count - 2] == UInt8(ascii: ".") && l == UInt8(ascii: "0") ? .slow : .bytes(raw)
      case .double, .other:
        return .bytes(raw)
      }
    case .number(let d):
      switch target.kind {
      case .date: return Self.iso(serial: d, dateSystem, scratch) ?? Self.number(d, scratch)
      case .bool where d == 0 || d == 1: return .bytes(Self.bytes(d == 1 ? "true" : "false"))
      default: return Self.number(d, scratch)
      }
    case .date(let d):
      if target.kind == .int || target.kind == .double { return Self.number(d, scratch) }
      return Self.iso(serial: d, dateSystem, scratch) ?? Self.number(d, scratch)
    case .bool(let b):
      return .bytes(Self.bytes(b ? "true" : "false"))
    }
  }

  /// A value as the workbook reader gives it.
  static func cellValue(_ value: CellBytes) -> CellValue {
    switch value {
    case .text(let raw): .text(String(decoding: raw, as: UTF8.self))
    case .number(let d): .number(d)
    case .date(let d): .date(d)
    case .bool(let b): .bool(b)
    }
  }

  /// The text ``text(_:type:)`` gives, as a string.
  func string(_ value: CellBytes, type: FieldType, scratch: UnsafeMutableBufferPointer<UInt8>) -> String? {
    switch fastText(value, target(type), scratch: scratch) {
    case .none: nil
    case .bytes(let b): String(decoding: b, as: UTF8.self)
    case .slow: text(Self.cellValue(value), type: type)
    }
  }

  /// Whether the last scalar of valid UTF-8 bytes is no space.
  static func endsVisible(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var start = bytes.count - 1
    while start > 0 && bytes[start] & 0xC0 == 0x80 { start -= 1 }
    var scalar = UInt32(bytes[start])
    let length = bytes.count - start
    if length > 1 {
      scalar &= 0x7F >> length
      for k in (start + 1)..<bytes.count { scalar = scalar << 6 | UInt32(bytes[k] & 0x3F) }
    }
    return !isSpace(scalar)
  }

  /// Whether a scalar has Unicode's White_Space property (as `properties.isWhitespace` tells).
  static func isSpace(_ scalar: UInt32) -> Bool {
    switch scalar {
    case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
    default: false
    }
  }

  private static func same(_ bytes: UnsafeBufferPointer<UInt8>, _ text: StaticString) -> Bool {
    guard bytes.count == text.utf8CodeUnitCount, let base = bytes.baseAddress else { return false }
    return memcmp(base, text.utf8Start, bytes.count) == 0
  }

  private static func bytes(_ text: StaticString) -> UnsafeBufferPointer<UInt8> {
    UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount)
  }

  /// ``numberText(_:)``'s bytes for a whole number, its digits written in place.
  private static func number(_ d: Double, _ out: UnsafeMutableBufferPointer<UInt8>) -> FastText {
    guard d.rounded() == d, abs(d) < 1e15 else { return .slow }
    let n = Int64(d)
    var magnitude = n.magnitude
    var i = 32
    repeat {
      i -= 1
      out[i] = UInt8(ascii: "0") + UInt8(magnitude % 10)
      magnitude /= 10
    } while magnitude > 0
    if n < 0 {
      i -= 1
      out[i] = UInt8(ascii: "-")
    }
    return .bytes(UnsafeBufferPointer(rebasing: out[i..<32]))
  }

  /// ``iso(serial:)``'s bytes, written in place; `nil` when the serial is no date.
  private static func iso(
    serial: Double, _ system: DateSystem, _ out: UnsafeMutableBufferPointer<UInt8>
  ) -> FastText? {
    guard let (year, month, day) = system.civilDate(ofSerial: serial) else { return nil }
    guard CellText.fitsISOBytes(year, month, day) else { return .slow }
    CellText.writeISO(year, month, day, into: out)
    return .bytes(UnsafeBufferPointer(rebasing: out[0..<10]))
  }
}
