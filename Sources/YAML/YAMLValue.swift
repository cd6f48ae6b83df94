/// A plain tree copy of a document's content, without positions: for tests and small files.
///
/// Equality compares content only, as Yams' node equality does.
package indirect enum YAMLValue: Hashable, Sendable, CustomStringConvertible {
  case scalar(String)
  case sequence([YAMLValue])
  case mapping([YAMLPair])

  package struct YAMLPair: Hashable, Sendable {
    package var key: YAMLValue
    package var value: YAMLValue
    package init(_ key: YAMLValue, _ value: YAMLValue) {
      self.key = key
      self.value = value
    }
  }

  /// A compact flow-style rendering: `{a: [1, 2]}`.
  package var description: String {
    switch self {
    case .scalar(let s): s
    case .sequence(let items): "[" + items.map(\.description).joined(separator: ", ") + "]"
    case .mapping(let pairs):
      "{" + pairs.map { "\($0.key): \($0.value)" }.joined(separator: ", ") + "}"
    }
  }
}

extension YAMLDocument {
  /// Copies the subtree at `id` into a ``YAMLValue``. Aliases are expanded: use on small,
  /// trusted documents only.
  package func value(of id: YAMLNodeID) -> YAMLValue {
    switch kind(of: id) {
    case .scalar: return .scalar(string(id) ?? "")
    case .sequence: return .sequence(items(of: id).map { value(of: $0) })
    case .mapping:
      return .mapping(pairs(of: id).map { YAMLValue.YAMLPair(value(of: $0.key), value(of: $0.value)) })
    }
  }
}
