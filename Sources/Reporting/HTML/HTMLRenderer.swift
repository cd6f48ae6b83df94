import RuleEngine

/// The findings as one self-contained HTML page for people: a summary, charts drawn as inline
/// SVG (board staffing against the law, drill coverage against the planned band, findings per
/// topic and commune), then every finding grouped by commune and by legal instrument.
///
/// The page loads nothing: no script, no font, no image from the network. Its words follow the
/// context's language (Vietnamese by default). The same input gives byte-identical pages.
package struct HTMLRenderer: FindingRenderer {
  package init() {}

  package func render(_ findings: [ReportedFinding], context: ReportContext) -> String {
    let w = HTMLWords(context.language, topics: context.topics, unitTitle: context.unitTitle, titles: context.titles)
    let groups = CommuneGroups(
      findings, overview: context.overview, unitList: context.unitListField, outsideName: w.outsideUnits)
    var page = HTMLPage()
    page.raw("<!DOCTYPE html>\n<html lang=\"\(context.language.rawValue)\">\n<head>\n<meta charset=\"utf-8\"/>\n")
    page.raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
    page.raw("<meta name=\"generator\" content=\"dqtv \(HTMLPage.escape(context.toolVersion))\"/>\n")
    page.element("title", w.title + (context.asOf.map { " — " + w.date($0) } ?? ""))
    page.raw("<style>\n\(HTMLStyle.css)</style>\n</head>\n<body>\n<main>\n")
    header(&page, context: context, w: w)
    summary(&page, findings, context: context, w: w)
    page.raw(FileTable(files: context.givenFiles, findings: findings, language: context.language).html)
    if let overview = context.overview, !overview.communes.isEmpty {
      page.raw(BoardChart(overview: overview, groups: groups, words: w).html)
      page.raw(DrillChart(overview: overview, words: w).html)
    }
    page.raw(TopicHeatMap(groups: groups, words: w).html)
    page.raw(FindingLists(findings: findings, groups: groups, words: w).html)
    page.raw("<footer>\(HTMLPage.escape(w.footer(context)))</footer>\n</main>\n</body>\n</html>\n")
    return page.text
  }

  func header(_ page: inout HTMLPage, context: ReportContext, w: HTMLWords) {
    page.raw("<header>\n")
    page.element("p", w[.kicker], class: "kicker")
    page.element("h1", w.title)
    var subtitle: [String] = []
    if let subject = context.overview?.subject { subtitle.append(w.subject(subject)) }
    if let asOf = context.asOf { subtitle.append(w.dataAsOf(asOf)) }
    if !subtitle.isEmpty { page.element("p", subtitle.joined(separator: " · "), class: "subtitle") }
    page.raw("</header>\n")
  }

  func summary(_ page: inout HTMLPage, _ findings: [ReportedFinding], context: ReportContext, w: HTMLWords) {
    let counts = FindingCounts(findings)
    page.raw("<section id=\"summary\">\n")
    page.element("h2", w[.summary])
    page.raw("<dl class=\"facts\">\n")
    let files = context.givenFiles.map { f in
      f.asOf.map { "\(f.file) (\(w[.asOfWord]) \(w.date($0)))" } ?? "\(f.file) (\(f.statusText(context.language)))"
    }
    page.fact(w[.submissions], files.isEmpty ? "-" : files.joined(separator: "; "))
    page.fact(w[.dateJudged], context.asOf.map(w.date) ?? "-")
    page.fact(w[.pack], context.packLabel)
    page.fact(w[.rulesApplied], "\(context.rulesApplied)")
    if let waivers = context.waiversFile { page.fact(w[.waiversFile], waivers) }
    if let baseline = context.baselineFile {
      func count(_ s: BaselineState) -> String { "\(findings.filter { $0.baseline == s }.count)" }
      let text = ReportMessage.baselineSummary.text(
        context.language,
        ["file": baseline, "new": count(.new), "unchanged": count(.unchanged), "absent": count(.absent)])
      page.fact(ReportMessage.baselineTerm.text(context.language), text)
    }
    page.raw("</dl>\n<div class=\"cards\">\n")
    for s in Severity.allCases {
      page.raw("<div class=\"card \(s.rawValue)\"><span class=\"n\">\(counts[s])</span>")
      page.raw("<span class=\"l\">\(HTMLPage.escape(w.severityPlural(s)))</span></div>\n")
    }
    page.raw("<div class=\"card waived\"><span class=\"n\">\(counts.waived)</span>")
    page.raw("<span class=\"l\">\(HTMLPage.escape(w[.waivedPlural]))</span></div>\n</div>\n")
    page.element("p", w.verdict(counts), class: counts.error > 0 ? "verdict bad" : "verdict good")
    page.raw("</section>\n")
  }
}

/// HTML text being built, with escaping helpers.
struct HTMLPage {
  var text = ""

  mutating func raw(_ s: String) { text += s }

  mutating func element(_ name: String, _ content: String, class cls: String? = nil) {
    let attr = cls.map { " class=\"\($0)\"" } ?? ""
    text += "<\(name)\(attr)>\(Self.escape(content))</\(name)>\n"
  }

  mutating func fact(_ term: String, _ value: String) {
    text += "<dt>\(Self.escape(term))</dt><dd>\(Self.escape(value))</dd>\n"
  }

  static func escape(_ s: String) -> String { XMLText.escape(s, attribute: true) }
}
