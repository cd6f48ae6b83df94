import SourceDiagnostics

/// What an expression's failure at run time says, by kind: the Vietnamese names the kind of
/// failure and quotes the evaluator's technical detail ("no such key: 'x'"), which the English
/// gives as it is.
package enum EvaluationText: String, MessageCatalogue {
  case divisionByZero = "eval.division-by-zero"
  case overflow = "eval.overflow"
  case outOfRange = "eval.out-of-range"
  case indexOutOfRange = "eval.index-out-of-range"
  case noSuchKey = "eval.no-such-key"
  case noMatchingOverload = "eval.no-matching-overload"
  case unknownFunction = "eval.unknown-function"
  case unknownVariable = "eval.unknown-variable"
  case costLimit = "eval.cost-limit"
  case invalidRegex = "eval.invalid-regex"
  case invalidArgument = "eval.invalid-argument"
  case unsupported = "eval.unsupported"
  case invalidData = "eval.invalid-data"
  case other = "eval.other"
  case notBool = "eval.not-bool"

  package var template: LocalizedText {
    switch self {
    case .divisionByZero: LocalizedText(vi: "chia cho số không («{detail}»)", en: "{detail}")
    case .overflow: LocalizedText(vi: "kết quả vượt quá giới hạn của kiểu số («{detail}»)", en: "{detail}")
    case .outOfRange: LocalizedText(vi: "giá trị nằm ngoài phạm vi cho phép («{detail}»)", en: "{detail}")
    case .indexOutOfRange: LocalizedText(vi: "chỉ số vượt ra ngoài danh sách hoặc chuỗi («{detail}»)", en: "{detail}")
    case .noSuchKey: LocalizedText(vi: "không có khóa hoặc trường này («{detail}»)", en: "{detail}")
    case .noMatchingOverload:
      LocalizedText(vi: "phép toán hoặc hàm không nhận kiểu giá trị này («{detail}»)", en: "{detail}")
    case .unknownFunction: LocalizedText(vi: "không có hàm này («{detail}»)", en: "{detail}")
    case .unknownVariable: LocalizedText(vi: "không có biến này («{detail}»)", en: "{detail}")
    case .costLimit: LocalizedText(vi: "biểu thức vượt quá giới hạn tính toán («{detail}»)", en: "{detail}")
    case .invalidRegex: LocalizedText(vi: "biểu thức chính quy không hợp lệ («{detail}»)", en: "{detail}")
    case .invalidArgument: LocalizedText(vi: "đối số có giá trị không dùng được («{detail}»)", en: "{detail}")
    case .unsupported: LocalizedText(vi: "cấu trúc chưa được hỗ trợ («{detail}»)", en: "{detail}")
    case .invalidData: LocalizedText(vi: "dữ liệu sai lược đồ («{detail}»)", en: "{detail}")
    case .other: LocalizedText(vi: "lỗi khi tính biểu thức («{detail}»)", en: "{detail}")
    case .notBool:
      LocalizedText(
        vi: "biểu thức cho giá trị kiểu `{type}`, không phải `bool`", en: "the expression gave {type}, not bool")
    }
  }
}

extension EvaluationError {
  /// The failure in both languages.
  package var text: LocalizedText {
    let entry: EvaluationText =
      switch kind {
      case .divisionByZero: .divisionByZero
      case .overflow: .overflow
      case .outOfRange: .outOfRange
      case .indexOutOfRange: .indexOutOfRange
      case .noSuchKey: .noSuchKey
      case .noMatchingOverload: .noMatchingOverload
      case .unknownFunction: .unknownFunction
      case .unknownVariable: .unknownVariable
      case .costLimit: .costLimit
      case .invalidRegex: .invalidRegex
      case .invalidArgument: .invalidArgument
      case .unsupported: .unsupported
      case .invalidData: .invalidData
      case .other: .other
      }
    return entry(["detail": message])
  }
}
