import CEL

/// The variables of one evaluation, in the order of the rules' ``ProgramLayout``: read by
/// position, or by name (a short scan) when a program asks by name.
///
/// A class: each evaluation holds its activation as an existential, and a reference is all it
/// then copies (a struct's arrays would each be retained and released per evaluation); and
/// one activation serves the nodes of a piece one after another (``ChainCache``). A piece is
/// judged on one thread, one judgment after another, so its mutable arrays go without the
/// run-time check of exclusive access.
final class RuleActivation: Activation {
  /// The node's variables.
  let names: [String]
  /// The node's values, one per name (`nil` for a record the node has none of).
  @exclusivity(unchecked) private var nodeValues: [Value?]
  /// The lets bound so far (the first `letCount`), after the node's values in the layout; the
  /// rest are an earlier rule's, kept as storage to be overwritten.
  @exclusivity(unchecked) private var lets: [Value] = []
  @exclusivity(unchecked) private var letCount = 0
  /// The names of the lets of the rule being judged.
  @exclusivity(unchecked) var letNames: [String] = []

  init(names: [String], values: [Value?]) {
    self.names = names
    nodeValues = values
  }

  /// Replaces the value of a node's variable (when the bindings move to the next node).
  func setNodeValue(_ value: Value, at position: Int) {
    nodeValues[position] = value
  }

  /// Binds the next `let` value.
  func bind(_ value: Value) {
    if letCount < lets.count {
      lets[letCount] = value
    } else {
      lets.append(value)
    }
    letCount += 1
  }

  /// Replaces the value of the `index`th let.
  func rebind(letAt index: Int, _ value: Value) {
    lets[index] = value
  }

  /// Forgets the lets bound, keeping the storage (and the values, until the next rule's lets
  /// replace them) for the next rule.
  func unbindLets() {
    letCount = 0
  }

  func value(at position: Int) -> Value? {
    if position < nodeValues.count { return nodeValues[position] }
    let i = position - nodeValues.count
    return i < letCount ? lets[i] : nil
  }

  /// The lets bound so far, by name, in order.
  var boundLets: [(name: String, value: Value)] {
    (0..<letCount).map { (letNames[$0], lets[$0]) }
  }

  func resolve(_ name: String) -> Value? {
    var i = letCount - 1
    while i >= 0 {
      if letNames[i] == name { return lets[i] }
      i -= 1
    }
    i = names.count - 1
    while i >= 0 {
      if names[i] == name { return nodeValues[i] }
      i -= 1
    }
    return nil
  }
}
