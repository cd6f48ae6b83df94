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

  /// The keys of the records of one type, by the record of another type that holds them.
  struct KeyIndex {
    struct Key: Hashable {
      var scope: UInt32
      var hash: UInt64
    }
    /// A key node of each (scope, hash).
    var nodes: [Key: YAMLNodeID] = [:]
    /// Whether `nodes` answers exactly: every key is ASCII, and no two keys share a hash.
    var exact = true
    /// The keys as strings, by scope: made when `nodes` cannot answer.
    var strings: [UInt32: Set<String>]?
  }

  func keyIndex(within: Int, target: Int) -> KeyIndex {
    var index = KeyIndex()
    let keyField = plan.types[target].keyField
    guard keyField >= 0 else { return index }
    for o in data.byType[target] {
      guard let scope = ancestor(o, ofType: within), case .string(let node) = slot(o, keyField) else { continue }
      let h = reader.hash(node)
      if !h.ascii { index.exact = false }
      let key = KeyIndex.Key(scope: scope, hash: h.hash)
      if let other = index.nodes[key] {
        if !reader.sameBytes(other, node) { index.exact = false }
      } else {
        index.nodes[key] = node
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
                if let other = local[k].nodes[KeyIndex.Key(scope: scope, hash: h.hash)], reader.sameBytes(other, node) {
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
