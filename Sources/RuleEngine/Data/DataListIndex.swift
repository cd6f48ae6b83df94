import CEL
import Foundation
import YAML

/// The items of a list of records grouped by the string one of their fields holds, for joins
/// by id (`commune.units.exists(u, u.id == self.unit && ...)`).
///
/// A key is kept as the UTF-8 of its NFC form (as rules read it), in a table open-addressed by
/// the bytes' hash; two strings in NFC are equal as Swift compares strings (canonical
/// equivalence) exactly when their bytes are. A key that is ASCII, as ids nearly always are,
/// is read straight from the YAML document's bytes: no string is made for it.
final class ListIndex: Sendable {
  /// The positions of the items that hold each distinct key, in list order. A group of one
  /// item (most are: keys are mostly ids) is an array shared by every index of the store
  /// (``ListIndexes/singletons(upTo:)``), so that it costs no memory of its own: every list a
  /// rule joins on keeps its index for as long as the check runs.
  private let groups: [[Int]]
  /// The bytes of the groups' keys, one after another; group `g`'s are
  /// `keyBytes[keyStarts[g] ..< keyStarts[g + 1]]`.
  private let keyStarts: [Int32]
  private let keyBytes: [UInt8]
  /// Per place of the table: its key's hash, and its group plus one (0: an empty place). At
  /// most three places in four are taken.
  private let hashes: [UInt32]
  private let places: [Int32]
  private let mask: Int
  /// Positions of the items whose field holds no string: left out, invalid or of another
  /// type. A rule must read them all.
  private let other: [Int]

  /// `nil` when an item of the list is not a record.
  init?(_ list: UInt32, field name: String, store: DataStore, singletons: [[Int]]) {
    let count = store.listCount(list)
    var size = 8
    while size * 3 < count * 4 { size <<= 1 }
    var hashes = [UInt32](repeating: 0, count: size)
    var places = [Int32](repeating: 0, count: size)
    // Each item's group (-1: none) and each group's size; then the groups, each at its place.
    var groupOf = [Int32](repeating: -1, count: count)
    var sizes: [Int32] = []
    var keyStarts: [Int32] = [0]
    var keyBytes: [UInt8] = []
    var other: [Int] = []
    let mask = size - 1
    for i in 0..<count {
      let item = store.packedItem(list, i)
      guard item.tag == .object else { return nil }
      let id = ObjectID(Int(item.payload))
      let type = store.typeIndex(of: id)
      guard let f = store.fieldIndex(type, name) else {
        other.append(i)
        continue
      }
      let added = store.withKeyBytes(store.packedSlot(id, field: f), type: type, field: f) { key -> Bool in
        let h = ListIndex.hash(key)
        var p = Int(h) & mask
        while places[p] != 0 {
          let g = Int(places[p]) - 1
          if hashes[p] == h && ListIndex.equal(keyBytes, Int(keyStarts[g]), Int(keyStarts[g + 1]), key) {
            groupOf[i] = Int32(g)
            sizes[g] += 1
            return true
          }
          p = (p + 1) & mask
        }
        groupOf[i] = Int32(sizes.count)
        places[p] = Int32(sizes.count + 1)
        hashes[p] = h
        keyBytes.append(contentsOf: key)
        keyStarts.append(Int32(keyBytes.count))
        sizes.append(1)
        return true
      }
      if added != true { other.append(i) }
    }
    var groups = [[Int]](repeating: [], count: sizes.count)
    for g in sizes.indices where sizes[g] > 1 { groups[g].reserveCapacity(Int(sizes[g])) }
    for i in 0..<count where groupOf[i] >= 0 {
      let g = Int(groupOf[i])
      if sizes[g] == 1 { groups[g] = singletons[i] } else { groups[g].append(i) }
    }
    self.groups = groups
    self.keyStarts = keyStarts
    self.keyBytes = keyBytes
    self.hashes = hashes
    self.places = places
    self.mask = mask
    self.other = other
  }

  /// A key's hash for the table.
  @inline(__always)
  private static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt32 { mix(DecodeReader.hash(key).hash) }

  /// The table's hash of a key's ``DecodeReader/hash(_:)``.
  @inline(__always)
  private static func mix(_ hash: UInt64) -> UInt32 {
    UInt32(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> 32)
  }

  /// Whether the bytes of `all` from `start` to `end` are `key`.
  @inline(__always)
  private static func equal(_ all: [UInt8], _ start: Int, _ end: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
    guard end - start == key.count else { return false }
    return all.withUnsafeBufferPointer { DecodeReader.equal($0, start, key) }
  }

