import SourceDiagnostics
import Workbook

/// A cell's value as the text a YAML submission would hold for a field: dates as
/// `YYYY-MM-DD` (from a serial, a date cell or `30/06/2026`), numbers without a needless
/// `.0`, booleans as `true`/`false` (also from `Có`/`Không`), enum values as their codes (also
/// from their Vietnamese titles). What cannot be read as the field's type is kept as written,
/// for the schema decoder to report as it reports the same value in YAML.
final class CellText {
  let schema: Schema
  let dateSystem: DateSystem
  /// For each enum, its codes and Vietnamese titles, to their codes.
  private let enumCodes: [String: [String: String]]
  /// For each enum, its titles' and codes' UTF-8 bytes with the code: compared byte by byte
  /// first, which costs less than hashing a Vietnamese title.
  private let enumSpellings: [String: [(bytes: [UInt8], code: String)]]
  /// The same spellings and their codes, in one buffer that lives as long as this value.
  let spellingStore: UnsafeMutablePointer<UInt8>
  /// Each spelling's place in ``spellingStore`` and its code's; an enum's are together.
  let spellingTable: [(start: Int, count: Int, code: Int, codeCount: Int)]
  /// Where each enum's spellings are in ``spellingTable``, by its name.
  let enumSpans: [String: Range<Int>]

  init(schema: Schema, dateSystem: DateSystem) {
    self.schema = schema
    self.dateSystem = dateSystem
    var codes: [String: [String: String]] = [:]
    for e in schema.enums {
      var map: [String: String] = [:]
      // Exactly as the dropdown spells them (canonically equivalent forms are equal): a
      // value that is neither a code nor a title is reported as the same value in YAML is.
      for v in e.values { if let title = v.title?.vi { map[title] = v.name } }
      for v in e.values { map[v.name] = v.name }
      codes[e.name] = map
    }
    enumCodes = codes
    enumSpellings = codes.mapValues { map in map.map { (Array($0.key.utf8), $0.value) } }
    var store: [UInt8] = []
    var table: [(start: Int, count: Int, code: Int, codeCount: Int)] = []
    var spans: [String: Range<Int>] = [:]
    for (name, spellings) in enumSpellings {
      let first = table.count
      for s in spellings {
        let start = store.count
        store.append(contentsOf: s.bytes)
        let code = store.count
        store.append(contentsOf: s.code.utf8)
        table.append((start, s.bytes.count, code, store.count - code))
      }
      spans[name] = first..<table.count
    }
    spellingStore = .allocate(capacity: max(store.count, 1))
    spellingStore.initialize(from: store, count: store.count)
    spellingTable = table
    enumSpans = spans
  }

  deinit { spellingStore.deallocate() }

  /// The code an enum value's text names: byte for byte, then as the dictionary compares text.
  private func enumCode(_ t: String, _ e: String) -> String? {
    if let spellings = enumSpellings[e] {
      let n = t.utf8.count
      for s in spellings where s.bytes.count == n && t.utf8.elementsEqual(s.bytes) { return s.code }
    }
    return enumCodes[e]?[t]
  }

  /// The texts of a cell for a field: one, or for a list of scalars, each item of `a; b`.
  /// Empty when the cell holds nothing.
  func texts(_ value: CellValue, type: FieldType) -> [String] {
    if case .list(let element) = type {
      guard case .text(let t) = value else { return [text(value, type: element)].compactMap { $0 } }
      return t.split(whereSeparator: { $0 == ";" || $0 == "\n" }).compactMap {
        text(.text(String($0)), type: element)
      }
    }
    return [text(value, type: type)].compactMap { $0 }
  }

  /// The text of a value for a type, or `nil` when it is empty.
  func text(_ value: CellValue, type: FieldType) -> String? {
    switch value {
    case .text(let raw):
      let t = raw.trimmedQuickly
      if t.isEmpty { return nil }
      switch type {
      case .date: return Self.isoDate(fromText: t) ?? t
      case .bool: return Self.bool(fromText: t) ?? t
      case .enumeration(let e): return enumCode(t, e) ?? t
      case .int: return Self.integerText(t) ?? t
      default: return t
      }
    case .number(let d):
      switch type {
      case .date: return iso(serial: d) ?? Self.numberText(d)
      case .bool where d == 0 || d == 1: return d == 1 ? "true" : "false"
      default: return Self.numberText(d)
      }
    case .date(let d):
      if type == .int || type == .double { return Self.numberText(d) }
      return iso(serial: d) ?? Self.numberText(d)
    case .bool(let b):
      return b ? "true" : "false"
    case .error(let e):
      return e
    case .formulaWithoutValue:
      return nil
    }
  }

