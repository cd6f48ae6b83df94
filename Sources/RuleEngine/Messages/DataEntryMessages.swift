import SourceDiagnostics

/// What the reading of a submission says of values typed as people type them.
enum DataEntryMessage: String, MessageCatalogue {
  case enumByTitle = "data.enum-by-title"
  case blankRequired = "data.blank-required"

  /// `{title}` of ``enumByTitle`` is the value's title in parentheses after a space, or nothing
  /// where the title is the code itself.
  var template: LocalizedText {
    switch self {
    case .enumByTitle:
      LocalizedText(
        vi: "{field}: '{value}' không phải mã trong danh mục; có phải là '{code}'{title}? Hãy ghi mã '{code}'.",
        en: "{field}: '{value}' is not a code of the list; did you mean '{code}'{title}? Write the code '{code}'.")
    case .blankRequired:
      LocalizedText(
        vi: "Trường bắt buộc {field} của {type} đang để trống; hãy điền vào.",
        en: "the required field {field} of {type} is left empty; fill it in")
    }
  }
}
