import SourceDiagnostics
import YAML

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// What the decoder reads and never changes: the document's tables and the plan, with the
/// readers of values that need nothing else. A class, so that calling them copies no state.
final class DecodeReader {
  let view: YAMLDocument.UnsafeView
  let plan: DecodePlan

  init(view: YAMLDocument.UnsafeView, plan: DecodePlan) {
    self.view = view
    self.plan = plan
  }

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

  /// The index of the field a key names, comparing bytes; `guess` (the field after the one
  /// before, as files mostly follow the schema's order) is tried first.
  func fieldIndex(_ key: YAMLNodeID, type: DecodePlan.TypeInfo, guess: Int) -> Int? {
    guard isScalar(key) else { return nil }
    let k = view.bytes(of: key)
    return plan.bytes.withUnsafeBufferPointer { names -> Int? in
      func matches(_ i: Int) -> Bool {
        let f = plan.fields[type.firstField + i]
        return Int(f.nameCount) == k.count && DecodeReader.equal(names, Int(f.nameStart), k)
      }
      if guess < type.fieldCount, matches(guess) { return guess }
      for i in 0..<type.fieldCount where i != guess && matches(i) { return i }
      return nil
    }
  }

  /// Whether `count(b)` bytes of `a` from `start` are `b`.
  @inline(__always)
  static func equal(_ a: UnsafeBufferPointer<UInt8>, _ start: Int, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
    b.count == 0 || memcmp(a.baseAddress! + start, b.baseAddress!, b.count) == 0
  }

  /// The slot of an enum value the node holds, if the enum has it.
  func enumSlot(_ node: YAMLNodeID, enum index: Int) -> DataSlot? {
    let e = plan.enums[index]
    let v = view.bytes(of: node)
    return plan.bytes.withUnsafeBufferPointer { all -> DataSlot? in
      for i in 0..<e.count {
        let span = plan.values[e.firstValue + i]
        if Int(span.count) == v.count && DecodeReader.equal(all, Int(span.start), v) {
          return .enumValue(e.base + UInt32(i))
        }
      }
      return nil
    }
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
      return CalendarDate(utf8: view.bytes(of: node)).map { .date(Int32($0.daysSinceEpoch)) }
    case .object, .list, .general:
      return nil
    }
  }

  /// FNV-1a of a scalar's bytes, and whether they are all ASCII (where byte equality is
  /// string equality; other text is compared as strings, which equate canonically
  /// equivalent spellings).
  func hash(_ node: YAMLNodeID) -> (hash: UInt64, ascii: Bool) {
    let bytes = view.bytes(of: node)
    return (Repeats.hash(bytes), bytes.allSatisfy { $0 < 0x80 })
  }

  /// Whether two scalars hold the same bytes.
  func sameBytes(_ a: YAMLNodeID, _ b: YAMLNodeID) -> Bool {
    let x = view.bytes(of: a)
    let y = view.bytes(of: b)
    return x.count == y.count && DecodeReader.equal(x, 0, y)
  }
}
