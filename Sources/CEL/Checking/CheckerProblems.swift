import SourceDiagnostics

/// One problem the type checker reports: a stable code and one sentence from ``CheckerText``.
typealias CheckerProblem = (code: DiagnosticCode, text: LocalizedText)

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
    (undeclaredCode, CheckerText.undeclared(["name": name]) + didYouMean(suggestion))
  }

  /// A field the record type does not have.
  static func unknownField(
    _ field: String, on type: CELType, suggestion: String?
  ) -> CheckerProblem {
    (unknownFieldCode, CheckerText.unknownField(["field": field, "type": "\(type)"]) + didYouMean(suggestion))
  }

  /// A selection `x.f` where `x` is neither a record, a map nor dynamic.
  static func noFieldSelection(_ field: String, on type: CELType) -> CheckerProblem {
    (unknownFieldCode, CheckerText.noFieldSelection(["field": field, "type": "\(type)"]))
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
    return (noOverloadCode, CheckerText.noOverload(["function": function, "signature": signature]))
  }

  /// An operand of a different type than the one required.
  static func typeMismatch(expected: CELType, found: CELType) -> CheckerProblem {
    (typeMismatchCode, CheckerText.typeMismatch(["expected": "\(expected)", "found": "\(found)"]))
  }

  /// A macro or comprehension over something that is not a list or a map.
  static func notRange(_ type: CELType) -> CheckerProblem {
    (typeMismatchCode, CheckerText.notRange(["type": "\(type)"]))
  }

  /// A string literal compared with an enumeration that does not have it as a value.
  static func enumValue(
    _ value: String, of enumeration: EnumTypeDecl, suggestion: String?
  ) -> CheckerProblem {
    var text = CheckerText.enumValue(["value": value, "enum": enumeration.name])
    if suggestion != nil {
      text = text + didYouMean(suggestion)
    } else if !enumeration.values.isEmpty && enumeration.values.count <= 12 {
      let values = enumeration.values.map { "'\($0)'" }.joined(separator: ", ")
      text = text + CheckerText.enumValues(["values": values])
    }
    return (enumValueCode, text)
  }

  /// A whole expression whose type cannot be the one required (`bool` for a `require`).
  static func resultType(expected: CELType, found: CELType) -> CheckerProblem {
    let code = expected == .bool ? notBoolCode : typeMismatchCode
    return (code, CheckerText.resultType(["expected": "\(expected)", "found": "\(found)"]))
  }

  /// A message literal `Name{...}`.
  static func messageLiteral(_ typeName: String) -> CheckerProblem {
    (unsupportedCode, CheckerText.messageLiteral(["type": typeName]))
  }

  /// A constant pattern of `matches` that is not valid RE2 syntax.
  static func invalidRegex(_ error: RegexSyntaxError) -> CheckerProblem {
    (invalidRegexCode, error.text)
  }

  private static func didYouMean(_ suggestion: String?) -> LocalizedText {
    suggestion.map { CheckerText.didYouMean(["suggestion": $0]) } ?? LocalizedText(verbatim: "")
  }
}