  /// The positions of the items whose key may equal `key`: those that hold it, and those that
  /// hold no string.
  func positions(mayEqual key: String) -> [Int] {
    var text = key
    var matching = text.withUTF8 { find($0, normalised: false) }
    if matching == nil {
      var normal = CELString.nfc(key)
      matching = normal.withUTF8 { find($0, normalised: true) }
    }
    if other.isEmpty { return matching ?? [] }
    return ((matching ?? []) + other).sorted()
  }

  /// The positions of the items whose key is these bytes; `nil` (without looking) when the
  /// bytes are not all ASCII and not `normalised` to NFC yet.
  private func find(_ bytes: UnsafeBufferPointer<UInt8>, normalised: Bool) -> [Int]? {
    let (full, ascii) = DecodeReader.hash(bytes)
    if !normalised && !ascii { return nil }
    let h = ListIndex.mix(full)
    var p = Int(h) & mask
    while places[p] != 0 {
      let g = Int(places[p]) - 1
      if hashes[p] == h && ListIndex.equal(keyBytes, Int(keyStarts[g]), Int(keyStarts[g + 1]), bytes) {
        return groups[g]
      }
      p = (p + 1) & mask
    }
    return []
  }
}

/// The list indexes of one store, made once each and shared between threads.
final class ListIndexes: @unchecked Sendable {
  private let lock = NSLock()
  /// The fields indexed, with their numbers, the one asked for last first (rules join on a
  /// few, and one rule asks for the same field node after node, so that a short scan finds it
  /// without hashing its name). Read and written under the lock only, as are the tables below.
  @exclusivity(unchecked) private var fields: [(name: String, number: Int)] = []
  /// A table open-addressed by list and field: per place, the field's position in `fields`
  /// plus one and the list (0: an empty place), and the index made for them.
  @exclusivity(unchecked) private var keys: [UInt64] = Array(repeating: 0, count: 64)
  @exclusivity(unchecked) private var indexes: [ListIndex?] = Array(repeating: nil, count: 64)
  @exclusivity(unchecked) private var used = 0
  /// `[0]`, `[1]`, `[2]`...: the groups of one item of every index.
  @exclusivity(unchecked) private var shared: [[Int]] = []

  /// The arrays `[0]` to `[count - 1]`, made once for every index of the store.
  func singletons(upTo count: Int) -> [[Int]] {
    lock.lock()
    defer { lock.unlock() }
    while shared.count < count { shared.append([shared.count]) }
    return shared
  }

  /// The place of a key in the table: where it is, or the empty place where it would go.
  private func place(of key: UInt64) -> Int {
    let mask = keys.count - 1
    var p = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    while keys[p] != 0 && keys[p] != key { p = (p + 1) & mask }
    return p
  }

  /// The key of a list and field; `nil` when the field was never indexed. Moves the field to
  /// the front of the scan.
  private func key(list: UInt32, field: String) -> UInt64? {
    for f in fields.indices where fields[f].name.utf8.count == field.utf8.count && fields[f].name == field {
      let number = fields[f].number
      if f > 0 { fields.swapAt(0, f) }
      return UInt64(number + 1) << 32 | UInt64(list)
    }
    return nil
  }

  func index(list: UInt32, field: String, make: () -> ListIndex?) -> ListIndex? {
    lock.lock()
    if let key = key(list: list, field: field) {
      let p = place(of: key)
      if keys[p] == key {
        let found = indexes[p]
        lock.unlock()
        return found
      }
    }
    lock.unlock()
    let index = make()
    lock.lock()
    defer { lock.unlock() }
    if !fields.contains(where: { $0.name == field }) { fields.append((field, fields.count)) }
    guard let key = key(list: list, field: field) else { return index }
    let p = place(of: key)
    if keys[p] == key { return indexes[p] }  // made meanwhile on another thread
    keys[p] = key
    indexes[p] = index
    used += 1
    if used * 2 > keys.count { grow() }
    return index
  }

  /// Doubles the table.
  private func grow() {
    let (oldKeys, oldIndexes) = (keys, indexes)
    keys = Array(repeating: 0, count: oldKeys.count * 2)
    indexes = Array(repeating: nil, count: oldKeys.count * 2)
    for i in oldKeys.indices where oldKeys[i] != 0 {
      let p = place(of: oldKeys[i])
      keys[p] = oldKeys[i]
      indexes[p] = oldIndexes[i]
    }
  }
}
