/// The type of a type value: its name as CEL prints it.
public struct TypeValue: Hashable, Sendable, CustomStringConvertible {
  public let name: String
  public init(_ name: String) { self.name = name }
  public var description: String { name }

  public static let null = TypeValue("null_type")
  public static let bool = TypeValue("bool")
  public static let int = TypeValue("int")
  public static let uint = TypeValue("uint")
  public static let double = TypeValue("double")
  public static let string = TypeValue("string")
  public static let bytes = TypeValue("bytes")
  public static let list = TypeValue("list")
  public static let map = TypeValue("map")
  public static let timestamp = TypeValue("google.protobuf.Timestamp")
  public static let duration = TypeValue("google.protobuf.Duration")
  public static let type = TypeValue("type")

  /// The type names that can be written as identifiers in an expression (`int`, `list`...).
  static let denotable: [String: TypeValue] = {
    var table: [String: TypeValue] = [:]
    for type in [null, bool, int, uint, double, string, bytes, list, map, timestamp, duration, type] {
      table[type.name] = type
    }
    return table
  }()
}
