import CEL

/// The records from the root down to the node last judged, and that node's bindings, kept
/// from one node to the next: the nodes of a piece mostly share their parents.
struct ChainCache {
  /// The records, root first.
  private(set) var ids: [ObjectID]
  /// For each variable of the scope's chain, the position in `ids` of the nearest record of
  /// its type; -1 when the node has no such record above it.
  private let positions: [Int]
  private let types: [Int]
  /// The bindings of the node: the variables of the scope's chain, then `self`, `as_of` and
  /// `params`. Moved to each sibling in place.
  let activation: RuleActivation
  /// The evaluator of the node's programs, over `activation`, kept from one evaluation to the
  /// next; its comprehensions reuse what they found for the records of the chain, which stay
  /// the same records until they are replaced.
  let evaluator: Evaluator

  init(_ object: ObjectID, store: DataStore, scope: [String], asOf: Value, params: Value) {
    let data = store.data
    ids = data.ancestry(of: object)
    let records: [Value] = ids.map { .object(DataObjectValue(store: store, id: $0)) }
    types = ids.map { data.typeIndex(of: $0) }
    let variables = types.map { ObjectType.snakeCase(data.schema.types[$0].name) }
    positions = scope.map { name in variables.lastIndex(of: name) ?? -1 }
    var values: [Value?] = []
    values.reserveCapacity(scope.count + RuleCompiler.nodeVariables.count)
    for position in positions { values.append(position < 0 ? nil : records[position]) }
    values.append(records[records.count - 1])  // self: the node itself, the chain's last record
    values.append(asOf)
    values.append(params)
    activation = RuleActivation(names: scope + RuleCompiler.nodeVariables, values: values)
    evaluator = Evaluator(activation: activation, reusing: true)
  }

  /// Moves to a sibling of the last node (same parent, same type); false when it is not one.
  mutating func extend(to object: ObjectID, store: DataStore) -> Bool {
    let last = ids.count - 1
    guard last >= 1, store.parent(of: object) == ids[last - 1], store.typeIndex(of: object) == types[last]
    else { return false }
    ids[last] = object
    let record = Value.object(DataObjectValue(store: store, id: object))
    for (i, position) in positions.enumerated() where position == last { activation.setNodeValue(record, at: i) }
    activation.setNodeValue(record, at: positions.count)  // self
    return true
  }
}
