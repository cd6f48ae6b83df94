import SourceDiagnostics
import YAML

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// What the decoder reads: the document's tables and the plan, with the readers of values
/// that need nothing else, and what they remember of the values they read (by the place of
/// their text, which the YAML reader shares between equal short values). A class, so that
/// calling them copies no state; each decoding, and each thread of one, has its own.
final class DecodeReader {
  let view: YAMLDocument.UnsafeView
  let plan: DecodePlan

  /// Per field of the plan: the place in the text of the last key found for it
  /// (`UInt32.max`: none yet).
  @exclusivity(unchecked) private var keyPlaces: [UInt32]
  /// Per enum value of the plan: the place of the last value found to spell it.
  @exclusivity(unchecked) private var enumPlaces: [UInt32]
  /// Dates read, by place in the text (slot `place % count`): the place and the days.
  @exclusivity(unchecked) private var datePlaces: [UInt32]
  @exclusivity(unchecked) private var dateDays: [Int32]

  init(view: YAMLDocument.UnsafeView, plan: DecodePlan) {
    self.view = view
    self.plan = plan
    keyPlaces = Array(repeating: UInt32.max, count: plan.fields.count)
    enumPlaces = Array(repeating: UInt32.max, count: plan.values.count)
    datePlaces = Array(repeating: UInt32.max, count: DecodeReader.dateSlots)
    dateDays = Array(repeating: 0, count: DecodeReader.dateSlots)
  }

  static let dateSlots = 1024

  /// Whether a node is a scalar, a mapping, a sequence: matched by case, which compiles to a
  /// byte comparison, where `==` on the kind calls its `Equatable` witness.
  @inline(__always)
  func isScalar(_ node: YAMLNodeID) -> Bool {
    if case .scalar = view.kind(of: node) { return true }
    return false
  }

  @inline(__always)
  func isMapping(_ node: YAMLNodeID) -> Bool {
    if case .mapping = view.kind(of: node) { return true }
    return false
  }

  @inline(__always)
  func isSequence(_ node: YAMLNodeID) -> Bool {
    if case .sequence = view.kind(of: node) { return true }
    return false
  }

  /// The index of the field a key names. A key whose value sits at the place in the text of
  /// the last key found for a field is that field, with no byte compared (the YAML reader
  /// keeps each short spelling once); `guess` (the field after the one before, as files
  /// mostly follow the schema's order) is tried first.
  @inline(__always)
  func fieldIndex(_ key: YAMLNodeID, type: DecodePlan.TypeInfo, guess: Int) -> Int? {
    guard let place = view.valuePlace(of: key) else { return nil }
    if guess < type.fieldCount && keyPlaces[type.firstField + guess] == place { return guess }
    for i in 0..<type.fieldCount where keyPlaces[type.firstField + i] == place { return i }
    return fieldIndex(key, at: place, type: type, guess: guess)
  }

  /// ``fieldIndex(_:type:guess:)`` comparing bytes; remembers the place of the key found.
  private func fieldIndex(_ key: YAMLNodeID, at place: UInt32, type: DecodePlan.TypeInfo, guess: Int) -> Int? {
    let k = view.bytes(of: key)
    let found = plan.bytes.withUnsafeBufferPointer { names -> Int? in
      func matches(_ i: Int) -> Bool {
        let f = plan.fields[type.firstField + i]
        return Int(f.nameCount) == k.count && DecodeReader.equal(names, Int(f.nameStart), k)
      }
      if guess < type.fieldCount, matches(guess) { return guess }
      for i in 0..<type.fieldCount where i != guess && matches(i) { return i }
      return nil
    }
    if let found { keyPlaces[type.firstField + found] = place }
    return found
  }

  /// Whether `count(b)` bytes of `a` from `start` are `b`.
  @inline(__always)
  static func equal(_ a: UnsafeBufferPointer<UInt8>, _ start: Int, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
    b.count == 0 || memcmp(a.baseAddress! + start, b.baseAddress!, b.count) == 0
  }

  /// The slot of an enum value the node holds, if the enum has it: found by the place of its
  /// text when a value there was found before, else by its bytes.
  func enumSlot(_ node: YAMLNodeID, enum index: Int) -> DataSlot? {
    let e = plan.enums[index]
    let place = view.valuePlace(of: node)
    if let place {
      for i in 0..<e.count where enumPlaces[e.firstValue + i] == place { return .enumValue(e.base + UInt32(i)) }
    }
    let v = view.bytes(of: node)
    let found = plan.bytes.withUnsafeBufferPointer { all -> Int? in
      for i in 0..<e.count {
        let span = plan.values[e.firstValue + i]
        if Int(span.count) == v.count && DecodeReader.equal(all, Int(span.start), v) { return i }
      }
      return nil
    }
    guard let found else { return nil }
    if let place { enumPlaces[e.firstValue + found] = place }
    return .enumValue(e.base + UInt32(found))
  }

