import RuleEngine
import SourceDiagnostics

/// The words of the HTML report in one language.
struct HTMLWords {
  let language: Language
  /// The names of the topics of rule ids, from the pack's report block.
  let topics: [String: LocalizedText]
  /// The pack's topics, in its order.
  let topicOrder: [String]

  /// The title of the schema's unit of report.
  let unitTitle: LocalizedText?

  /// The report's and the charts' titles, from the pack's report block.
  let titles: [String: LocalizedText]

  init(
    _ language: Language, topics: [(code: String, name: LocalizedText)] = [], unitTitle: LocalizedText? = nil,
    titles: [String: LocalizedText] = [:]
  ) {
    self.language = language
    self.titles = titles
    self.unitTitle = unitTitle
    topicOrder = topics.map(\.code)
    self.topics = Dictionary(topics.map { ($0.code, $0.name) }, uniquingKeysWith: { first, _ in first })
  }

  var vi: Bool { language == .vi }

  func pick(_ vi: String, _ en: String) -> String { self.vi ? vi : en }

  var kicker: String { pick("Kết quả kiểm tra số liệu báo cáo", "Submission check results") }
  var title: String { titles["title"]?[language] ?? pick("Báo cáo kiểm tra số liệu", "Check report") }
  /// The province or commune the report is about; Vietnamese names carry their own kind
  /// (`Xã …`); a province's name does not.
  func subject(_ name: String) -> String {
    let kinds = ["Xã ", "Phường ", "Đặc khu ", "Thị trấn ", "Tỉnh ", "Thành phố "]
    if kinds.contains(where: { name.hasPrefix($0) }) { return name }
    return pick("Tỉnh \(name)", "\(name) province")
  }
  func dataAsOf(_ d: CalendarDate) -> String { pick("số liệu đến ngày \(d.vietnamese)", "data as of \(d)") }
  var line: String { pick("dòng", "line") }
  var column: String { pick("cột", "column") }
  var summary: String { pick("Tóm tắt", "Summary") }
  var submissions: String { pick("Tệp báo cáo", "Submission") }
  var asOfWord: String { pick("số liệu đến", "as of") }
  var dateJudged: String { pick("Ngày áp dụng quy định", "Law applied as of") }
  var pack: String { pick("Bộ quy tắc", "Rule pack") }
  var rulesApplied: String { pick("Số quy tắc áp dụng", "Rules applied") }
  var waiversFile: String { pick("Tệp miễn trừ", "Waivers file") }
  var waivedPlural: String { pick("Đã miễn trừ", "Waived") }
  var waived: String { pick("đã miễn trừ", "waived") }

  func severityPlural(_ s: Severity) -> String {
    switch s {
    case .error: pick("Lỗi", "Errors")
    case .warning: pick("Cảnh báo", "Warnings")
    case .info: pick("Thông tin", "Notes")
    }
  }

  func severity(_ s: Severity) -> String { TextRenderer.word(s, language) }

  func verdict(_ c: FindingCounts) -> String {
    if c.error > 0 {
      return pick(
        "Báo cáo có \(c.error) lỗi vi phạm quy định của pháp luật cần khắc phục trước khi gửi.",
        "The submission has \(c.error) error\(c.error == 1 ? "" : "s") against the law to fix before it is sent.")
    }
    if c.warning > 0 {
      return pick(
        "Không có lỗi; còn \(c.warning) cảnh báo cần xem xét.",
        "No errors; \(c.warning) warning\(c.warning == 1 ? "" : "s") to review.")
    }
    return pick("Không có lỗi hay cảnh báo.", "No errors or warnings.")
  }

  func date(_ d: CalendarDate) -> String { vi ? d.vietnamese : d.description }

  func footer(_ c: ReportContext) -> String {
    pick(
      "Lập bằng dqtv \(c.toolVersion), bộ quy tắc \(c.packLabel). Báo cáo này do máy kiểm tra lập, không thay thế văn bản thẩm định của cơ quan có thẩm quyền.",
      "Made by dqtv \(c.toolVersion) with the rule pack \(c.packLabel). A machine check; it does not replace the review of the competent authority."
    )
  }

