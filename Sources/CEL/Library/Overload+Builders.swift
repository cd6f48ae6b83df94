/// Short constructors for the library tables.
extension LibraryOverload {
  static func unary(
    _ id: String, _ parameter: CELType, _ result: CELType, receiver: Bool = false,
    typeParameters: [String] = [], _ body: @escaping @Sendable (Value) -> Value
  ) -> LibraryOverload {
    LibraryOverload(
      OverloadSignature(
        id: id, receiverStyle: receiver, parameters: [parameter], result: result,
        typeParameters: typeParameters),
      .unary(body))
  }

  static func binary(
    _ id: String, _ first: CELType, _ second: CELType, _ result: CELType,
    receiver: Bool = false, typeParameters: [String] = [],
    _ body: @escaping @Sendable (Value, Value) -> Value
  ) -> LibraryOverload {
    LibraryOverload(
      OverloadSignature(
        id: id, receiverStyle: receiver, parameters: [first, second], result: result,
        typeParameters: typeParameters),
      .binary(body))
  }

  static func ternary(
    _ id: String, _ parameters: [CELType], _ result: CELType, receiver: Bool = false,
    typeParameters: [String] = [], _ body: @escaping @Sendable (Value, Value, Value) -> Value
  ) -> LibraryOverload {
    LibraryOverload(
      OverloadSignature(
        id: id, receiverStyle: receiver, parameters: parameters, result: result,
        typeParameters: typeParameters),
      .ternary(body))
  }

  static func variadic(
    _ id: String, _ parameters: [CELType], _ result: CELType, receiver: Bool = false,
    typeParameters: [String] = [], _ body: @escaping @Sendable ([Value]) -> Value
  ) -> LibraryOverload {
    LibraryOverload(
      OverloadSignature(
        id: id, receiverStyle: receiver, parameters: parameters, result: result,
        typeParameters: typeParameters),
      .variadic(body))
  }
}

/// Error values the library returns; the evaluator attributes them to the calling node.
enum Failure {
  static let overflow = Value.error("return error for overflow", kind: .overflow)
  static let divideByZero = Value.error("divide by zero", kind: .divisionByZero)
  static let moduloByZero = Value.error("modulus by zero", kind: .divisionByZero)
  static func range(_ what: String) -> Value { .error("range error: \(what)", kind: .outOfRange) }
  /// An argument value the function cannot take.
  static func invalid(_ message: String) -> Value { .error(message, kind: .invalidArgument) }
  /// An index outside a list or string.
  static func index(_ position: Int64) -> Value {
    .error("index out of range: \(position)", kind: .indexOutOfRange)
  }
  /// An implementation reached with arguments its signature should have excluded.
  static func mismatch(_ function: String, _ args: Value...) -> Value {
    .error(EvaluationError.noMatchingOverload(function, args))
  }
}