  /// The days since 1970 of a date the node holds, if it is one; remembered by the place of
  /// its text.
  func dateSlot(_ node: YAMLNodeID) -> DataSlot? {
    guard let place = view.valuePlace(of: node) else { return nil }
    let slot = Int(place) % DecodeReader.dateSlots
    if datePlaces[slot] == place { return .date(dateDays[slot]) }
    guard let date = CalendarDate(utf8: view.bytes(of: node)) else { return nil }
    let days = Int32(date.daysSinceEpoch)
    datePlaces[slot] = place
    dateDays[slot] = days
    return .date(days)
  }

  /// A decimal integer as `Int64(_:)` reads it (a sign, then digits), for up to 18 digits; `nil`
  /// for anything else, which the general path then reads.
  static func parseInt(_ b: UnsafeBufferPointer<UInt8>) -> Int64? {
    var i = 0
    var negative = false
    if b.count > 0 && (b[0] == UInt8(ascii: "-") || b[0] == UInt8(ascii: "+")) {
      negative = b[0] == UInt8(ascii: "-")
      i = 1
    }
    guard b.count - i >= 1, b.count - i <= 18 else { return nil }
    var value: Int64 = 0
    while i < b.count {
      let digit = b[i] &- 48
      guard digit < 10 else { return nil }
      value = value * 10 + Int64(digit)
      i += 1
    }
    return negative ? -value : value
  }

  /// The slot of a scalar that is valid as `kind`, read from its bytes; `nil` when it is not
  /// (or not surely), for the general path to read and report.
  func scalarSlot(_ node: YAMLNodeID, _ kind: DecodePlan.Resolved, minimum: Double, maximum: Double) -> DataSlot? {
    guard isScalar(node) else { return nil }
    switch kind.kind {
    case .string:
      return .string(node)
    case .enumeration:
      return enumSlot(node, enum: Int(kind.index))
    case .int:
      guard view.isPlainScalar(node), let value = DecodeReader.parseInt(view.bytes(of: node)) else { return nil }
      let d = Double(value)
      return d < minimum || d > maximum ? nil : .int(value)
    case .bool:
      guard view.isPlainScalar(node) else { return nil }
      let b = view.bytes(of: node)
      if b.count == 4 && b[0] == UInt8(ascii: "t") && b[1] == UInt8(ascii: "r") && b[2] == UInt8(ascii: "u")
        && b[3] == UInt8(ascii: "e")
      {
        return .bool(true)
      }
      if b.count == 5 && b[0] == UInt8(ascii: "f") && b[1] == UInt8(ascii: "a") && b[2] == UInt8(ascii: "l")
        && b[3] == UInt8(ascii: "s") && b[4] == UInt8(ascii: "e")
      {
        return .bool(false)
      }
      return nil
    case .date:
      return dateSlot(node)
    case .object, .list, .general:
      return nil
    }
  }

  /// A hash of a scalar's bytes, and whether they are all ASCII (where byte equality is
  /// string equality; other text is compared as strings, which equate canonically
  /// equivalent spellings).
  func hash(_ node: YAMLNodeID) -> (hash: UInt64, ascii: Bool) { DecodeReader.hash(view.bytes(of: node)) }

  /// A hash of some bytes, and whether they are all ASCII.
  @inline(__always)
  static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> (hash: UInt64, ascii: Bool) {
    guard let base = bytes.baseAddress else { return (Repeats.hash(bytes), true) }
    // FNV-1a over words of eight bytes, then over the bytes left: equal bytes hash equally,
    // which is all the callers need (they compare the bytes of equal hashes).
    let raw = UnsafeRawPointer(base)
    let count = bytes.count
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    var high: UInt64 = 0
    var i = 0
    while i + 8 <= count {
      let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
      high |= word
      hash = (hash ^ word) &* 0x100_0000_01b3
      hash ^= hash >> 32
      i += 8
    }
    while i < count {
      high |= UInt64(base[i])
      hash = (hash ^ UInt64(base[i])) &* 0x100_0000_01b3
      i += 1
    }
    return (hash, high & 0x8080_8080_8080_8080 == 0)
  }

  /// Whether two scalars hold the same bytes (surely, when their text is kept in one place).
  func sameBytes(_ a: YAMLNodeID, _ b: YAMLNodeID) -> Bool {
    if let place = view.valuePlace(of: a), place == view.valuePlace(of: b) { return true }  // one spelling
    let x = view.bytes(of: a)
    let y = view.bytes(of: b)
    return x.count == y.count && DecodeReader.equal(x, 0, y)
  }
}
