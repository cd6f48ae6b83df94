import SourceDiagnostics

/// The problems the type checker reports: each a stable code and a plain English sentence.
enum CheckerMessage {
  static let undeclaredCode: DiagnosticCode = "expr.undeclared"
  static let unknownFieldCode: DiagnosticCode = "expr.unknown-field"
  static let noOverloadCode: DiagnosticCode = "expr.no-overload"
  static let enumValueCode: DiagnosticCode = "expr.enum-value"
  static let notBoolCode: DiagnosticCode = "expr.not-bool"
  static let typeMismatchCode: DiagnosticCode = "expr.type-mismatch"
  static let unsupportedCode: DiagnosticCode = "expr.unsupported"
  static let invalidRegexCode: DiagnosticCode = "expr.invalid-regex"

  /// A name that is neither a variable in scope nor a function.
  static func undeclared(_ name: String, suggestion: String?) -> (DiagnosticCode, String) {
    (undeclaredCode, "undeclared reference to '\(name)'" + didYouMean(suggestion))
  }

  /// A field the record type does not have.
  static func unknownField(
    _ field: String, on type: CELType, suggestion: String?
  ) -> (DiagnosticCode, String) {
    (unknownFieldCode, "undefined field '\(field)' on type '\(type)'" + didYouMean(suggestion))
  }

  /// A selection `x.f` where `x` is neither a record, a map nor dynamic.
  static func noFieldSelection(_ field: String, on type: CELType) -> (DiagnosticCode, String) {
    (unknownFieldCode, "type '\(type)' does not support field selection (selecting '\(field)')")
  }

  /// A call whose argument types match no overload of the function.
  static func noOverload(
    _ function: String, arguments: [CELType], receiverStyle: Bool
  ) -> (DiagnosticCode, String) {
    var args = arguments
    var signature = ""
    if receiverStyle, let target = args.first {
      signature = "\(target)."
      args.removeFirst()
    }
    signature += "(" + args.map(\.description).joined(separator: ", ") + ")"
    return (
      noOverloadCode,
      "found no matching overload for '\(function)' applied to '\(signature)'"
    )
  }

  /// An operand of a different type than the one required.
  static func typeMismatch(expected: CELType, found: CELType) -> (DiagnosticCode, String) {
    (typeMismatchCode, "expected type '\(expected)' but found '\(found)'")
  }

  /// A macro or comprehension over something that is not a list or a map.
  static func notRange(_ type: CELType) -> (DiagnosticCode, String) {
    (
      typeMismatchCode,
      "expression of type '\(type)' cannot be the range of a comprehension"
        + " (it must be a list, a map or dyn)"
    )
  }

  /// A string literal compared with an enumeration that does not have it as a value.
  static func enumValue(
    _ value: String, of enumeration: EnumTypeDecl, suggestion: String?
  ) -> (DiagnosticCode, String) {
    var message = "'\(value)' is not a value of \(enumeration.name)"
    if let suggestion {
      message += didYouMean(suggestion)
    } else if !enumeration.values.isEmpty && enumeration.values.count <= 12 {
      message += " (its values are "
        + enumeration.values.map { "'\($0)'" }.joined(separator: ", ") + ")"
    }
    return (enumValueCode, message)
  }

  /// A whole expression whose type cannot be the one required (`bool` for a `require`).
  static func resultType(expected: CELType, found: CELType) -> (DiagnosticCode, String) {
    let code = expected == .bool ? notBoolCode : typeMismatchCode
    return (code, "expression must be of type '\(expected)' but has type '\(found)'")
  }

  /// A message literal `Name{...}`.
  static func messageLiteral(_ typeName: String) -> (DiagnosticCode, String) {
    (
      unsupportedCode,
      "message literal '\(typeName){...}' is not supported: message types are not available"
    )
  }

  private static func didYouMean(_ suggestion: String?) -> String {
    suggestion.map { "; did you mean '\($0)'?" } ?? ""
  }
}
