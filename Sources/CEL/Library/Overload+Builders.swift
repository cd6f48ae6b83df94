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
  static let overflow = Value.error("return error for overflow")
  static let divideByZero = Value.error("divide by zero")
  static let moduloByZero = Value.error("modulus by zero")
  static func range(_ what: String) -> Value { .error("range error: \(what)") }
  /// An implementation reached with arguments its signature should have excluded.
  static func mismatch(_ function: String, _ args: Value...) -> Value {
    .error(EvaluationError.noMatchingOverload(function, args))
  }
}
