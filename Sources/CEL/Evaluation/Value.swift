/// A CEL value at run time.
///
/// The common cases (`null`, `bool`, `int`, `uint`, `double`, `string`) are stored inline;
/// lists and maps share their storage, and host data (``HostObject``, ``HostList``) is reached
/// through references so that a submission's tree is never copied into values.
///
/// Errors are values too (cel-go's `types.Err`): an evaluation that fails yields
/// ``error(_:)`` carrying the id of the failing node and a message.
package enum Value: Sendable {
  case null
  case bool(Bool)
  case int(Int64)
  case uint(UInt64)
  case double(Double)
  /// A string; strings that reach values are expected in Unicode NFC (see ``CELString``).
  case string(String)
  case bytes([UInt8])
  case list(ListValue)
  case map(MapValue)
  case timestamp(CELTimestamp)
  case duration(CELDuration)
  /// A type as a value: `type(1) == int`.
  case type(TypeValue)
  /// A record of the host (a node of a submission), read field by field on demand.
  case object(any HostObject)
  case error(EvaluationError)
}

extension Value {
  /// Wraps a Swift array as a CEL list.
  package static func list(_ elements: [Value]) -> Value { .list(ListValue(elements)) }

  /// Wraps a lazy host list as a CEL list.
  package static func list(host: any HostList) -> Value { .list(ListValue(host: host)) }

  /// A string value normalised to NFC (cheap when the text is ASCII or already NFC).
  package static func normalizedString(_ text: String) -> Value { .string(CELString.nfc(text)) }

  /// An error value of a kind, with a message and, when known, the failing node.
  package static func error(
    _ message: String, kind: EvaluationError.Kind = .other, id: ExprID? = nil
  ) -> Value {
    .error(EvaluationError(message, kind: kind, id: id))
  }

  /// True for ``error(_:)``.
  package var isError: Bool {
    if case .error = self { return true }
    return false
  }

  /// The CEL type of the value, as `type(v)` returns it.
  package var celType: TypeValue {
    switch self {
    case .null: .null
    case .bool: .bool
    case .int: .int
    case .uint: .uint
    case .double: .double
    case .string: .string
    case .bytes: .bytes
    case .list: .list
    case .map: .map
    case .timestamp: .timestamp
    case .duration: .duration
    case .type: .type
    case .object(let object): TypeValue(object.typeName)
    case .error: TypeValue("*error*")
    }
  }

  /// The name of the value's type, for messages (`int`, `string`, `list`...).
  package var typeName: String { celType.name }
}
