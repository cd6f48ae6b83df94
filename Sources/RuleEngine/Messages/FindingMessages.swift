import SourceDiagnostics

/// The messages of the findings the engine makes itself: `SCHEMA` findings about the data,
/// evaluation errors, waivers that expired or match nothing, and `PACK.HORIZON`.
package enum FindingMessage: String, MessageCatalogue {
  case notEvaluated = "finding.not-evaluated"
  case root = "finding.root"
  case aText = "finding.kind.text"
  case aWholeNumber = "finding.kind.int"
  case aNumber = "finding.kind.number"
  case trueOrFalse = "finding.kind.bool"
  case aDate = "finding.kind.date"
  case listedValue = "finding.kind.enum"
  case groupOf = "finding.kind.object"
  case aList = "finding.kind.list"
  case aGroup = "finding.found.group"
  case aGroupOfFields = "finding.found.fields"
  case unknownField = "finding.unknown-field"
  case unknownFieldNear = "finding.unknown-field.near"
  case missing = "finding.missing"
  case wrongType = "finding.wrong-type"
  case wrongItem = "finding.wrong-item"
  case impossibleDate = "finding.impossible-date"
  case enumValue = "finding.enum-value"
  case enumValueNear = "finding.enum-value.near"
  case pattern = "finding.pattern"
  case outOfRange = "finding.out-of-range"
  case between = "finding.range.between"
  case atLeast = "finding.range.at-least"
  case atMost = "finding.range.at-most"
  case duplicateKey = "finding.duplicate-key"
  case duplicateKeyAtCell = "finding.duplicate-key-at-cell"
  case danglingReference = "finding.dangling-reference"
  case or = "finding.or"
  case waiverExpired = "finding.waiver-expired"
  case waiverUnused = "finding.waiver-unused"
  case communeCode = "finding.waiver.commune-code"
  case waiverPath = "finding.waiver.path"
  case horizon = "finding.horizon"
  case none = "value.null"
  case yes = "value.true"
  case no = "value.false"
  case decimalSeparator = "value.decimal-separator"

  package var template: LocalizedText {
    switch self {
    case .notEvaluated:
      LocalizedText(
        vi: "Không đánh giá được quy tắc {rule} tại {place}: {problem}.",
        en: "the rule {rule} could not be evaluated at {place}: {problem}")
    case .root: LocalizedText(vi: "gốc tệp", en: "the root")
    case .aText: LocalizedText(vi: "một đoạn văn bản", en: "a text")
    case .aWholeNumber: LocalizedText(vi: "một số nguyên", en: "a whole number")
    case .aNumber: LocalizedText(vi: "một số", en: "a number")
    case .trueOrFalse: LocalizedText(vi: "`true` hoặc `false`", en: "true or false")
    case .aDate: LocalizedText(vi: "một ngày dạng YYYY-MM-DD", en: "a date written YYYY-MM-DD")
    case .listedValue: LocalizedText(vi: "một giá trị trong danh mục", en: "one of the listed values")
    case .groupOf: LocalizedText(vi: "một nhóm trường ({type})", en: "a group of fields ({type})")
    case .aList: LocalizedText(vi: "một danh sách", en: "a list")
    case .aGroup: LocalizedText(vi: "một nhóm", en: "a group")
    case .aGroupOfFields: LocalizedText(vi: "một nhóm trường", en: "a group of fields")
    case .unknownField:
      LocalizedText(vi: "Trường '{name}' không có trong {type}.", en: "unknown field '{name}' in {type}")
    case .unknownFieldNear:
      LocalizedText(
        vi: "Trường '{name}' không có trong {type}; có phải là '{near}'?",
        en: "unknown field '{name}' in {type}; did you mean '{near}'?")
    case .missing:
      LocalizedText(vi: "Thiếu trường bắt buộc {field} của {type}.", en: "missing required field {field} of {type}")
    case .wrongType:
      LocalizedText(
        vi: "{field} phải là {expected}, không phải {found}.", en: "{field} must be {expected}, not {found}")
    case .wrongItem:
      LocalizedText(
        vi: "Mỗi mục của {field} phải là {expected}, không phải {found}.",
        en: "each item of {field} must be {expected}, not {found}")
    case .impossibleDate:
      LocalizedText(vi: "{field}: ngày '{text}' không có thật.", en: "{field}: '{text}' is not a real date")
    case .enumValue:
      LocalizedText(
        vi: "{field}: '{value}' không phải giá trị hợp lệ (các giá trị: {allowed}).",
        en: "{field}: '{value}' is not an allowed value (allowed: {allowed})")
    case .enumValueNear:
      LocalizedText(
        vi: "{field}: '{value}' không phải giá trị hợp lệ; có phải là '{near}'?",
        en: "{field}: '{value}' is not an allowed value; did you mean '{near}'?")
    case .pattern:
      LocalizedText(
        vi: "{field}: '{value}' không đúng dạng quy định.", en: "{field}: '{value}' does not have the required form")
    case .outOfRange:
      LocalizedText(vi: "{field} là {value}, phải {bound}.", en: "{field} is {value}; it must be {bound}")
    case .between: LocalizedText(vi: "từ {low} đến {high}", en: "from {low} to {high}")
    case .atLeast: LocalizedText(vi: "ít nhất {low}", en: "at least {low}")
    case .atMost: LocalizedText(vi: "nhiều nhất {high}", en: "at most {high}")
    case .duplicateKey:
      LocalizedText(
        vi: "{field} '{value}' bị trùng; đã dùng ở dòng {line}.",
        en: "{field} '{value}' is used twice; first on line {line}")
    case .duplicateKeyAtCell:
      LocalizedText(
        vi: "{field} '{value}' bị trùng; đã dùng ở ô {cell}.",
        en: "{field} '{value}' is used twice; first in cell {cell}")
    case .danglingReference:
      LocalizedText(
        vi: "{field} là '{value}', nhưng không có {targets} nào mang mã này trong {within}.",
        en: "{field} is '{value}', but no {targets} of this {within} has that id")
    case .or: LocalizedText(vi: " hoặc ", en: " or ")
    case .waiverExpired:
      LocalizedText(
        vi:
          "Miễn trừ cho {rule} ({approved}) đã hết hạn ngày {until}, trước ngày xét {date}; miễn trừ này không còn tác dụng.",
        en: "The waiver for {rule} ({approved}) expired on {until}, before the date judged, {date}; it waives nothing.")
    case .waiverUnused:
      LocalizedText(
        vi:
          "Miễn trừ cho {rule} không khớp với phát hiện nào; có thể sai mã quy tắc, mã xã hoặc đường dẫn, hoặc sai sót đã được khắc phục.",
        en:
          "The waiver for {rule} matches no finding: the rule id, commune code or path may be wrong, or the mistake has been fixed."
      )
    case .communeCode: LocalizedText(vi: ", mã xã {code}", en: ", commune code {code}")
    case .waiverPath: LocalizedText(vi: ", đường dẫn {path}", en: ", path {path}")
    case .none: LocalizedText(vi: "không có", en: "none")
    case .yes: LocalizedText(vi: "có", en: "yes")
    case .no: LocalizedText(vi: "không", en: "no")
    case .decimalSeparator: LocalizedText(vi: ",", en: ".")
    case .horizon:
      LocalizedText(
        vi:
          "Ngày xét {date} sau ngày {horizon}, ngày cuối cùng mà bộ quy tắc '{pack}' nắm được pháp luật; các quy tắc đã áp dụng có thể không còn là pháp luật hiện hành vào ngày xét.",
        en:
          "Judged on {date}, after {horizon}, the last day the rule pack '{pack}' knows the law for; the rules applied may no longer be the law on that date."
      )
    }
  }
}

extension CalendarDate {
  /// The date as each language writes it: 30/06/2026 and 2026-06-30.
  package var localized: LocalizedText { LocalizedText(vi: vietnamese, en: description) }
}
