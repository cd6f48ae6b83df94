#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A table's rows by their key chain (the texts of its links and its own key, each followed by
/// U+001F), as a dictionary of strings would find them: compared byte by byte while every chain
/// is ASCII, where strings are equal exactly when their bytes are, and as strings (canonically
/// equivalent ones are equal) once a chain is not. A chain set again names its last row.
struct KeyChains {
  /// The chains' bytes, one after the other.
  private var arena: [UInt8] = []
  private struct Entry {
    var start: Int
    var count: Int
    var hash: UInt64
    var row: Int
    /// When it was last set: the count of settings before it.
    var setAt: Int
  }
  private var entries: [Entry] = []
  /// Open addressing: an index of ``entries`` plus one, 0 for an empty slot; a power of two long.
  private var slots: [Int32]
  private var allASCII = true
  private var settings = 0
  /// The same chains as strings, made when the first chain or lookup that is not ASCII comes.
  private var strings: [String: Int]?

  init(capacity: Int) {
    var size = 16
    while size < capacity * 2 { size *= 2 }
    slots = [Int32](repeating: 0, count: size)
    entries.reserveCapacity(capacity)
  }

  private func same(_ e: Entry, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard e.count == bytes.count else { return false }
    if bytes.isEmpty { return true }
    return arena.withUnsafeBufferPointer { a in memcmp(a.baseAddress! + e.start, bytes.baseAddress!, e.count) == 0 }
  }

  /// The slot of a chain: where it is, or the empty slot where it would go.
  private func slot(_ bytes: UnsafeBufferPointer<UInt8>, _ hash: UInt64) -> Int {
    let mask = slots.count - 1
    var i = Int(truncatingIfNeeded: hash) & mask
    while slots[i] != 0 {
      let e = entries[Int(slots[i]) - 1]
      if e.hash == hash && same(e, bytes) { return i }
      i = (i + 1) & mask
    }
    return i
  }

  private mutating func grow() {
    var bigger = [Int32](repeating: 0, count: slots.count * 2)
    let mask = bigger.count - 1
    for (k, e) in entries.enumerated() {
      var i = Int(truncatingIfNeeded: e.hash) & mask
      while bigger[i] != 0 { i = (i + 1) & mask }
      bigger[i] = Int32(truncatingIfNeeded: k + 1)
    }
    slots = bigger
  }

  private func string(_ e: Entry) -> String {
    arena.withUnsafeBufferPointer {
      String(decoding: UnsafeBufferPointer(rebasing: $0[e.start..<(e.start + e.count)]), as: UTF8.self)
    }
  }

  /// The chains as strings, each naming the last row set for it.
  private func makeStrings() -> [String: Int] {
    var made: [String: Int] = [:]
    made.reserveCapacity(entries.count)
    // In the order of their last setting, so that of equivalent chains the last set wins.
    for e in entries.sorted(by: { $0.setAt < $1.setAt }) { made[string(e)] = e.row }
    return made
  }

  /// Names `row` by a chain.
  mutating func set(_ bytes: UnsafeBufferPointer<UInt8>, row: Int) {
    let (h, ascii) = DecodeReader.hash(bytes)
    if !ascii { allASCII = false }
    let i = slot(bytes, h)
    if slots[i] != 0 {
      entries[Int(slots[i]) - 1].row = row
      entries[Int(slots[i]) - 1].setAt = settings
    } else {
      entries.append(Entry(start: arena.count, count: bytes.count, hash: h, row: row, setAt: settings))
      arena.append(contentsOf: bytes)
      slots[i] = Int32(truncatingIfNeeded: entries.count)
      if entries.count * 2 > slots.count { grow() }
    }
    settings += 1
    if strings != nil { strings?[String(decoding: bytes, as: UTF8.self)] = row }
  }

  /// The row a chain names, if any.
  mutating func row(of bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    let (h, ascii) = DecodeReader.hash(bytes)
    if ascii && allASCII {
      let i = slot(bytes, h)
      return slots[i] == 0 ? nil : entries[Int(slots[i]) - 1].row
    }
    if strings == nil { strings = makeStrings() }
    return strings?[String(decoding: bytes, as: UTF8.self)]
  }
}