  // Charts.
  var boardTitle: String {
    titles["staffing"]?[language] ?? pick("Biên chế so với quy định", "Staffing against what the law requires")
  }
  var boardNote: String {
    pick(
      "Mỗi thanh là số người giữ chức vụ; vạch đen là số lượng quy định (khoảng xám: số được phép). Màu theo kết quả kiểm tra quy tắc.",
      "Each bar is the number holding the post; the black mark is the number the law requires (grey span: the number allowed). Colours follow the rules' verdicts."
    )
  }
  /// The heading of the column of units of report: the unit type's title in the schema.
  var commune: String { unitTitle?[language] ?? pick("Đơn vị báo cáo", "Unit of report") }
  var legendOK: String { pick("Đúng quy định", "As required") }
  var legendError: String { pick("Vi phạm (lỗi)", "Breaks the law (error)") }
  var legendWarning: String { pick("Chưa đúng (cảnh báo)", "Not as expected (warning)") }
  var legendWaived: String { pick("Đã miễn trừ", "Waived") }
  var legendMissing: String { pick("Còn thiếu so với quy định", "Missing against the requirement") }
  var legendRequired: String { pick("Mức quy định", "Required") }

  func drillTitle(_ year: Int) -> String {
    guard let title = titles["drills"]?[language] else {
      return pick("Tỷ lệ đơn vị diễn tập năm \(year)", "Share of units drilling in \(year)")
    }
    return MessageTemplate.fill(title, [("year", String(year))])
  }
  func drillBand(_ r: ClosedRange<Int>) -> String {
    pick(
      "Kế hoạch: \(r.lowerBound)–\(r.upperBound)% số xã mỗi năm",
      "Plan: \(r.lowerBound)–\(r.upperBound)% of communes a year")
  }
  func drillShare(_ n: Int, _ total: Int, _ percent: Int) -> String {
    pick("\(n)/\(total) xã diễn tập (\(percent)%)", "\(n) of \(total) communes drill (\(percent)%)")
  }
  func drillVerdict(_ percent: Double, _ band: ClosedRange<Int>?) -> String {
    guard let band else { return "" }
    if percent < Double(band.lowerBound) { return pick("Dưới mức kế hoạch tối thiểu.", "Below the planned minimum.") }
    if percent > Double(band.upperBound) { return pick("Vượt mức kế hoạch.", "Above the planned share.") }
    return pick("Trong khoảng kế hoạch.", "Within the planned band.")
  }
  var drilled: String { pick("Xã có diễn tập trong năm", "Communes drilling this year") }
  var none: String { pick("(không có)", "(none)") }

  var heatTitle: String { pick("Số phát hiện theo lĩnh vực và theo xã", "Findings per topic and commune") }
  var heatNote: String { pick("Không tính các phát hiện đã miễn trừ.", "Waived findings are not counted.") }
  var total: String { pick("Tổng", "Total") }
  var outsideCommunes: String {
    pick("Ngoài các xã (cấp tỉnh, tệp miễn trừ)", "Outside the communes (province, waivers)")
  }

  /// A topic's name: the pack's, or dqtv's own for the findings dqtv itself makes.
  func topic(_ t: String) -> String {
    if let name = topics[t] { return name[language] }
    switch t {
    case Finding.schemaRule: return pick("Khuôn dạng", "Format")
    case SARIFRenderer.topic(WaiverSet.expiredRule): return pick("Miễn trừ", "Waivers")
    case SARIFRenderer.topic(Finding.horizonRule): return pick("Giới hạn hiểu biết pháp luật", "Horizon of the law")
    default: return t
    }
  }

  // Lists.
  var byCommune: String { pick("Các phát hiện theo xã", "Findings by commune") }
  var byInstrument: String { pick("Các phát hiện theo văn bản pháp luật", "Findings by legal instrument") }
  var noBasis: String {
    pick("Khuôn dạng số liệu và miễn trừ (không dẫn văn bản)", "Data format and waivers (no instrument cited)")
  }
  var noFindings: String { pick("Không có phát hiện nào.", "No findings.") }
  var colSeverity: String { pick("Mức", "Severity") }
  var colRule: String { pick("Quy tắc", "Rule") }
  var colMessage: String { pick("Nội dung", "Finding") }
  var colBasis: String { pick("Căn cứ", "Basis") }
  var colPlace: String { pick("Vị trí", "Location") }
  func waiverNote(_ w: WaiverMark) -> String {
    pick(
      "Miễn trừ đến \(w.until.vietnamese): \(w.reason) (\(w.approvedBy))",
      "Waived until \(w.until): \(w.reason) (\(w.approvedBy))")
  }
  func findingsCount(_ n: Int) -> String { pick("\(n) phát hiện", "\(n) finding\(n == 1 ? "" : "s")") }
}
