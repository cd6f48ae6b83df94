import CEL

extension Engine {
  /// A node about to be judged, with the bindings every rule of its scope sees: each record of
  /// the scope's chain from the root down by its type's name in lower snake case, `self`,
  /// `as_of` and `params`, in the order of the rules' ``ProgramLayout``.
  struct NodeContext {
    let object: ObjectID
    let store: DataStore
    /// The records from the root down to the node, root first.
    let chain: [ObjectID]
    let activation: RuleActivation
    /// The evaluator of the rules' programs, over `activation`.
    let evaluator: Evaluator

    init(
      _ object: ObjectID, store: DataStore, scope: [String], asOf: Value, params: Value,
      cache: inout ChainCache?
    ) {
      self.object = object
      self.store = store
      // The cache, with its bindings, moves to a sibling in place, or is made anew.
      if cache?.extend(to: object, store: store) != true {
        cache = ChainCache(object, store: store, scope: scope, asOf: asOf, params: params)
      }
      // Each field read on its own: a copy of the whole cache would retain and release them all.
      chain = cache!.ids
      activation = cache!.activation
      evaluator = cache!.evaluator
    }

    /// The record a scope variable names.
    func object(named variable: String) -> ObjectID? {
      if variable == "self" { return object }
      return chain.last { ObjectType.snakeCase(store.data.type(of: $0).name) == variable }
    }
  }
}
