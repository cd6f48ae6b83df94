import SourceDiagnostics

/// One problem the type checker reports: a stable code and one sentence, in English and in
/// Vietnamese.
typealias CheckerProblem = (code: DiagnosticCode, en: String, vi: String)

/// The problems the type checker reports: each a stable code and a plain sentence, in English
/// and Vietnamese.
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
  static func undeclared(_ name: String, suggestion: String?) -> CheckerProblem {
    (
      undeclaredCode, "undeclared reference to '\(name)'" + didYouMean(suggestion),
      "tên '\(name)' chưa được khai báo" + didYouMeanVi(suggestion)
    )
  }

  /// A field the record type does not have.
  static func unknownField(
    _ field: String, on type: CELType, suggestion: String?
  ) -> CheckerProblem {
    (
      unknownFieldCode, "undefined field '\(field)' on type '\(type)'" + didYouMean(suggestion),
      "kiểu '\(type)' không có trường '\(field)'" + didYouMeanVi(suggestion)
    )
  }

  /// A selection `x.f` where `x` is neither a record, a map nor dynamic.
  static func noFieldSelection(_ field: String, on type: CELType) -> CheckerProblem {
    (
      unknownFieldCode,
      "type '\(type)' does not support field selection (selecting '\(field)')",
      "kiểu '\(type)' không có trường để chọn (đang chọn '\(field)')"
    )
  }

  /// A call whose argument types match no overload of the function.
  static func noOverload(
    _ function: String, arguments: [CELType], receiverStyle: Bool
  ) -> CheckerProblem {
    var args = arguments
    var signature = ""
    if receiverStyle, let target = args.first {
      signature = "\(target)."
      args.removeFirst()
    }
    signature += "(" + args.map(\.description).joined(separator: ", ") + ")"
    return (
      noOverloadCode,
      "found no matching overload for '\(function)' applied to '\(signature)'",
      "'\(function)' không có dạng nào nhận các đối số '\(signature)'"
    )
  }

  /// An operand of a different type than the one required.
  static func typeMismatch(expected: CELType, found: CELType) -> CheckerProblem {
    (
      typeMismatchCode, "expected type '\(expected)' but found '\(found)'",
      "cần kiểu '\(expected)' nhưng gặp kiểu '\(found)'"
    )
  }

  /// A macro or comprehension over something that is not a list or a map.
  static func notRange(_ type: CELType) -> CheckerProblem {
    (
      typeMismatchCode,
      "expression of type '\(type)' cannot be the range of a comprehension"
        + " (it must be a list, a map or dyn)",
      "biểu thức kiểu '\(type)' không thể là phạm vi lặp (phải là list, map hoặc dyn)"
    )
  }

  /// A string literal compared with an enumeration that does not have it as a value.
  static func enumValue(
    _ value: String, of enumeration: EnumTypeDecl, suggestion: String?
  ) -> CheckerProblem {
    var message = "'\(value)' is not a value of \(enumeration.name)"
    var vi = "'\(value)' không phải là một giá trị của \(enumeration.name)"
    if let suggestion {
      message += didYouMean(suggestion)
      vi += didYouMeanVi(suggestion)
    } else if !enumeration.values.isEmpty && enumeration.values.count <= 12 {
      let values = enumeration.values.map { "'\($0)'" }.joined(separator: ", ")
      message += " (its values are " + values + ")"
      vi += " (các giá trị là " + values + ")"
    }
    return (enumValueCode, message, vi)
  }

  /// A whole expression whose type cannot be the one required (`bool` for a `require`).
  static func resultType(expected: CELType, found: CELType) -> CheckerProblem {
    let code = expected == .bool ? notBoolCode : typeMismatchCode
    return (
      code, "expression must be of type '\(expected)' but has type '\(found)'",
      "biểu thức phải có kiểu '\(expected)' nhưng có kiểu '\(found)'"
    )
  }

  /// A message literal `Name{...}`.
  static func messageLiteral(_ typeName: String) -> CheckerProblem {
    (
      unsupportedCode,
      "message literal '\(typeName){...}' is not supported: message types are not available",
      "không hỗ trợ hằng thông điệp '\(typeName){...}': không có kiểu thông điệp nào"
    )
  }

  /// A constant pattern of `matches` that is not valid RE2 syntax.
  static func invalidRegex(_ error: RegexSyntaxError) -> CheckerProblem {
    (invalidRegexCode, error.message, error.vietnamese)
  }

  private static func didYouMean(_ suggestion: String?) -> String {
    suggestion.map { "; did you mean '\($0)'?" } ?? ""
  }

  private static func didYouMeanVi(_ suggestion: String?) -> String {
    suggestion.map { "; có phải là '\($0)'?" } ?? ""
  }
}
