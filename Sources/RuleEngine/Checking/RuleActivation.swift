import CEL

/// The variables of one evaluation, in the order of the rules' ``ProgramLayout``: read by
/// position, or by name (a short scan) when a program asks by name.
struct RuleActivation: Activation {
  /// The node's variables.
  let names: [String]
  /// The node's values (`nil` for a record the node has none of), then the lets bound so far.
  private(set) var values: [Value?]
  /// The names of the lets of the rule being judged.
  var letNames: [String] = []

  init(names: [String], values: [Value?]) {
    self.names = names
    self.values = values
  }

  /// Binds the next `let` value.
  mutating func bind(_ value: Value) {
    values.append(value)
  }

  /// Replaces the value of the `index`th let.
  mutating func rebind(letAt index: Int, _ value: Value) {
    values[names.count + index] = value
  }

  /// Forgets the lets bound, keeping the storage for the next rule.
  mutating func unbindLets() {
    if values.count > names.count { values.removeSubrange(names.count...) }
  }

  func value(at position: Int) -> Value? {
    position < values.count ? values[position] : nil
  }

  /// The lets bound so far, by name, in order.
  var boundLets: [(name: String, value: Value)] {
    values.indices.dropFirst(names.count).map { (letNames[$0 - names.count], values[$0]!) }
  }

  func resolve(_ name: String) -> Value? {
    var i = values.count - 1
    while i >= names.count {
      if letNames[i - names.count] == name { return values[i] }
      i -= 1
    }
    while i >= 0 {
      if names[i] == name { return values[i] }
      i -= 1
    }
    return nil
  }
}
