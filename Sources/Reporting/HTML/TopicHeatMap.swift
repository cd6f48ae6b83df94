import RuleEngine

/// Findings per topic (the rule id's first part, named by the pack's report block) per unit, as a table whose cells darken with the count, in the colour of the
/// cell's most serious finding (red for errors, amber for warnings, blue for notes). Waived
/// findings are not counted.
struct TopicHeatMap {
  let groups: CommuneGroups
  let words: HTMLWords

  var html: String {
    let topics = groups.topics(packTopics: words.topicOrder)
    var counts: [[Int]] = []
    var worst: [[Severity?]] = []
    for g in groups.groups {
      var row = Array(repeating: 0, count: topics.count)
      var rowWorst = Array(repeating: Severity?.none, count: topics.count)
      for f in g.findings where !f.isWaived {
        guard let j = topics.firstIndex(of: SARIFRenderer.topic(f.rule)) else { continue }
        row[j] += 1
        rowWorst[j] = max(rowWorst[j] ?? f.severity, f.severity)
      }
      counts.append(row)
      worst.append(rowWorst)
    }
    let peak = max(counts.flatMap { $0 }.max() ?? 0, 1)
    var out = "<section id=\"heatmap\">\n<h2>\(esc(words.heatTitle))</h2>\n"
    out += "<p class=\"note\">\(esc(words[.heatNote]))</p>\n<div class=\"scroll\">\n<table class=\"heat\">\n<thead><tr>"
    out += "<th class=\"name\">\(esc(words.unitHeading))</th>"
    for t in topics {
      out +=
        "<th title=\"\(esc(words.topic(t)))\"><span class=\"code\">\(esc(t))</span><span class=\"topic\">\(esc(words.topic(t)))</span></th>"
    }
    out += "<th>\(esc(words[.total]))</th></tr></thead>\n<tbody>\n"
    var columnTotals = Array(repeating: 0, count: topics.count)
    for (i, g) in groups.groups.enumerated() {
      let label = g.code.map { "\(g.name) (\($0))" } ?? g.name
      out += "<tr><th class=\"name\">\(esc(label))</th>"
      for (j, c) in counts[i].enumerated() {
        columnTotals[j] += c
        out += cell(c, worst: worst[i][j] ?? .info, peak: peak, title: "\(g.name) — \(words.topic(topics[j])): \(c)")
      }
      out += "<td class=\"total\">\(counts[i].reduce(0, +))</td></tr>\n"
    }
    out += "</tbody>\n<tfoot><tr><th class=\"name\">\(esc(words[.total]))</th>"
    for c in columnTotals { out += "<td class=\"total\">\(c)</td>" }
    out += "<td class=\"total\">\(columnTotals.reduce(0, +))</td></tr></tfoot>\n</table>\n</div>\n</section>\n"
    return out
  }

  /// A cell shaded from white (0) to the full colour of its worst severity (the largest count
  /// in the table).
  func cell(_ count: Int, worst: Severity, peak: Int, title: String) -> String {
    guard count > 0 else { return "<td class=\"zero\" title=\"\(esc(title))\">·</td>" }
    let full: (Double, Double, Double) =
      switch worst {
      case .error: (183, 28, 28)
      case .warning: (178, 106, 0)
      case .info: (31, 111, 139)
      }
    let t = 0.35 + 0.65 * Double(count) / Double(peak)
    func mix(_ c: Double) -> Int { Int((255 - t * (255 - c)).rounded()) }
    let ink = t > 0.6 ? "#fff" : "#1d2733"
    return
      "<td class=\"\(worst.rawValue)\" style=\"background:rgb(\(mix(full.0)),\(mix(full.1)),\(mix(full.2)));color:\(ink)\" title=\"\(esc(title))\">\(count)</td>"
  }
}
