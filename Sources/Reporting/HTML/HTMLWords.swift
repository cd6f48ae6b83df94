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

  /// A word of the catalogue that the pack does not change, in the report's language.
  subscript(_ message: HTMLMessage) -> String { message.text(language) }

  var title: String { titles["title"]?[language] ?? HTMLMessage.title.text(language) }
  /// The province or commune the report is about; Vietnamese names carry their own kind
  /// (`Xã …`); a province's name does not.
  func subject(_ name: String) -> String {
    let kinds = ["Xã ", "Phường ", "Đặc khu ", "Thị trấn ", "Tỉnh ", "Thành phố "]
    if kinds.contains(where: { name.hasPrefix($0) }) { return name }
    return HTMLMessage.subject.text(language, ["name": name])
  }
  func dataAsOf(_ d: CalendarDate) -> String { HTMLMessage.dataAsOf.text(language, ["date": d.localized[language]]) }

  func severityPlural(_ s: Severity) -> String {
    switch s {
    case .error: HTMLMessage.errorsCard.text(language)
    case .warning: HTMLMessage.warningsCard.text(language)
    case .info: HTMLMessage.notesCard.text(language)
    }
  }

  func severity(_ s: Severity) -> String { TextRenderer.word(s, language) }

  func verdict(_ c: FindingCounts) -> String {
    if c.error > 0 {
      return (c.error == 1 ? HTMLMessage.verdictError : HTMLMessage.verdictErrors).text(
        language, ["count": String(c.error)])
    }
    if c.warning > 0 {
      return (c.warning == 1 ? HTMLMessage.verdictWarning : HTMLMessage.verdictWarnings).text(
        language, ["count": String(c.warning)])
    }
    return HTMLMessage.verdict.text(language)
  }

  func date(_ d: CalendarDate) -> String { d.localized[language] }

  func footer(_ c: ReportContext) -> String {
    HTMLMessage.footer.text(language, ["version": c.toolVersion, "pack": c.packLabel])
  }

  // Charts.
  var boardTitle: String {
    titles["staffing"]?[language] ?? HTMLMessage.boardTitle.text(language)
  }
  /// The heading of the column of units of report: the unit type's title in the schema.
  var unitHeading: String { unitTitle?[language] ?? HTMLMessage.commune.text(language) }

  /// A pack's title with its placeholders filled, or the catalogue's entry when the pack has none.
  private func titled(_ key: String, _ fallback: HTMLMessage, _ values: [(String, String)]) -> String {
    MessageTemplate.fill(titles[key]?[language] ?? fallback.template[language], values)
  }

  func drillTitle(_ year: Int) -> String { titled("drills", .drillTitle, [("year", String(year))]) }
  /// The words before the names of the units that drill.
  var drilled: String { titled("drilled", .drilled, []) }
  /// The heat map's title.
  var heatTitle: String { titled("heat_map", .heatTitle, []) }
  /// The heading of the findings grouped by unit.
  var byUnit: String { titled("by_unit", .byUnit, []) }
  /// The name of the group of findings that lie in no unit.
  var outsideUnits: String { titled("outside_units", .outsideUnits, []) }
  func drillBand(_ r: ClosedRange<Int>) -> String {
    titled("drill_band", .drillBand, [("low", String(r.lowerBound)), ("high", String(r.upperBound))])
  }
  func drillShare(_ n: Int, _ total: Int, _ percent: Int) -> String {
    titled("drill_share", .drillShare, [("count", String(n)), ("total", String(total)), ("percent", String(percent))])
  }
  func drillVerdict(_ percent: Double, _ band: ClosedRange<Int>?) -> String {
    guard let band else { return "" }
    if percent < Double(band.lowerBound) { return HTMLMessage.drillBelowPlan.text(language) }
    if percent > Double(band.upperBound) { return HTMLMessage.drillAbovePlan.text(language) }
    return HTMLMessage.drillWithinPlan.text(language)
  }

  /// A topic's name: the pack's, or dqtv's own for the findings dqtv itself makes.
  func topic(_ t: String) -> String {
    if let name = topics[t] { return name[language] }
    switch t {
    case Finding.schemaRule: return HTMLMessage.formatTopic.text(language)
    case SARIFRenderer.topic(WaiverSet.expiredRule): return HTMLMessage.waiversTopic.text(language)
    case SARIFRenderer.topic(Finding.horizonRule): return HTMLMessage.horizonTopic.text(language)
    default: return t
    }
  }

  // Lists.
  func waiverNote(_ w: WaiverMark) -> String {
    HTMLMessage.waiverNote.text(
      language, ["until": w.until.localized[language], "reason": w.reason, "approved": w.approvedBy])
  }
  func findingsCount(_ n: Int) -> String {
    (n == 1 ? HTMLMessage.findingsCount : HTMLMessage.findingsCounts).text(language, ["count": String(n)])
  }
}
