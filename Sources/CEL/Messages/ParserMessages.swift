import SourceDiagnostics

/// The sentences of the expression parser's problems.
package enum ParserText: String, MessageCatalogue {
  case tooLong = "expr.too-long"
  case syntax = "expr.syntax"

  package var template: LocalizedText {
    switch self {
    case .tooLong:
      LocalizedText(
        vi: "biểu thức quá dài: {count} ký tự, giới hạn là {limit}",
        en: "expression is too long: {count} characters, the limit is {limit}")
    case .syntax: LocalizedText(vi: "lỗi cú pháp biểu thức: «{detail}»", en: "{detail}")
    }
  }
}
