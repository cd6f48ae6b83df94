import SourceDiagnostics

/// What `dqtv lint` says of a pack beyond what loading and compiling it report.
package enum LintMessage: String, MessageCatalogue {
  case untested = "lint.untested"
  case unknownInstrument = "lint.unknown-instrument"
  case outlivesInstruments = "lint.outlives-instruments"
  case formatWithoutField = "lint.format-without-field"

  package var template: LocalizedText {
    switch self {
    case .untested:
      LocalizedText(
        vi: "không phép thử nào của bộ quy tắc này làm '{id}' phát sinh phát hiện",
        en: "no test of this pack makes '{id}' fire")
    case .unknownInstrument:
      LocalizedText(
        vi: "'{doc}' không có trong danh mục văn bản của bộ quy tắc (`instruments.yaml`)",
        en: "'{doc}' is not one of the pack's instruments (instruments.yaml)")
    case .outlivesInstruments:
      LocalizedText(
        vi:
          "phiên bản này của '{id}' có hiệu lực {period}, quá ngày {last} là ngày cuối mà các văn bản nó viện dẫn ({docs}) còn hiệu lực; hãy cho nó hết hiệu lực trước ngày đó",
        en:
          "this version of '{id}' is in force {period}, past {last}, the last day any instrument it cites ({docs}) is in force; end it by then"
      )
    case .formatWithoutField:
      LocalizedText(
        vi:
          "lược đồ nêu định dạng báo cáo (`submission_format`) '{format}', nhưng kiểu gốc {root} không có trường nào mang vai trò `format-version`, nên không báo cáo nào được yêu cầu ghi định dạng này; hãy thêm trường đó hoặc bỏ `submission_format`",
        en:
          "the schema names the submission format '{format}' (submission_format), but no field of the root type {root} has the role format-version, so no submission is asked for it; add that field or drop submission_format"
      )
    }
  }
}
