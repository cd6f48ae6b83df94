/// Swift literals for values, for hosts and tests: `let v: Value = ["a": 1, "b": [true]]`.
/// String literals are normalised to NFC.
extension Value: ExpressibleByNilLiteral, ExpressibleByBooleanLiteral,
  ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral, ExpressibleByStringLiteral,
  ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral
{
  /// `nil` is `null`.
  package init(nilLiteral: ()) { self = .null }
  /// A bool.
  package init(booleanLiteral value: Bool) { self = .bool(value) }
  /// An int.
  package init(integerLiteral value: Int64) { self = .int(value) }
  /// A double.
  package init(floatLiteral value: Double) { self = .double(value) }
  /// A string, normalised to NFC.
  package init(stringLiteral value: String) { self = .string(CELString.nfc(value)) }
  /// A list.
  package init(arrayLiteral elements: Value...) { self = .list(ListValue(elements)) }

  /// A map from a dictionary literal; a key of a type maps cannot hold, or a repeated key,
  /// gives an error value.
  package init(dictionaryLiteral elements: (Value, Value)...) {
    switch MapValue.make(elements.map { (key: $0.0, value: $0.1) }) {
    case .success(let map): self = .map(map)
    case .failure(let error): self = .error(error)
    }
  }
}

extension Value: CustomStringConvertible {
  /// The value as one-line JSON (see ``jsonText``).
  package var description: String { jsonText }
}
