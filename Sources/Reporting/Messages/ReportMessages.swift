import SourceDiagnostics

/// The words of the text, JUnit and SARIF reports around the findings' own messages.
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
        vi: "{errors} lỗi, {warnings} cảnh báo, {info} thông tin{waived}; {rules} quy tắc được áp dụng, {files} tệp.",
        en: "{errors}, {warnings}, {info} info{waived}; {rules} applied, {files}.")
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
    }
  }

  /// A count with its noun in English ("1 error", "2 errors"); the number alone in Vietnamese,
  /// where the template names the thing.
  package static func count(_ n: Int, one: ReportMessage, many: ReportMessage) -> LocalizedText {
    (n == 1 ? one : many)(["count": String(n)])
  }
}
