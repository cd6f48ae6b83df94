/// Finding the values that repeat among many by their hashes: the shared work of the checks
/// for duplicate keys, in a mapping or among the records of a list.
@usableFromInline package enum Repeats {
  /// The FNV-1a hash of some bytes.
  @inlinable
  package static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
    return hash
  }

  /// Each item equal to an earlier one, with the first earlier item equal to it, in the order
  /// of the items. Two items are compared with `same` only where their hashes are equal. Few
  /// items are compared pairwise; many are sorted by hash, so that the work grows as n log n.
  package static func find(hashes: [UInt64], same: (Int, Int) -> Bool) -> [(again: Int, first: Int)] {
    var found: [(again: Int, first: Int)] = []
    if hashes.count <= 16 {
      for i in hashes.indices.dropFirst() {
        for j in 0..<i where hashes[j] == hashes[i] && same(j, i) {
          found.append((i, j))
          break
        }
      }
      return found
    }
    let order = hashes.indices.sorted { hashes[$0] != hashes[$1] ? hashes[$0] < hashes[$1] : $0 < $1 }
    var groupStart = 0
    for k in order.indices.dropFirst() {
      let i = order[k]
      if hashes[i] != hashes[order[groupStart]] {
        groupStart = k
        continue
      }
      if let g = (groupStart..<k).first(where: { same(order[$0], i) }) { found.append((i, order[g])) }
    }
    found.sort { $0.again < $1.again }
    return found
  }
}
