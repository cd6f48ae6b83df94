import SourceDiagnostics

/// The words of the HTML report.
package enum HTMLMessage: String, MessageCatalogue {
  case kicker = "html.kicker"
  case title = "html.title"
  case subject = "html.subject"
  case dataAsOf = "html.data-as-of"
  case line = "html.line"
  case column = "html.column"
  case summary = "html.summary"
  case submissions = "html.submissions"
  case asOfWord = "html.as-of-word"
  case dateJudged = "html.date-judged"
  case pack = "html.pack"
  case rulesApplied = "html.rules-applied"
  case waiversFile = "html.waivers-file"
  case waivedPlural = "html.waived-plural"
  case waived = "html.waived"
  case errorsCard = "html.errors-card"
  case warningsCard = "html.warnings-card"
  case notesCard = "html.notes-card"
  case verdict = "html.verdict"
  case verdictError = "html.verdict-error"
  case verdictErrors = "html.verdict-errors"
  case verdictWarning = "html.verdict-warning"
  case verdictWarnings = "html.verdict-warnings"
  case findingsCount = "html.findings-count"
  case findingsCounts = "html.findings-counts"
  case footer = "html.footer"
  case boardTitle = "html.board-title"
  case boardNote = "html.board-note"
  case commune = "html.commune"
  case legendOK = "html.legend-o-k"
  case legendError = "html.legend-error"
  case legendWarning = "html.legend-warning"
  case legendWaived = "html.legend-waived"
  case legendMissing = "html.legend-missing"
  case legendRequired = "html.legend-required"
  case drillTitle = "html.drill-title"
  case drillBand = "html.drill-band"
  case drillShare = "html.drill-share"
  case drillBelowPlan = "html.drill-below-plan"
  case drillAbovePlan = "html.drill-above-plan"
  case drillWithinPlan = "html.drill-within-plan"
  case drilled = "html.drilled"
  case none = "html.none"
  case heatTitle = "html.heat-title"
  case heatNote = "html.heat-note"
  case total = "html.total"
  case outsideUnits = "html.outside-communes"
  case formatTopic = "html.format-topic"
  case waiversTopic = "html.waivers-topic"
  case horizonTopic = "html.horizon-topic"
  case byUnit = "html.by-commune"
  case byInstrument = "html.by-instrument"
  case noBasis = "html.no-basis"
  case noFindings = "html.no-findings"
  case colSeverity = "html.col-severity"
  case colRule = "html.col-rule"
  case colMessage = "html.col-message"
  case colBasis = "html.col-basis"
  case colPlace = "html.col-place"
  case waiverNote = "html.waiver-note"

  package var template: LocalizedText {
    switch self {
    case .kicker: LocalizedText(vi: "Kết quả kiểm tra số liệu báo cáo", en: "Submission check results")
    case .title:
      LocalizedText(vi: "Báo cáo kiểm tra số liệu", en: "Check report")
    case .subject: LocalizedText(vi: "Tỉnh {name}", en: "{name} province")
    case .dataAsOf: LocalizedText(vi: "số liệu đến ngày {date}", en: "data as of {date}")
    case .line: LocalizedText(vi: "dòng", en: "line")
    case .column: LocalizedText(vi: "cột", en: "column")
    case .summary: LocalizedText(vi: "Tóm tắt", en: "Summary")
    case .submissions: LocalizedText(vi: "Tệp báo cáo", en: "Submission")
    case .asOfWord: LocalizedText(vi: "số liệu đến", en: "as of")
    case .dateJudged: LocalizedText(vi: "Ngày áp dụng quy định", en: "Law applied as of")
    case .pack: LocalizedText(vi: "Bộ quy tắc", en: "Rule pack")
    case .rulesApplied: LocalizedText(vi: "Số quy tắc áp dụng", en: "Rules applied")
    case .waiversFile: LocalizedText(vi: "Tệp miễn trừ", en: "Waivers file")
    case .waivedPlural: LocalizedText(vi: "Đã miễn trừ", en: "Waived")
    case .waived: LocalizedText(vi: "đã miễn trừ", en: "waived")
    case .errorsCard: LocalizedText(vi: "Lỗi", en: "Errors")
    case .warningsCard: LocalizedText(vi: "Cảnh báo", en: "Warnings")
    case .notesCard: LocalizedText(vi: "Thông tin", en: "Notes")
    case .verdictError, .verdictErrors:
      LocalizedText(
        vi: "Báo cáo có {count} lỗi vi phạm quy định của pháp luật cần khắc phục trước khi gửi.",
        en: self == .verdictError
          ? "The submission has {count} error against the law to fix before it is sent."
          : "The submission has {count} errors against the law to fix before it is sent.")
    case .verdictWarning, .verdictWarnings:
      LocalizedText(
        vi: "Không có lỗi; còn {count} cảnh báo cần xem xét.",
        en: self == .verdictWarning ? "No errors; {count} warning to review." : "No errors; {count} warnings to review."
      )
    case .findingsCount, .findingsCounts:
      LocalizedText(vi: "{count} phát hiện", en: self == .findingsCount ? "{count} finding" : "{count} findings")
    case .verdict: LocalizedText(vi: "Không có lỗi hay cảnh báo.", en: "No errors or warnings.")
    case .footer:
      LocalizedText(
        vi:
          "Lập bằng dqtv {version}, bộ quy tắc {pack}. Báo cáo này do máy kiểm tra lập, không thay thế văn bản thẩm định của cơ quan có thẩm quyền.",
        en:
          "Made by dqtv {version} with the rule pack {pack}. A machine check; it does not replace the review of the competent authority."
      )
    case .boardTitle:
      LocalizedText(vi: "Biên chế so với quy định", en: "Staffing against what the law requires")
    case .boardNote:
      LocalizedText(
        vi:
          "Mỗi thanh là số người giữ chức vụ; vạch đen là số lượng quy định (khoảng xám: số được phép). Màu theo kết quả kiểm tra quy tắc.",
        en:
          "Each bar is the number holding the post; the black mark is the number the law requires (grey span: the number allowed). Colours follow the rules' verdicts."
      )
    case .commune: LocalizedText(vi: "Đơn vị báo cáo", en: "Unit of report")
    case .legendOK: LocalizedText(vi: "Đúng quy định", en: "As required")
    case .legendError: LocalizedText(vi: "Vi phạm (lỗi)", en: "Breaks the law (error)")
    case .legendWarning: LocalizedText(vi: "Chưa đúng (cảnh báo)", en: "Not as expected (warning)")
    case .legendWaived: LocalizedText(vi: "Đã miễn trừ", en: "Waived")
    case .legendMissing: LocalizedText(vi: "Còn thiếu so với quy định", en: "Missing against the requirement")
    case .legendRequired: LocalizedText(vi: "Mức quy định", en: "Required")
    case .drillTitle:
      LocalizedText(vi: "Tỷ lệ đơn vị diễn tập năm {year}", en: "Share of units drilling in {year}")
    case .drillBand:
      LocalizedText(vi: "Kế hoạch: {low}–{high}% số đơn vị mỗi năm", en: "Plan: {low}–{high}% of units a year")
    case .drillShare:
      LocalizedText(
        vi: "{count}/{total} đơn vị diễn tập ({percent}%)", en: "{count} of {total} units drill ({percent}%)")
    case .drillBelowPlan: LocalizedText(vi: "Dưới mức kế hoạch tối thiểu.", en: "Below the planned minimum.")
    case .drillAbovePlan: LocalizedText(vi: "Vượt mức kế hoạch.", en: "Above the planned share.")
    case .drillWithinPlan: LocalizedText(vi: "Trong khoảng kế hoạch.", en: "Within the planned band.")
    case .drilled: LocalizedText(vi: "Đơn vị có diễn tập trong năm", en: "Units drilling this year")
    case .none: LocalizedText(vi: "(không có)", en: "(none)")
    case .heatTitle: LocalizedText(vi: "Số phát hiện theo lĩnh vực và theo đơn vị", en: "Findings per topic and unit")
    case .heatNote: LocalizedText(vi: "Không tính các phát hiện đã miễn trừ.", en: "Waived findings are not counted.")
    case .total: LocalizedText(vi: "Tổng", en: "Total")
    case .outsideUnits:
      LocalizedText(
        vi: "Ngoài các đơn vị báo cáo (cấp trên, tệp miễn trừ)",
        en: "Outside the units of report (upper level, waivers)")
    case .formatTopic: LocalizedText(vi: "Khuôn dạng", en: "Format")
    case .waiversTopic: LocalizedText(vi: "Miễn trừ", en: "Waivers")
    case .horizonTopic: LocalizedText(vi: "Giới hạn hiểu biết pháp luật", en: "Horizon of the law")
    case .byUnit: LocalizedText(vi: "Các phát hiện theo đơn vị", en: "Findings by unit")
    case .byInstrument: LocalizedText(vi: "Các phát hiện theo văn bản pháp luật", en: "Findings by legal instrument")
    case .noBasis:
      LocalizedText(
        vi: "Khuôn dạng số liệu và miễn trừ (không dẫn văn bản)", en: "Data format and waivers (no instrument cited)")
    case .noFindings: LocalizedText(vi: "Không có phát hiện nào.", en: "No findings.")
    case .colSeverity: LocalizedText(vi: "Mức", en: "Severity")
    case .colRule: LocalizedText(vi: "Quy tắc", en: "Rule")
    case .colMessage: LocalizedText(vi: "Nội dung", en: "Finding")
    case .colBasis: LocalizedText(vi: "Căn cứ", en: "Basis")
    case .colPlace: LocalizedText(vi: "Vị trí", en: "Location")
    case .waiverNote:
      LocalizedText(
        vi: "Miễn trừ đến {until}: {reason} ({approved})", en: "Waived until {until}: {reason} ({approved})")
    }
  }
}
