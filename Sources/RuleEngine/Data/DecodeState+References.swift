import SourceDiagnostics
import YAML

/// Reference fields: each must name a record that exists under the same ancestor.
extension DecodeState {
  /// The nearest record of a type holding `object` (the record itself included).
  @inline(__always)
  func ancestor(_ object: ObjectID, ofType typeIndex: Int) -> UInt32? {
    var current = object.index
    while current != UInt32.max {
      let o = data.objects[Int(current)]
      if Int(o.type) == typeIndex { return current }
      current = o.parent
    }
    return nil
  }

  /// The keys of the records of one type, by the record of another type that holds them: a
  /// table open-addressed by the keys' FNV hashes, which the decoder has at hand, so that no
  /// key is hashed twice.
  struct KeyIndex {
    /// Per place: the scope, the hash, and a key node (`UInt32.max`: an empty place).
    private var scopes: [UInt32] = []
    private var hashes: [UInt64] = []
    private var nodes: [UInt32] = []
    private var mask = 0
    /// Whether the table answers exactly: every key is ASCII, and no two keys of a scope share
    /// a hash.
    var exact = true
    /// The keys as strings, by scope: made when the table cannot answer.
    var strings: [UInt32: Set<String>]?

    /// A table for at most `capacity` keys (twice as many places, so that it never fills).
    init(capacity: Int) {
      var places = 8
      while places < capacity * 2 { places <<= 1 }
      scopes = Array(repeating: 0, count: places)
      hashes = Array(repeating: 0, count: places)
      nodes = Array(repeating: UInt32.max, count: places)
      mask = places - 1
    }

    /// The first place to look for a key.
    private func start(_ scope: UInt32, _ hash: UInt64) -> Int {
      Int(truncatingIfNeeded: ((hash ^ UInt64(scope) << 32) &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    /// The key node kept for a scope and hash, if any.
    func node(scope: UInt32, hash: UInt64) -> YAMLNodeID? {
      var i = start(scope, hash)
      while nodes[i] != UInt32.max {
        if hashes[i] == hash && scopes[i] == scope { return YAMLNodeID(index: nodes[i]) }
        i = (i + 1) & mask
      }
      return nil
    }

    /// Keeps `node` for its scope and hash, unless a key is kept there already: that one is
    /// returned.
    mutating func insert(_ node: YAMLNodeID, scope: UInt32, hash: UInt64) -> YAMLNodeID? {
      var i = start(scope, hash)
      while nodes[i] != UInt32.max {
        if hashes[i] == hash && scopes[i] == scope { return YAMLNodeID(index: nodes[i]) }
        i = (i + 1) & mask
      }
      scopes[i] = scope
      hashes[i] = hash
      nodes[i] = node.index
      return nil
    }
  }

  func keyIndex(within: Int, target: Int) -> KeyIndex {
    var index = KeyIndex(capacity: data.byType[target].count)
    let keyField = plan.types[target].keyField
    guard keyField >= 0 else { return index }
    for o in data.byType[target] {
      guard let scope = ancestor(o, ofType: within), case .string(let node) = slot(o, keyField) else { continue }
      let h = reader.hash(node)
      if !h.ascii { index.exact = false }
      if let other = index.insert(node, scope: scope, hash: h.hash), !reader.sameBytes(other, node) {
        index.exact = false
      }
    }
    return index
  }

  func keyStrings(within: Int, target: Int) -> [UInt32: Set<String>] {
    var strings: [UInt32: Set<String>] = [:]
    let keyField = plan.types[target].keyField
    guard keyField >= 0 else { return strings }
    for o in data.byType[target] {
      guard let scope = ancestor(o, ofType: within), case .string(let node) = slot(o, keyField) else { continue }
      strings[scope, default: []].insert(yaml.string(node) ?? "")
    }
    return strings
  }

  /// Checks every reference field names a node that exists under the same ancestor.
  mutating func checkReferences() {
    struct IndexKey: Hashable {
      let within: Int
      let target: Int
    }
    var indexes: [IndexKey: KeyIndex] = [:]
    for (typeIndex, type) in schema.types.enumerated() {
      for (fieldIndex, spec) in type.fields.enumerated() {
        guard let ref = spec.reference, let within = schema.typeIndex(ref.within) else { continue }
        let targets = ref.targets.compactMap { schema.typeIndex($0) }
        var local: [KeyIndex] = []
        for t in targets {
          let key = IndexKey(within: within, target: t)
          if indexes[key] == nil { indexes[key] = keyIndex(within: within, target: t) }
          local.append(indexes[key]!)
        }
        for o in data.byType[typeIndex] {
          guard case .string(let node) = slot(o, fieldIndex) else { continue }
          var found = false
          if let scope = ancestor(o, ofType: within) {
            let h = reader.hash(node)
            for k in local.indices {
              if local[k].exact && h.ascii {
                if let other = local[k].node(scope: scope, hash: h.hash), reader.sameBytes(other, node) {
                  found = true
                }
              } else {
                if local[k].strings == nil { local[k].strings = keyStrings(within: within, target: targets[k]) }
                found = local[k].strings![scope]?.contains(yaml.string(node) ?? "") ?? false
              }
              if found { break }
            }
          }
          if !found {
            schemaFinding(
              SchemaFindingText.danglingReference(
                spec, yaml.string(node) ?? "", targets: targets.map { schema.types[$0] }, within: schema.types[within]),
              at: node, path: PathRef(owner: o, field: spec.name))
          }
        }
      }
    }
  }
}
