/// Keeps each short spelling once in a document's text arena: keys, codes, dates, enum values
/// and names come back thousands of times in a submission, and a node names its value by its
/// entry in the arena (its length, then its bytes: ``appendArenaEntry(_:to:)``), so nodes with
/// the same value may share it.
///
/// A table of recent spellings, one per slot by hash (a newer one takes the slot of an older
/// one), names where each is in the arena. A value found there is not written again; any other
/// is appended. Whatever the table holds, every node reads its own value.
struct ScalarInterning {
  /// Values longer than this are always appended.
  static let maxLength = 32
  /// By slot: the arena offset of an entry in the high half, its value's length in the low one
  /// (0: empty slot).
  private var slots: [UInt64]
  private let mask: Int

  /// A table with a slot for about every 256 bytes of a file of `expectedBytes` bytes (between
  /// 2^10 and 2^18 slots).
  init(expectedBytes: Int?) {
    var count = 1 << 10
    while count < (1 << 18) && count * 256 < (expectedBytes ?? 0) { count <<= 1 }
    slots = Array(repeating: 0, count: count)
    mask = count - 1
  }

  @inline(__always)
  private static func word(_ p: UnsafePointer<UInt8>, _ offset: Int) -> UInt64 {
    UnsafeRawPointer(p + offset).loadUnaligned(as: UInt64.self)
  }

  /// A hash of a value of 1 to ``maxLength`` bytes: its first, middle and last words (or, for a
  /// value of under 8 bytes, its first, middle and last bytes and its length).
  @inline(__always)
  private static func hash(_ p: UnsafePointer<UInt8>, _ n: Int) -> UInt64 {
    var h: UInt64
    if n >= 8 {
      h = word(p, 0) &* 0x9E37_79B9_7F4A_7C15
      h = (h ^ word(p, n - 8)) &* 0xFF51_AFD7_ED55_8CCD
      h = (h ^ word(p, (n - 8) / 2)) &* 0xC4CE_B9FE_1A85_EC53
    } else {
      let a = UInt64(p[0]) | UInt64(p[n / 2]) << 8 | UInt64(p[n - 1]) << 16
      let b = n >= 4 ? UInt64(UnsafeRawPointer(p).loadUnaligned(as: UInt32.self)) << 24 : 0
      h = (a | b) &* 0x9E37_79B9_7F4A_7C15
    }
    return (h ^ UInt64(n)) ^ (h >> 29)
  }

  /// Whether the `n` bytes at `a` and at `b` are the same, read a word at a time (the first and
  /// the last words overlap for lengths that are not a multiple of 8: nothing is read past).
  @inline(__always)
  private static func equal(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ n: Int) -> Bool {
    if n >= 8 {
      var i = 0
      while i + 8 < n {
        if word(a, i) != word(b, i) { return false }
        i += 8
      }
      return word(a, n - 8) == word(b, n - 8)
    }
    if n >= 4 {
      let x = UnsafeRawPointer(a)
      let y = UnsafeRawPointer(b)
      return x.loadUnaligned(as: UInt32.self) == y.loadUnaligned(as: UInt32.self)
        && x.loadUnaligned(fromByteOffset: n - 4, as: UInt32.self)
          == y.loadUnaligned(fromByteOffset: n - 4, as: UInt32.self)
    }
    for i in 0..<n where a[i] != b[i] { return false }
    return true
  }

  /// The arena offset of the entry of `value` in `text`: one with the same bytes already there,
  /// or one appended. An empty value is the entry at offset 0, which the arena starts with.
  @inline(__always)
  mutating func offset(of value: UnsafeBufferPointer<UInt8>, in text: inout [UInt8]) -> UInt32 {
    let n = value.count
    let end = UInt32(truncatingIfNeeded: text.count)
    guard n > 0 else { return 0 }
    guard n <= Self.maxLength, let p = value.baseAddress else {
      appendArenaEntry(value, to: &text)
      return end
    }
    let slot = Int(truncatingIfNeeded: Self.hash(p, n)) & mask
    let seen = slots[slot]
    if seen & 0xFFFF_FFFF == UInt64(n) {
      // A value of up to 32 bytes has a length of one byte.
      let offset = Int(seen >> 32)
      let same = text.withUnsafeBufferPointer { Self.equal($0.baseAddress! + offset + 1, p, n) }
      if same { return UInt32(truncatingIfNeeded: offset) }
    }
    appendArenaEntry(value, to: &text)
    slots[slot] = UInt64(end) << 32 | UInt64(n)
    return end
  }
}
