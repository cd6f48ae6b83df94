import SourceDiagnostics

/// The reports' words about the files given, baselines and the engine's own rules.
package enum ReportMessage: String, MessageCatalogue {
  case noDate = "report.file.no-date"
  case statusChecked = "report.file.checked"
  case statusUnreadable = "report.file.unreadable"
  case statusNotASubmission = "report.file.not-a-submission"
  case statusNoDate = "report.file.status-no-date"
  case notReadLine = "report.file.not-read-line"
  case filesNotRead = "report.file.count-not-read"
  case filesHeading = "report.file.heading"
  case fileColumn = "report.file.column-file"
  case statusColumn = "report.file.column-status"
  case countsColumn = "report.file.column-counts"
  case readCase = "report.junit.read-case"
  case outsideSuite = "report.junit.outside-suite"
  case belowFailOn = "report.junit.below-fail-on"
  case baselineSummary = "report.baseline.summary"
  case baselineTerm = "report.baseline.term"
  case baselineNew = "report.baseline.new"
  case baselineUnchanged = "report.baseline.unchanged"
  case baselineAbsent = "report.baseline.absent"
  case unknownRuleTitle = "report.rule.waiver-unknown-rule"

  package var template: LocalizedText {
    switch self {
    case .noDate:
      LocalizedText(
        vi:
          "báo cáo không có ngày số liệu ({field}) hợp lệ nên không biết áp dụng quy định nào; hãy sửa {field} hoặc dùng '--as-of'",
        en: "the submission has no valid {field} date, so the law to apply is unknown; fix {field} or pass --as-of")
    case .statusChecked: LocalizedText(vi: "đã kiểm tra", en: "checked")
    case .statusUnreadable: LocalizedText(vi: "không đọc được", en: "not read")
    case .statusNotASubmission:
      LocalizedText(vi: "không đọc được: không phải báo cáo theo khuôn dạng", en: "not read: not a submission")
    case .statusNoDate: LocalizedText(vi: "không kiểm tra được: thiếu ngày số liệu", en: "not judged: no date")
    case .notReadLine: LocalizedText(vi: "{status}: {reason}", en: "{status}: {reason}")
    case .filesNotRead: LocalizedText(vi: "{count} tệp không kiểm tra được", en: "{count} not read")
    case .filesHeading: LocalizedText(vi: "Các tệp đã nhận", en: "Files given")
    case .fileColumn: LocalizedText(vi: "Tệp", en: "File")
    case .statusColumn: LocalizedText(vi: "Trạng thái", en: "Read or not")
    case .countsColumn: LocalizedText(vi: "Lỗi / cảnh báo / thông tin", en: "Errors / warnings / info")
    case .readCase: LocalizedText(vi: "đọc và kiểm tra tệp", en: "read and check the file")
    case .outsideSuite: LocalizedText(vi: "ngoài các tệp báo cáo", en: "outside the submissions")
    case .belowFailOn:
      LocalizedText(
        vi: "dưới mức '--fail-on' nên không tính là thất bại", en: "below --fail-on, so not a failure")
    case .baselineSummary:
      LocalizedText(
        vi: "so với mốc {file}: {new} mới, {unchanged} như cũ, {absent} không còn",
        en: "against the baseline {file}: {new} new, {unchanged} unchanged, {absent} absent")
    case .baselineTerm: LocalizedText(vi: "Mốc so sánh", en: "Baseline")
    case .baselineNew: LocalizedText(vi: "mới", en: "new")
    case .baselineUnchanged: LocalizedText(vi: "như cũ", en: "unchanged")
    case .baselineAbsent: LocalizedText(vi: "không còn", en: "absent")
    case .unknownRuleTitle:
      LocalizedText(vi: "Miễn trừ nêu một mã quy tắc có thật", en: "A waiver names a rule that exists")
    }
  }
}
