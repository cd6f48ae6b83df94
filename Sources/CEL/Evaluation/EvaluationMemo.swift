/// What evaluations of reusable comprehensions found, kept from one evaluation to the next
/// by an ``Evaluator`` made to reuse them.
///
/// For each comprehension, the record its range was last read from, that range and its cost,
/// and the value and cost found for each key; a comprehension that meets another record forgets
/// what it found for the previous one, so that the memo stays the size of one record's keys. It
/// holds the record, so that no other record can take its identity while it is kept. Host data
/// is immutable (see ``HostObject``): the same record gives the same range.
///
/// Not shareable between threads, as its evaluator.
final class EvaluationMemo {
  /// What one comprehension found for one record.
  final class Table {
    fileprivate(set) var record: AnyObject
    private(set) var range: Value?
    private(set) var rangeCost = 0
    /// By key: the comprehension's value, and what its loop cost.
    var results: [String: (value: Value, cost: Int)] = [:]

    fileprivate init(record: AnyObject) {
      self.record = record
      results.reserveCapacity(32)  // a record's keys: a commune's units, say
    }

    func keep(range: Value, cost: Int) {
      self.range = range
      rangeCost = cost
    }

    fileprivate func reset(to record: AnyObject) {
      self.record = record
      range = nil
      rangeCost = 0
      results.removeAll(keepingCapacity: true)
    }
  }

  /// The comprehensions met so far and their tables, side by side: a scope's rules have a few,
  /// found by a short scan rather than by hashing.
  private var nodes: [ObjectIdentifier] = []
  private var tables: [Table] = []

  /// An empty memo.
  init() {}

  /// The table of `node` for `record`, emptied when it was another record's.
  func table(for node: Node, record: any HostObject) -> Table {
    let id = ObjectIdentifier(node)
    for i in nodes.indices where nodes[i] == id {
      let table = tables[i]
      if table.record !== record { table.reset(to: record) }
      return table
    }
    let table = Table(record: record)
    nodes.append(id)
    tables.append(table)
    return table
  }
}
