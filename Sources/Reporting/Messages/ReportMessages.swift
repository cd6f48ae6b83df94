import SourceDiagnostics

/// The words of the reports around the findings' own messages: the text, JUnit, SARIF and HTML
/// reports' words, the files given, baselines and the engine's own rules.
package enum ReportMessage: String, MessageCatalogue {
  case waived = "report.waived"
  case waivedUntil = "report.waived-until"
  case errorWord = "report.severity.error"
  case warningWord = "report.severity.warning"
  case infoWord = "report.severity.info"
  case summary = "report.summary"
  case waivedCount = "report.summary.waived"
  case errorsOne = "report.count.error.one"
  case errorsMany = "report.count.error.many"
  case warningsOne = "report.count.warning.one"
  case warningsMany = "report.count.warning.many"
  case rulesOne = "report.count.rule.one"
  case rulesMany = "report.count.rule.many"
  case filesOne = "report.count.file.one"
  case filesMany = "report.count.file.many"
  case basis = "report.basis"
  case path = "report.path"
  case rule = "report.rule"
  case ruleID = "report.rule-id"
  case schemaRule = "report.builtin.schema"
  case expiredRule = "report.builtin.waiver-expired"
  case unusedRule = "report.builtin.waiver-unused"
  case horizonRule = "report.builtin.horizon"
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
    case .waived: LocalizedText(vi: "đã miễn trừ", en: "waived")
    case .waivedUntil:
      LocalizedText(vi: "miễn trừ đến {until}: {reason}; {approved}", en: "waived until {until}: {reason}; {approved}")
    case .errorWord: LocalizedText(vi: "lỗi", en: "error")
    case .warningWord: LocalizedText(vi: "cảnh báo", en: "warning")
    case .infoWord: LocalizedText(vi: "thông tin", en: "info")
    case .summary:
      LocalizedText(
        vi: "{errors} lỗi, {warnings} cảnh báo, {info} thông tin{waived}; {rules} quy tắc được áp dụng, {files} tệp",
        en: "{errors}, {warnings}, {info} info{waived}; {rules} applied, {files}")
    case .waivedCount: LocalizedText(vi: ", {count} được miễn trừ", en: ", {count} waived")
    case .errorsOne: LocalizedText(vi: "{count}", en: "{count} error")
    case .errorsMany: LocalizedText(vi: "{count}", en: "{count} errors")
    case .warningsOne: LocalizedText(vi: "{count}", en: "{count} warning")
    case .warningsMany: LocalizedText(vi: "{count}", en: "{count} warnings")
    case .rulesOne: LocalizedText(vi: "{count}", en: "{count} rule")
    case .rulesMany: LocalizedText(vi: "{count}", en: "{count} rules")
    case .filesOne: LocalizedText(vi: "{count}", en: "{count} file")
    case .filesMany: LocalizedText(vi: "{count}", en: "{count} files")
    case .basis: LocalizedText(vi: "Căn cứ: {text}", en: "Basis: {text}")
    case .path: LocalizedText(vi: "Đường dẫn: {text}", en: "Path: {text}")
    case .rule: LocalizedText(vi: "Quy tắc: {text}", en: "Rule: {text}")
    case .ruleID: LocalizedText(vi: "quy tắc {rule}", en: "rule {rule}")
    case .schemaRule:
      LocalizedText(vi: "Số liệu đúng khuôn dạng của báo cáo", en: "The data follows the submission's schema")
    case .expiredRule: LocalizedText(vi: "Miễn trừ còn thời hạn", en: "A waiver has not expired")
    case .unusedRule: LocalizedText(vi: "Miễn trừ khớp với một phát hiện", en: "A waiver matches a finding")
    case .horizonRule:
      LocalizedText(
        vi: "Ngày xét nằm trong khoảng bộ quy tắc nắm được pháp luật",
        en: "The date judged is within what the pack knows of the law")
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

  /// A count with its noun in English ("1 error", "2 errors"); the number alone in Vietnamese,
  /// where the template names the thing.
  package static func count(_ n: Int, one: ReportMessage, many: ReportMessage) -> LocalizedText {
    (n == 1 ? one : many)(["count": String(n)])
  }
}
