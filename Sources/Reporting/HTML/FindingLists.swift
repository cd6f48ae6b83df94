import RuleEngine
import SourceDiagnostics

/// Every finding, twice: grouped by commune, then by the legal instrument it cites, each with
/// its severity, rule, message, citation and place in the file.
struct FindingLists {
  let findings: [ReportedFinding]
  let groups: CommuneGroups
  let words: HTMLWords

  var html: String {
    var out = "<section id=\"by-commune\">\n<h2>\(esc(words.byUnit))</h2>\n"
    if findings.isEmpty { out += "<p>\(esc(words[.noFindings]))</p>\n" }
    for g in groups.groups where !g.findings.isEmpty {
      let label = g.code.map { "\(g.name) (\($0))" } ?? g.name
      out += "<h3>\(esc(label)) <span class=\"count\">— \(esc(words.findingsCount(g.findings.count)))</span></h3>\n"
      out += table(g.findings, communeColumn: false)
    }
    out += "</section>\n<section id=\"by-instrument\">\n<h2>\(esc(words[.byInstrument]))</h2>\n"
    if findings.isEmpty { out += "<p>\(esc(words[.noFindings]))</p>\n" }
    for (doc, items) in byInstrument() {
      // The instrument's title after its number, when the pack lists it.
      let named = items.lazy.flatMap(\.basis).first { $0.doc == doc && $0.title != nil }?.title
      let title = doc.map { d in named.map { "\(d) — \($0[words.language])" } ?? d } ?? words[.noBasis]
      out += "<h3>\(esc(title)) <span class=\"count\">— \(esc(words.findingsCount(items.count)))</span></h3>\n"
      out += table(items, communeColumn: true, only: doc)
    }
    out += "</section>\n"
    return out
  }

  /// The findings under each instrument they cite, instruments sorted; findings citing none last.
  func byInstrument() -> [(doc: String?, findings: [ReportedFinding])] {
    var byDoc: [String: [ReportedFinding]] = [:]
    var none: [ReportedFinding] = []
    for f in findings {
      let docs = Set(f.basis.map(\.doc))
      if docs.isEmpty { none.append(f) }
      for d in docs { byDoc[d, default: []].append(f) }
    }
    var result: [(doc: String?, findings: [ReportedFinding])] = byDoc.keys.sorted(by: Self.instrumentOrder).map {
      ($0, byDoc[$0]!)
    }
    if !none.isEmpty { result.append((nil, none)) }
    return result
  }

  /// Laws first (QH), then decrees, resolutions and circulars; within a kind, by year then number.
  static func instrumentOrder(_ a: String, _ b: String) -> Bool {
    func key(_ d: String) -> (Int, Int, String) {
      let parts = d.split(separator: "/")
      let year = parts.count > 1 ? Int(parts[1]) ?? 0 : 0
      let kind = parts.last.map(String.init) ?? ""
      let rank = kind.hasPrefix("QH") ? 0 : kind.contains("NĐ") ? 1 : kind.contains("NQ") ? 2 : 3
      return (rank, year, d)
    }
    let (ka, kb) = (key(a), key(b))
    return ka.0 != kb.0 ? ka.0 < kb.0 : ka.1 != kb.1 ? ka.1 < kb.1 : ka.2 < kb.2
  }

  func table(_ items: [ReportedFinding], communeColumn: Bool, only doc: String? = nil) -> String {
    var out = "<table class=\"findings\">\n<colgroup><col class=\"c-sev\"/><col class=\"c-rule\"/>"
    if communeColumn { out += "<col class=\"c-commune\"/>" }
    out +=
      "<col class=\"c-msg\"/><col class=\"c-basis\"/><col class=\"c-place\"/></colgroup>\n<thead><tr><th>\(esc(words[.colSeverity]))</th><th>\(esc(words[.colRule]))</th>"
    if communeColumn { out += "<th>\(esc(words.unitHeading))</th>" }
    out +=
      "<th>\(esc(words[.colMessage]))</th><th>\(esc(words[.colBasis]))</th><th>\(esc(words[.colPlace]))</th></tr></thead>\n<tbody>\n"
    for f in items.sorted(by: Self.moreSerious) {
      let cls = f.isWaived ? "waived" : f.severity.rawValue
      out +=
        "<tr class=\"\(cls)\"><td><span class=\"badge \(f.severity.rawValue)\">\(esc(words.severity(f.severity)))</span>"
      if f.isWaived { out += "<br/><span class=\"badge waived\">\(esc(words[.waived]))</span>" }
      if let state = f.baseline {
        out += "<br/><span class=\"badge baseline-\(state.rawValue)\">\(esc(Self.word(state, words.language)))</span>"
      }
      out += "</td><td class=\"rule\">\(esc(f.rule))</td>"
      if communeColumn { out += "<td>\(esc(communeName(f)))</td>" }
      out += "<td>\(esc(f.message[words.language]))"
      if let w = f.waiver { out += "<div class=\"waiver\">\(esc(words.waiverNote(w)))</div>" }
      let cited = f.basis.filter { doc == nil || $0.doc == doc }.map { Self.citation($0, language: words.language) }
      out += "</td><td class=\"basis\">\(cited.joined(separator: "<br/>"))</td>"
      let file = f.location.file.split(separator: "/").last.map(String.init) ?? f.location.file
      out += "<td class=\"place\" title=\"\(esc(f.location.description))\">"
      // A cell shows as `Sheet!F12`, the way a spreadsheet names it.
      let place =
        f.location.sheet == nil
        ? "\(words[.line]) \(f.location.line), \(words[.column]) \(f.location.column)" : f.location.place
      out += "<span class=\"file\">\(esc(file))</span><br/>\(esc(place))"
      if !f.path.isEmpty { out += "<br/><span class=\"path\">\(esc(f.path))</span>" }
      out += "</td></tr>\n"
    }
    out += "</tbody>\n</table>\n"
    return out
  }

  /// Standing findings before waived ones, errors before warnings before notes, then in the
  /// report's order.
  static func moreSerious(_ a: ReportedFinding, _ b: ReportedFinding) -> Bool {
    if a.isWaived != b.isWaived { return !a.isWaived }
    if a.severity != b.severity { return a.severity > b.severity }
    return ReportedFinding.precedes(a, b)
  }

  func communeName(_ f: ReportedFinding) -> String {
    groups.names[CommuneGroups.key(f)] ?? ""
  }
}

extension FindingLists {
  /// Where a finding stands against the baseline, in words.
  static func word(_ state: BaselineState, _ language: Language) -> String {
    switch state {
    case .new: ReportMessage.baselineNew.text(language)
    case .unchanged: ReportMessage.baselineUnchanged.text(language)
    case .absent: ReportMessage.baselineAbsent.text(language)
    }
  }

  /// A citation in the report's language, with its instrument's title on hover and a link to
  /// it when the pack gives one.
  static func citation(_ c: Citation, language: Language) -> String {
    let text = esc(c.text(in: language))
    let title = c.title.map { " title=\"\(esc($0[language]))\"" } ?? ""
    guard let url = c.url, url.hasPrefix("https://") || url.hasPrefix("http://") else {
      return title.isEmpty ? text : "<span\(title)>\(text)</span>"
    }
    return "<a href=\"\(esc(url))\"\(title)>\(text)</a>"
  }
}
