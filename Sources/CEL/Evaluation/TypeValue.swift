/// The type of a type value: its name as CEL prints it.
package struct TypeValue: Hashable, Sendable, CustomStringConvertible {
  /// The name, as `type(x)` prints it: `int`, `list`, `google.protobuf.Timestamp`.
  package let name: String
  /// The type of this name.
  package init(_ name: String) { self.name = name }
  /// The name.
  package var description: String { name }

  /// The type `null_type`.
  package static let null = TypeValue("null_type")
  /// The type `bool`.
  package static let bool = TypeValue("bool")
  /// The type `int`.
  package static let int = TypeValue("int")
  /// The type `uint`.
  package static let uint = TypeValue("uint")
  /// The type `double`.
  package static let double = TypeValue("double")
  /// The type `string`.
  package static let string = TypeValue("string")
  /// The type `bytes`.
  package static let bytes = TypeValue("bytes")
  /// The type `list`.
  package static let list = TypeValue("list")
  /// The type `map`.
  package static let map = TypeValue("map")
  /// The type `google.protobuf.Timestamp`.
  package static let timestamp = TypeValue("google.protobuf.Timestamp")
  /// The type `google.protobuf.Duration`.
  package static let duration = TypeValue("google.protobuf.Duration")
  /// The type `type`.
  package static let type = TypeValue("type")

  /// The type names that can be written as identifiers in an expression (`int`, `list`...).
  static let denotable: [String: TypeValue] = {
    var table: [String: TypeValue] = [:]
    for type in [null, bool, int, uint, double, string, bytes, list, map, timestamp, duration, type] {
      table[type.name] = type
    }
    return table
  }()
}
