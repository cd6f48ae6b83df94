/// The share of communes that drill in the year judged, on a scale of 0–100 %, against the
/// planned band (20–25 % in the bundled pack), with the communes that drill named below.
struct DrillChart {
  let overview: ProvinceOverview
  let words: HTMLWords

  static let left = 20.0
  static let scale = 8.0

  var html: String {
    let share = overview.drillShare
    let percent = Int(share.percent.rounded())
    let width = Self.left * 2 + 100 * Self.scale
    func x(_ p: Double) -> Double { Self.left + p * Self.scale }
    var svg = "<svg class=\"chart\" role=\"img\" viewBox=\"0 0 \(svgNumber(width)) 96\" width=\"\(svgNumber(width))\" "
    svg += "aria-label=\"\(esc(words.drillTitle(overview.year)))\">\n"
    svg +=
      "<rect x=\"\(svgNumber(x(0)))\" y=\"30\" width=\"\(svgNumber(100 * Self.scale))\" height=\"22\" class=\"track\"/>\n"
    let status: String
    if let band = overview.drillBand {
      let lo = Double(band.lowerBound)
      let hi = Double(band.upperBound)
      svg +=
        "<rect x=\"\(svgNumber(x(lo)))\" y=\"22\" width=\"\(svgNumber(max((hi - lo) * Self.scale, 2)))\" height=\"38\" class=\"band\"/>\n"
      svg +=
        "<text x=\"\(svgNumber(x((lo + hi) / 2)))\" y=\"16\" class=\"bandlabel\" text-anchor=\"middle\">\(esc(words.drillBand(band)))</text>\n"
      status = share.percent < lo ? "warn" : share.percent > hi ? "info" : "ok"
    } else {
      status = "ok"
    }
    svg += "<g class=\"\(status)\"><title>\(esc(words.drillShare(share.drilling, share.total, percent)))</title>"
    svg +=
      "<rect x=\"\(svgNumber(x(0)))\" y=\"34\" width=\"\(svgNumber(max(share.percent * Self.scale, 2)))\" height=\"14\" class=\"bar\"/></g>\n"
    for tick in stride(from: 0, through: 100, by: 10) {
      let tx = x(Double(tick))
      svg += "<line x1=\"\(svgNumber(tx))\" y1=\"52\" x2=\"\(svgNumber(tx))\" y2=\"58\" class=\"axis\"/>"
      svg += "<text x=\"\(svgNumber(tx))\" y=\"72\" class=\"tick\" text-anchor=\"middle\">\(tick)%</text>\n"
    }
    let anchor = share.percent > 60 ? "end" : "start"
    svg +=
      "<text x=\"\(svgNumber(x(share.percent)))\" y=\"90\" class=\"value\" text-anchor=\"\(anchor)\">\(esc(words.drillShare(share.drilling, share.total, percent)))</text>\n"
    svg += "</svg>\n"
    var out = "<section id=\"drills\">\n<h2>\(esc(words.drillTitle(overview.year)))</h2>\n"
    out += "<div class=\"scroll\">\n\(svg)</div>\n"
    let verdict = words.drillVerdict(share.percent, overview.drillBand)
    out +=
      "<p class=\"drill-verdict \(status)\"><strong>\(esc(words.drillShare(share.drilling, share.total, percent)))</strong>"
    out += verdict.isEmpty ? "" : " — \(esc(verdict))"
    out += "</p>\n"
    let names = overview.communes.filter(\.drillsThisYear).map(\.name)
    out +=
      "<p class=\"note\">\(esc(words.drilled)): \(esc(names.isEmpty ? words[.none] : names.joined(separator: ", ")))</p>\n"
    out += "</section>\n"
    return out
  }
}
