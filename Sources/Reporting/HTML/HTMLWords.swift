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

  var kicker: String { HTMLMessage.kicker.text(language) }
  var title: String { titles["title"]?[language] ?? HTMLMessage.title.text(language) }
  /// The province or commune the report is about; Vietnamese names carry their own kind
  /// (`Xã …`); a province's name does not.
  func subject(_ name: String) -> String {
    let kinds = ["Xã ", "Phường ", "Đặc khu ", "Thị trấn ", "Tỉnh ", "Thành phố "]
    if kinds.contains(where: { name.hasPrefix($0) }) { return name }
    return HTMLMessage.subject.text(language, ["name": name])
  }
  func dataAsOf(_ d: CalendarDate) -> String { HTMLMessage.dataAsOf.text(language, ["date": d.localized[language]]) }
  var line: String { HTMLMessage.line.text(language) }
  var column: String { HTMLMessage.column.text(language) }
  var summary: String { HTMLMessage.summary.text(language) }
  var submissions: String { HTMLMessage.submissions.text(language) }
  var asOfWord: String { HTMLMessage.asOfWord.text(language) }
  var dateJudged: String { HTMLMessage.dateJudged.text(language) }
  var pack: String { HTMLMessage.pack.text(language) }
  var rulesApplied: String { HTMLMessage.rulesApplied.text(language) }
  var waiversFile: String { HTMLMessage.waiversFile.text(language) }
  var waivedPlural: String { HTMLMessage.waivedPlural.text(language) }
  var waived: String { HTMLMessage.waived.text(language) }

  func severityPlural(_ s: Severity) -> String {
    switch s {
    case .error: HTMLMessage.severityPlural.text(language)
    case .warning: HTMLMessage.severityPlural2.text(language)
    case .info: HTMLMessage.severityPlural3.text(language)
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
  var boardNote: String {
    HTMLMessage.boardNote.text(language)
  }
  /// The heading of the column of units of report: the unit type's title in the schema.
  var commune: String { unitTitle?[language] ?? HTMLMessage.commune.text(language) }
  var legendOK: String { HTMLMessage.legendOK.text(language) }
  var legendError: String { HTMLMessage.legendError.text(language) }
  var legendWarning: String { HTMLMessage.legendWarning.text(language) }
  var legendWaived: String { HTMLMessage.legendWaived.text(language) }
  var legendMissing: String { HTMLMessage.legendMissing.text(language) }
  var legendRequired: String { HTMLMessage.legendRequired.text(language) }

  func drillTitle(_ year: Int) -> String {
    guard let title = titles["drills"]?[language] else {
      return HTMLMessage.drillTitle.text(language, ["year": String(year)])
    }
    return MessageTemplate.fill(title, [("year", String(year))])
  }
  func drillBand(_ r: ClosedRange<Int>) -> String {
    HTMLMessage.drillBand.text(language, ["low": String(r.lowerBound), "high": String(r.upperBound)])
  }
  func drillShare(_ n: Int, _ total: Int, _ percent: Int) -> String {
    HTMLMessage.drillShare.text(language, ["count": String(n), "total": String(total), "percent": String(percent)])
  }
  func drillVerdict(_ percent: Double, _ band: ClosedRange<Int>?) -> String {
    guard let band else { return "" }
    if percent < Double(band.lowerBound) { return HTMLMessage.drillVerdict.text(language) }
    if percent > Double(band.upperBound) { return HTMLMessage.drillVerdict2.text(language) }
    return HTMLMessage.drillVerdict3.text(language)
  }
  var drilled: String { HTMLMessage.drilled.text(language) }
  var none: String { HTMLMessage.none.text(language) }

  var heatTitle: String { HTMLMessage.heatTitle.text(language) }
  var heatNote: String { HTMLMessage.heatNote.text(language) }
  var total: String { HTMLMessage.total.text(language) }
  var outsideCommunes: String {
    HTMLMessage.outsideCommunes.text(language)
  }

  /// A topic's name: the pack's, or dqtv's own for the findings dqtv itself makes.
  func topic(_ t: String) -> String {
    if let name = topics[t] { return name[language] }
    switch t {
    case Finding.schemaRule: return HTMLMessage.topic.text(language)
    case SARIFRenderer.topic(WaiverSet.expiredRule): return HTMLMessage.topic2.text(language)
    case SARIFRenderer.topic(Finding.horizonRule): return HTMLMessage.topic3.text(language)
    default: return t
    }
  }

  // Lists.
  var byCommune: String { HTMLMessage.byCommune.text(language) }
  var byInstrument: String { HTMLMessage.byInstrument.text(language) }
  var noBasis: String {
    HTMLMessage.noBasis.text(language)
  }
  var noFindings: String { HTMLMessage.noFindings.text(language) }
  var colSeverity: String { HTMLMessage.colSeverity.text(language) }
  var colRule: String { HTMLMessage.colRule.text(language) }
  var colMessage: String { HTMLMessage.colMessage.text(language) }
  var colBasis: String { HTMLMessage.colBasis.text(language) }
  var colPlace: String { HTMLMessage.colPlace.text(language) }
  func waiverNote(_ w: WaiverMark) -> String {
    HTMLMessage.waiverNote.text(
      language, ["until": w.until.localized[language], "reason": w.reason, "approved": w.approvedBy])
  }
  func findingsCount(_ n: Int) -> String {
    (n == 1 ? HTMLMessage.findingsCount : HTMLMessage.findingsCounts).text(language, ["count": String(n)])
  }
}
