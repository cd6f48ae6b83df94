import SourceDiagnostics

/// The sentences of the type checker's problems (see ``CheckerMessage`` for their codes).
package enum CheckerText: String, MessageCatalogue {
  case undeclared = "expr.undeclared"
  case unknownField = "expr.unknown-field"
  case noFieldSelection = "expr.unknown-field.no-fields"
  case noOverload = "expr.no-overload"
  case typeMismatch = "expr.type-mismatch"
  case notRange = "expr.type-mismatch.range"
  case enumValue = "expr.enum-value"
  case enumValues = "expr.enum-value.values"
  case resultType = "expr.not-bool"
  case messageLiteral = "expr.unsupported"
  case didYouMean = "expr.did-you-mean"
  case invalidRegex = "expr.invalid-regex"
  case regexAt = "expr.invalid-regex.at"
  case badEscape = "regex.bad-escape"
  case badCharClass = "regex.bad-char-class"
  case badCharRange = "regex.bad-char-range"
  case missingBracket = "regex.missing-bracket"
  case missingParen = "regex.missing-paren"
  case unexpectedParen = "regex.unexpected-paren"
  case trailingBackslash = "regex.trailing-backslash"
  case repeatArgument = "regex.repeat-argument"
  case repeatSize = "regex.repeat-size"
  case repeatOp = "regex.repeat-op"
  case badPerlOp = "regex.bad-perl-op"
  case badUTF8 = "regex.bad-utf8"
  case badNamedCapture = "regex.bad-named-capture"
  case patternTooLarge = "regex.pattern-too-large"
  case regexOther = "regex.other"

  package var template: LocalizedText {
    switch self {
    case .undeclared: LocalizedText(vi: "tên '{name}' chưa được khai báo", en: "undeclared reference to '{name}'")
    case .unknownField:
      LocalizedText(vi: "kiểu '{type}' không có trường '{field}'", en: "undefined field '{field}' on type '{type}'")
    case .noFieldSelection:
      LocalizedText(
        vi: "kiểu '{type}' không có trường để chọn (đang chọn '{field}')",
        en: "type '{type}' does not support field selection (selecting '{field}')")
    case .noOverload:
      LocalizedText(
        vi: "'{function}' không có dạng nào nhận các đối số '{signature}'",
        en: "found no matching overload for '{function}' applied to '{signature}'")
    case .typeMismatch:
      LocalizedText(
        vi: "cần kiểu '{expected}' nhưng gặp kiểu '{found}'", en: "expected type '{expected}' but found '{found}'")
    case .notRange:
      LocalizedText(
        vi: "biểu thức kiểu '{type}' không thể là phạm vi lặp (phải là `list`, `map` hoặc `dyn`)",
        en: "expression of type '{type}' cannot be the range of a comprehension (it must be a list, a map or dyn)")
    case .enumValue:
      LocalizedText(
        vi: "'{value}' không phải là một giá trị của {enum}", en: "'{value}' is not a value of {enum}")
    case .enumValues: LocalizedText(vi: " (các giá trị là {values})", en: " (its values are {values})")
    case .resultType:
      LocalizedText(
        vi: "biểu thức phải có kiểu '{expected}' nhưng có kiểu '{found}'",
        en: "expression must be of type '{expected}' but has type '{found}'")
    case .messageLiteral:
      LocalizedText(
        vi: "không hỗ trợ hằng thông điệp '{type}{...}': không có kiểu thông điệp nào",
        en: "message literal '{type}{...}' is not supported: message types are not available")
    case .didYouMean: LocalizedText(vi: "; có phải là '{suggestion}'?", en: "; did you mean '{suggestion}'?")
    case .invalidRegex:
      LocalizedText(
        vi: "biểu thức chính quy '{pattern}' không hợp lệ: {reason}{at}",
        en: "invalid regular expression '{pattern}': {reason}{at}")
    case .regexAt: LocalizedText(vi: " tại '{fragment}'", en: " at '{fragment}'")
    case .badEscape: LocalizedText(vi: "chuỗi thoát không hợp lệ", en: "invalid escape sequence")
    case .badCharClass: LocalizedText(vi: "lớp ký tự không hợp lệ", en: "invalid character class")
    case .badCharRange: LocalizedText(vi: "khoảng ký tự không hợp lệ", en: "invalid character range")
    case .missingBracket: LocalizedText(vi: "thiếu dấu ] đóng", en: "missing closing ]")
    case .missingParen: LocalizedText(vi: "thiếu dấu ) đóng", en: "missing closing )")
    case .unexpectedParen: LocalizedText(vi: "thừa dấu )", en: "unexpected )")
    case .trailingBackslash: LocalizedText(vi: "dấu \\ ở cuối biểu thức", en: "trailing \\ at the end")
    case .repeatArgument:
      LocalizedText(vi: "toán tử lặp không có gì để lặp", en: "repetition operator with nothing to repeat")
    case .repeatSize: LocalizedText(vi: "số lần lặp không hợp lệ", en: "invalid repetition count")
    case .repeatOp: LocalizedText(vi: "toán tử lặp không hợp lệ", en: "invalid repetition operator")
    case .badPerlOp:
      LocalizedText(
        vi:
          "cú pháp nhóm không hợp lệ hoặc không được hỗ trợ (RE2 không có phép nhìn trước, nhìn sau hay tham chiếu ngược)",
        en: "invalid or unsupported group syntax (RE2 has no look-around or backreferences)")
    case .badUTF8: LocalizedText(vi: "mã UTF-8 không hợp lệ", en: "invalid UTF-8")
    case .badNamedCapture: LocalizedText(vi: "nhóm có tên không hợp lệ", en: "invalid named group")
    case .patternTooLarge: LocalizedText(vi: "biểu thức quá lớn", en: "pattern too large")
    case .regexOther: LocalizedText(vi: "RE2 không biên dịch được", en: "RE2 could not compile it")
    }
  }
}
