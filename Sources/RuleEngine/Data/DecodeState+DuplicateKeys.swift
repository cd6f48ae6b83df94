import SourceDiagnostics
import YAML

/// Keys that repeat within a list of records.
extension DecodeState {
  /// Reports every item of a list of records whose key repeats an earlier item's.
  mutating func checkUniqueKeys(_ positions: Range<Int>, type typeIndex: Int, keyField: Int) {
    keys.removeAll(keepingCapacity: true)
    var ascii = true
    for p in positions {
      guard case .object(let o) = data.unpack(data.items[p]), case .string(let node) = slot(o, keyField) else {
        continue
      }
      let h = reader.hash(node)
      ascii = ascii && h.ascii
      keys.append((h.hash, Int32(p), node))
    }
    guard keys.count > 1 else { return }
    guard ascii else {
      checkUniqueKeysByText(positions, type: typeIndex, keyField: keyField)
      return
    }
    // Pairs of (repeat, first) positions in `keys`.
    let reader = self.reader
    let keys = self.keys
    let repeats =
      keys.count <= 16
      ? Repeats.find(hashes: keys.map(\.hash)) { reader.sameBytes(keys[$0].node, keys[$1].node) } : repeatedKeys()
    guard !repeats.isEmpty else { return }
    let type = schema.types[typeIndex]
    for (again, first) in repeats {
      let node = keys[again].node
      guard case .object(let o) = data.unpack(data.items[Int(keys[again].position)]) else { continue }
      schemaFinding(
        SchemaFindingText.duplicateKey(
          type.fields[keyField], yaml.string(node) ?? "", first: yaml.location(of: keys[first].node)),
        at: node, path: PathRef(owner: o, field: type.fields[keyField].name))
    }
  }

  /// What ``Repeats/find(hashes:same:)`` finds in `keys` (each key equal to an earlier one,
  /// with the first such, in order), by a table of the first key of each hash rather than by
  /// sorting: a list's keys are read once.
  mutating func repeatedKeys() -> [(again: Int, first: Int)] {
    var places = 16
    while places < keys.count * 2 { places <<= 1 }
    let mask = places - 1
    firstOfHash.removeAll(keepingCapacity: true)
    firstOfHash.append(contentsOf: repeatElement(-1, count: places))
    var found: [(again: Int, first: Int)] = []
    for i in keys.indices {
      let hash = keys[i].hash
      var place = Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
      while firstOfHash[place] >= 0 && keys[Int(firstOfHash[place])].hash != hash { place = (place + 1) & mask }
      let first = Int(firstOfHash[place])
      guard first >= 0 else {
        firstOfHash[place] = Int32(i)
        continue
      }
      // The first earlier key with these bytes: nearly always the first with this hash.
      if let j = (first..<i).first(where: { keys[$0].hash == hash && reader.sameBytes(keys[$0].node, keys[i].node) }) {
        found.append((i, j))
      }
    }
    return found
  }

  /// ``checkUniqueKeys(_:type:keyField:)`` comparing the keys as strings.
  mutating func checkUniqueKeysByText(_ positions: Range<Int>, type typeIndex: Int, keyField: Int) {
    let type = schema.types[typeIndex]
    var seen: [String: YAMLNodeID] = [:]
    for p in positions {
      guard case .object(let o) = data.unpack(data.items[p]), case .string(let node) = slot(o, keyField) else {
        continue
      }
      let value = yaml.string(node) ?? ""
      if let first = seen[value] {
        schemaFinding(
          SchemaFindingText.duplicateKey(type.fields[keyField], value, first: yaml.location(of: first)),
          at: node, path: PathRef(owner: o, field: type.fields[keyField].name))
      } else {
        seen[value] = node
      }
    }
  }
}
