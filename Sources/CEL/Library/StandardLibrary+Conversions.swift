/// Type conversions and the `type` and `dyn` functions.
extension StandardLibrary {
  static func conversion(
    _ name: String, _ doc: String, _ result: CELType,
    _ from: [(String, CELType)], _ body: @escaping @Sendable (Value) -> Value
  ) -> LibraryFunction {
    LibraryFunction(
      name, doc: doc,
      overloads: from.map { (id, type) in O.unary(id, type, result, body) })
  }

  static let conversions: [LibraryFunction] = [
    conversion(
      "int", "Converts to int (doubles truncate toward zero; out of range is an error).", .int,
      [
        ("int64_to_int64", .int), ("uint64_to_int64", .uint), ("double_to_int64", .double),
        ("string_to_int64", .string), ("timestamp_to_int64", .timestamp),
      ], Conversions.toInt),
    conversion(
      "uint", "Converts to uint (negative or out of range is an error).", .uint,
      [
        ("uint64_to_uint64", .uint), ("int64_to_uint64", .int), ("double_to_uint64", .double),
        ("string_to_uint64", .string),
      ], Conversions.toUInt),
    conversion(
      "double", "Converts to double.", .double,
      [
        ("double_to_double", .double), ("int64_to_double", .int), ("uint64_to_double", .uint),
        ("string_to_double", .string),
      ], Conversions.toDouble),
    conversion(
      "string", "Converts to string.", .string,
      [
        ("string_to_string", .string), ("int64_to_string", .int), ("uint64_to_string", .uint),
        ("double_to_string", .double), ("bool_to_string", .bool), ("bytes_to_string", .bytes),
        ("timestamp_to_string", .timestamp), ("duration_to_string", .duration),
      ], Conversions.toString),
    conversion(
      "bool", "Converts to bool ('true', 'false', 't', 'f', '1', '0'...).", .bool,
      [("bool_to_bool", .bool), ("string_to_bool", .string)], Conversions.toBool),
    conversion(
      "bytes", "Converts to bytes (a string's UTF-8).", .bytes,
      [("bytes_to_bytes", .bytes), ("string_to_bytes", .string)], Conversions.toBytes),
    conversion(
      "timestamp", "A timestamp from RFC 3339 text or seconds since 1970-01-01T00:00:00Z.",
      .timestamp,
      [
        ("timestamp_to_timestamp", .timestamp), ("string_to_timestamp", .string),
        ("int64_to_timestamp", .int),
      ], Conversions.toTimestamp),
    conversion(
      "duration", "A duration from text such as '1h30m', '3.5s', '-2ms'.", .duration,
      [
        ("duration_to_duration", .duration), ("string_to_duration", .string),
      ], Conversions.toDuration),
    LibraryFunction(
      "type", doc: "The type of a value, as a value.",
      overloads: [
        .unary("type", A, .type(A), typeParameters: ["A"]) { .type($0.celType) }
      ]),
    LibraryFunction(
      "dyn", doc: "The value itself, typed dyn for the checker.",
      overloads: [.unary("to_dyn", A, .dyn, typeParameters: ["A"]) { $0 }]),
  ]
}
