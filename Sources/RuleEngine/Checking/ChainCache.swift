import CEL

/// The records from the root down to the node last judged, kept from one node to the next:
/// the nodes of a piece mostly share their parents.
struct ChainCache {
  /// The records, root first, and each as a value.
  private(set) var ids: [ObjectID]
  private(set) var records: [Value]
  /// The variables of the scope's chain, then `self`, `as_of` and `params`.
  let names: [String]
  /// For each variable of the scope's chain, the position in `ids` of the nearest record of
  /// its type; -1 when the node has no such record above it.
  let positions: [Int]
  private let types: [Int]

  init(_ object: ObjectID, store: DataStore, scope: [String]) {
    let data = store.data
    ids = data.ancestry(of: object)
    records = ids.map { .object(DataObjectValue(store: store, id: $0)) }
    types = ids.map { data.typeIndex(of: $0) }
    let variables = types.map { ObjectType.snakeCase(data.schema.types[$0].name) }
    positions = scope.map { name in variables.lastIndex(of: name) ?? -1 }
    names = scope + RuleCompiler.nodeVariables
  }

  /// Moves to a sibling of the last node (same parent, same type); false when it is not one.
  mutating func extend(to object: ObjectID, store: DataStore) -> Bool {
    let data = store.data
    guard ids.count >= 2, data.parent(of: object) == ids[ids.count - 2],
      data.typeIndex(of: object) == types[types.count - 1]
    else { return false }
    ids[ids.count - 1] = object
    records[records.count - 1] = .object(DataObjectValue(store: store, id: object))
    return true
  }
}
