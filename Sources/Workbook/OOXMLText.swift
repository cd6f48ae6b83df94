/// The text of shared and inline strings: `_xHHHH_` stands for a character XML cannot hold
/// (or for `_x` itself, as `_x005F_`).
enum OOXMLText {
  static func string(_ bytes: [UInt8]) -> String {
    bytes.withUnsafeBufferPointer { string($0) }
  }

  static func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
    guard bytes.count >= 7, containsEscape(bytes) else { return String(decoding: bytes, as: UTF8.self) }
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count)
    var i = 0
    while i < bytes.count {
      if i + 7 <= bytes.count, bytes[i] == UInt8(ascii: "_"), bytes[i + 1] == UInt8(ascii: "x"),
        bytes[i + 6] == UInt8(ascii: "_"), let value = hex(bytes[(i + 2)..<(i + 6)]),
        let scalar = Unicode.Scalar(value)
      {
        out.append(contentsOf: String(Character(scalar)).utf8)
        i += 7
      } else {
        out.append(bytes[i])
        i += 1
      }
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// Appends the bytes of ``string(_:)`` of `bytes`: as they are when they are valid UTF-8
  /// without an escape, as nearly every cell's are.
  static func append(_ bytes: [UInt8], to out: inout [UInt8]) {
    bytes.withUnsafeBufferPointer { b in
      if !(b.count >= 7 && containsEscape(b)) && isValidUTF8(b) {
        out.append(contentsOf: b)
      } else {
        var text = string(b)
        text.withUTF8 { out.append(contentsOf: $0) }
      }
    }
  }

  /// ``append(_:to:)`` for bytes already at the end of `out`, from `start`: they stay as they
  /// are when they are valid UTF-8 without an escape.
  static func normalize(_ out: inout [UInt8], from start: Int) {
    let plain = out.withUnsafeBufferPointer { b in
      let tail = UnsafeBufferPointer(rebasing: b[start...])
      return !(tail.count >= 7 && containsEscape(tail)) && isValidUTF8(tail)
    }
    if plain { return }
    let tail = Array(out[start...])
    out.removeSubrange(start...)
    append(tail, to: &out)
  }

  /// Whether bytes are UTF-8 as String reads it without repairs: no overlong form, no
  /// surrogate, nothing past U+10FFFF, no sequence cut short.
  static func isValidUTF8(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
    var i = 0
    let n = b.count
    while i < n {
      let c = b[i]
      if c < 0x80 {
        i += 1
        continue
      }
      @inline(__always) func follows(_ k: Int) -> Bool { i + k < n && b[i + k] & 0xC0 == 0x80 }
      switch c {
      case 0xC2...0xDF:
        guard follows(1) else { return false }
        i += 2
      case 0xE0...0xEF:
        guard follows(1), follows(2) else { return false }
        let c1 = b[i + 1]
        if c == 0xE0 && c1 < 0xA0 { return false }
        if c == 0xED && c1 >= 0xA0 { return false }
        i += 3
      case 0xF0...0xF4:
        guard follows(1), follows(2), follows(3) else { return false }
        let c1 = b[i + 1]
        if c == 0xF0 && c1 < 0x90 { return false }
        if c == 0xF4 && c1 >= 0x90 { return false }
        i += 4
      default:
        return false
      }
    }
    return true
  }

  private static func containsEscape(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var i = 0
    while i + 1 < bytes.count {
      if bytes[i] == UInt8(ascii: "_") && bytes[i + 1] == UInt8(ascii: "x") { return true }
      i += 1
    }
    return false
  }

  private static func hex(_ digits: Slice<UnsafeBufferPointer<UInt8>>) -> UInt32? {
    var value: UInt32 = 0
    for d in digits {
      switch d {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): value = value * 16 + UInt32(d - UInt8(ascii: "0"))
      case UInt8(ascii: "a")...UInt8(ascii: "f"): value = value * 16 + UInt32(d - UInt8(ascii: "a") + 10)
      case UInt8(ascii: "A")...UInt8(ascii: "F"): value = value * 16 + UInt32(d - UInt8(ascii: "A") + 10)
      default: return nil
      }
    }
    return value
  }
}
