/// The type of a CEL value, as the checker sees it.
///
/// Schema types enter as ``object(_:)`` (a record with named fields, such as `Commune`) and
/// ``enumeration(_:)`` (a string whose values are a known set, such as `Position`); dates are
/// ``timestamp``. ``dyn`` is CEL's gradual "any type", ``typeParam(_:)`` a type variable of an
/// overload signature (`list(A)`), and ``error`` the type of an expression that failed to check.
package indirect enum CELType: Hashable, Sendable, CustomStringConvertible {
  case dyn
  case null
  case bool
  case int
  case uint
  case double
  case string
  case bytes
  case timestamp
  case duration
  case list(CELType)
  case map(key: CELType, value: CELType)
  /// The type of a type value (`type(1)` has type `type(int)`); `nil` when unknown.
  case type(CELType?)
  /// A record type of the schema, by name.
  case object(String)
  /// A string enumeration of the schema, by name.
  case enumeration(String)
  /// A type variable in an overload signature.
  case typeParam(String)
  case error

  /// The name CEL prints for the type (`type(x)` in messages): `int`, `list(string)`,
  /// `map(string, int)`, `google.protobuf.Timestamp`, `Commune`...
  package var description: String {
    switch self {
    case .dyn: "dyn"
    case .null: "null_type"
    case .bool: "bool"
    case .int: "int"
    case .uint: "uint"
    case .double: "double"
    case .string: "string"
    case .bytes: "bytes"
    case .timestamp: "google.protobuf.Timestamp"
    case .duration: "google.protobuf.Duration"
    case .list(let element): "list(\(element))"
    case .map(let key, let value): "map(\(key), \(value))"
    case .type(let inner): inner.map { "type(\($0))" } ?? "type"
    case .object(let name): name
    case .enumeration(let name): name
    case .typeParam(let name): name
    case .error: "*error*"
    }
  }
}

/// The signature of one overload of a function, as the checker needs it.
///
/// For a receiver-style overload (`s.startsWith(p)`) the receiver is the first parameter.
package struct OverloadSignature: Hashable, Sendable {
  /// A stable id, as cel-go names them: `add_int64`, `size_string`, `string_starts_with`...
  package var id: String
  package var isReceiverStyle: Bool
  package var parameters: [CELType]
  package var result: CELType
  /// The type variables the signature uses (`A` in `size(list(A)) -> int`).
  package var typeParameters: [String]

  package init(
    id: String, receiverStyle: Bool = false, parameters: [CELType], result: CELType,
    typeParameters: [String] = []
  ) {
    self.id = id
    self.isReceiverStyle = receiverStyle
    self.parameters = parameters
    self.result = result
    self.typeParameters = typeParameters
  }
}

/// A function the checker knows: its name, a one-line description, and its overloads.
///
/// The standard library and the dqtv extensions are declared in one table (see
/// `StandardLibrary`), from which the checker's declarations, the evaluator's implementations
/// and the documentation are all drawn.
package struct FunctionSignature: Hashable, Sendable {
  package var name: String
  package var doc: String
  package var overloads: [OverloadSignature]

  package init(name: String, doc: String, overloads: [OverloadSignature]) {
    self.name = name
    self.doc = doc
    self.overloads = overloads
  }
}