  /// `YYYY-MM-DD` of a serial in the workbook's date system.
  func iso(serial: Double) -> String? {
    dateSystem.civilDate(ofSerial: serial).map { Self.iso($0.year, $0.month, $0.day) }
  }

  static func iso(_ year: Int, _ month: Int, _ day: Int) -> String {
    // Nearly every date: ten ASCII bytes written in place, without the padded pieces.
    if Self.fitsISOBytes(year, month, day) {
      return String(unsafeUninitializedCapacity: 10) { out in
        Self.writeISO(year, month, day, into: out)
        return 10
      }
    }
    func pad(_ n: Int, _ width: Int) -> String {
      let s = String(n)
      return String(repeating: "0", count: max(0, width - s.count)) + s
    }
    return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
  }

  /// Whether ``writeISO(_:_:_:into:)`` can write the date: four digits of year, two of month and
  /// day.
  @inline(__always)
  static func fitsISOBytes(_ year: Int, _ month: Int, _ day: Int) -> Bool {
    (0...9999).contains(year) && (0...99).contains(month) && (0...99).contains(day)
  }

  /// Writes `YYYY-MM-DD` in the first ten bytes of `out`, a date ``fitsISOBytes(_:_:_:)``.
  @inline(__always)
  static func writeISO(_ year: Int, _ month: Int, _ day: Int, into out: UnsafeMutableBufferPointer<UInt8>) {
    let zero = UInt8(ascii: "0")
    out[0] = zero + UInt8(year / 1000)
    out[1] = zero + UInt8(year / 100 % 10)
    out[2] = zero + UInt8(year / 10 % 10)
    out[3] = zero + UInt8(year % 10)
    out[4] = UInt8(ascii: "-")
    out[5] = zero + UInt8(month / 10)
    out[6] = zero + UInt8(month % 10)
    out[7] = UInt8(ascii: "-")
    out[8] = zero + UInt8(day / 10)
    out[9] = zero + UInt8(day % 10)
  }

  /// `30/06/2026`, `1/7/2025`, `30-06-2026` or `30.06.2026` as `2026-06-30`; `nil` for other text.
  static func isoDate(fromText t: String) -> String? {
    let parts = t.split(whereSeparator: { $0 == "/" || $0 == "-" || $0 == "." })
    guard parts.count == 3, parts[2].count == 4, parts[0].count <= 2, parts[1].count <= 2,
      let day = Int(parts[0]), let month = Int(parts[1]), let year = Int(parts[2]),
      (1...12).contains(month), (1...31).contains(day)
    else { return nil }
    return iso(year, month, day)
  }

  /// `true` or `false` for the ways a sheet says yes or no.
  static func bool(fromText t: String) -> String? {
    switch t {
    case "Có", "true", "TRUE": return "true"
    case "Không", "false", "FALSE": return "false"
    default: break
    }
    return switch t.lowercased() {
    case "có", "co", "x", "true", "đúng", "1", "yes": "true"
    case "không", "khong", "false", "sai", "0", "no": "false"
    default: nil
    }
  }

  /// An integer typed as text with a needless `.0` or thousands dots removed: `1.200` stays as
  /// written (it could be a decimal), `12.0` is `12`.
  static func integerText(_ t: String) -> String? {
    if t.hasSuffix(".0"), Int64(t.dropLast(2)) != nil { return String(t.dropLast(2)) }
    return nil
  }

  /// A number without a needless `.0`: `12`, `12.5`.
  static func numberText(_ d: Double) -> String {
    if d.rounded() == d, abs(d) < 1e15 { return String(Int64(d)) }
    return "\(d)"
  }
}

extension String {
  /// ``trimmingSpaces``, without looking at the text's characters when it starts and ends with
  /// a character that is no space, as nearly every cell does: a visible ASCII character, or at
  /// the start a letter whose first byte starts no space (U+0085, U+00A0, U+1680, U+2000 to
  /// U+205F and U+3000 start with C2, E1, E2 or E3).
  var trimmedQuickly: String {
    let u = utf8
    guard let f = u.first, let l = u.last else { return self }
    let startsVisible = (f > 0x20 && f < 0x80) || (f >= 0x80 && !String.mayStartSpace(f))
    let endsVisible =
      (l > 0x20 && l < 0x80) || (l >= 0x80 && unicodeScalars.last.map { !$0.properties.isWhitespace } == true)
    if startsVisible && endsVisible { return self }
    return trimmingSpaces
  }

  /// Whether a lead byte of UTF-8 may start a space character above ASCII.
  @inline(__always)
  static func mayStartSpace(_ b: UInt8) -> Bool { b == 0xC2 || b == 0xE1 || b == 0xE2 || b == 0xE3 }
}
