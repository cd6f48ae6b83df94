import RuleEngine
import SourceDiagnostics

/// What the commands say of dates typed as people type them: the data's own date, and dates
/// on the command line.
enum DataEntryCommandMessage: String, MessageCatalogue {
  case invalidAsOf = "data.invalid-as-of"
  case notAValue = "data.as-of-not-a-value"
  case badDateArgument = "cli.bad-date"

  var template: LocalizedText {
    switch self {
    case .invalidAsOf:
      LocalizedText(
        vi:
          "ngày số liệu {field} là {value}, không phải một ngày có thật viết dạng NNNN-TT-NN (ví dụ 2026-06-30) nên không biết áp dụng quy định nào; hãy sửa {field} hoặc dùng `--as-of`",
        en:
          "the date {field} is {value}, which is no real date written YYYY-MM-DD (such as 2026-06-30), so the law to apply is unknown; fix {field} or pass `--as-of`"
      )
    case .notAValue:
      LocalizedText(vi: "một danh sách hoặc một nhóm trường", en: "a list or a group of fields")
    case .badDateArgument:
      LocalizedText(
        vi: "'{value}' không phải một ngày có thật; hãy viết NNNN-TT-NN (2026-06-30) hoặc NN/TT/NNNN (30/06/2026)",
        en: "'{value}' is not a real date; write YYYY-MM-DD (2026-06-30) or DD/MM/YYYY (30/06/2026)")
    }
  }

  /// The line for a data date written but no valid date: at its place, with its value.
  static func invalidAsOf(
    field: String?, written: (location: SourceLocation, text: String?), _ language: Language
  ) -> String {
    let value = written.text.map { "'\(TerminalText.escaped($0))'" } ?? notAValue.text(language)
    let spot = TerminalText.escaped(written.location.description)
    let field = TerminalText.escaped(field ?? "as-of")
    return "\(spot): error: " + invalidAsOf.text(language, ["field": field, "value": value])
  }
}
