import RuleEngine

/// The staffing of each commune's command board, one row a commune and one small bar chart a
/// post, with the number the law requires marked. A bar's colour is the verdict of the post's
/// counting rule on that commune: green when it passed, red for an error, amber for a warning,
/// grey when a waiver excuses it.
struct BoardChart {
  let overview: ProvinceOverview
  let groups: CommuneGroups
  let words: HTMLWords

  static let labelWidth = 250.0
  static let cellWidth = 150.0
  static let rowHeight = 26.0
  static let headerHeight = 44.0

  var html: String {
    let communes = overview.communes
    let posts = communes.first?.posts ?? []
    let maxCount = communes.flatMap(\.posts).map { max($0.count, $0.maximum ?? $0.minimum) }.max() ?? 1
    let units = Double(max(3, maxCount + 1))
    let unit = (Self.cellWidth - 34) / units
    let width = Self.labelWidth + Double(posts.count) * Self.cellWidth + 10
    let height = Self.headerHeight + Double(communes.count) * Self.rowHeight + 8
    var svg =
      "<svg class=\"chart\" role=\"img\" viewBox=\"0 0 \(svgNumber(width)) \(svgNumber(height))\" width=\"\(svgNumber(width))\" "
    svg += "aria-label=\"\(esc(words.boardTitle))\">\n"
    svg += "<text x=\"8\" y=\"34\" class=\"colhead\">\(esc(words.unitHeading))</text>\n"
    for (j, post) in posts.enumerated() {
      let x = Self.labelWidth + Double(j) * Self.cellWidth
      let lines = Self.wrap(Self.capitalized(post.title[words.language]), width: 17)
      svg += "<text x=\"\(svgNumber(x))\" y=\"\(lines.count > 1 ? 18 : 34)\" class=\"colhead\">"
      for (k, line) in lines.prefix(2).enumerated() {
        svg += "<tspan x=\"\(svgNumber(x))\" dy=\"\(k == 0 ? 0 : 16)\">\(esc(line))</tspan>"
      }
      svg += "</text>\n"
    }
    for (i, commune) in communes.enumerated() {
      let y = Self.headerHeight + Double(i) * Self.rowHeight
      if i % 2 == 0 {
        svg +=
          "<rect x=\"0\" y=\"\(svgNumber(y))\" width=\"\(svgNumber(width))\" height=\"\(svgNumber(Self.rowHeight))\" class=\"stripe\"/>\n"
      }
      svg += "<text x=\"8\" y=\"\(svgNumber(y + 17))\" class=\"rowhead\">\(esc(Self.short(commune.name, 34)))</text>\n"
      let group = groups.groups.first { $0.commune?.path == commune.path && $0.commune?.file == commune.file }
      for (j, post) in commune.posts.enumerated() {
        let x0 = Self.labelWidth + Double(j) * Self.cellWidth
        svg += cell(post, commune: commune, findings: group?.findings ?? [], x0: x0, y: y, unit: unit)
      }
    }
    svg += "</svg>\n"
    var out = "<section id=\"board\">\n<h2>\(esc(words.boardTitle))</h2>\n"
    out += "<p class=\"note\">\(esc(words[.boardNote]))</p>\n"
    out += legend()
    out += "<div class=\"scroll\">\n\(svg)</div>\n</section>\n"
    return out
  }

  func cell(
    _ post: ProvinceOverview.Post, commune: ProvinceOverview.Commune, findings: [ReportedFinding], x0: Double,
    y: Double, unit: Double
  ) -> String {
    let verdict = findings.filter { $0.rule == post.rule }
    let standing = verdict.filter { !$0.isWaived }
    let status =
      standing.contains { $0.severity == .error }
      ? "bad"
      : !standing.isEmpty ? "warn" : verdict.isEmpty ? "ok" : "waived"
    let barY = y + 7
    let span = Double(post.maximum ?? Int((Self.cellWidth - 34) / unit)) - Double(post.minimum)
    var s = ""
    s +=
      "<line x1=\"\(svgNumber(x0))\" y1=\"\(svgNumber(barY + 12))\" x2=\"\(svgNumber(x0 + Self.cellWidth - 34))\" y2=\"\(svgNumber(barY + 12))\" class=\"axis\"/>\n"
    if span > 0 {
      s +=
        "<rect x=\"\(svgNumber(x0 + Double(post.minimum) * unit))\" y=\"\(svgNumber(barY - 3))\" width=\"\(svgNumber(span * unit))\" height=\"18\" class=\"allowed\"/>\n"
    }
    var tip =
      "\(commune.name) — \(post.title[words.language]): \(post.count); \(words[.legendRequired].lowercased()) \(Self.required(post))"
    for f in verdict {
      tip += "\n[\(f.rule)] \(f.message[words.language])" + (f.isWaived ? " (\(words[.waived]))" : "")
    }
    s += "<g class=\"\(status)\"><title>\(esc(tip))</title>"
    s +=
      "<rect x=\"\(svgNumber(x0))\" y=\"\(svgNumber(barY))\" width=\"\(svgNumber(max(Double(post.count) * unit, 2)))\" height=\"12\" class=\"bar\"/>"
    if post.count < post.minimum {
      // The places the law requires that no one fills.
      let missing = Double(post.minimum - post.count) * unit
      s +=
        "<rect x=\"\(svgNumber(x0 + Double(post.count) * unit))\" y=\"\(svgNumber(barY))\" width=\"\(svgNumber(missing))\" height=\"12\" class=\"missing\"/>"
    }
    s +=
      "<text x=\"\(svgNumber(x0 + Self.cellWidth - 14))\" y=\"\(svgNumber(barY + 11))\" class=\"count\" text-anchor=\"end\">\(post.count)</text></g>\n"
    s +=
      "<line x1=\"\(svgNumber(x0 + Double(post.minimum) * unit))\" y1=\"\(svgNumber(barY - 4))\" x2=\"\(svgNumber(x0 + Double(post.minimum) * unit))\" y2=\"\(svgNumber(barY + 16))\" class=\"required\"/>\n"
    return s
  }

  /// The number the law asks for, as `1`, `1–2` or `≥ 1`.
  static func required(_ p: ProvinceOverview.Post) -> String {
    guard let maximum = p.maximum else { return "≥ \(p.minimum)" }
    return maximum == p.minimum ? "\(p.minimum)" : "\(p.minimum)–\(maximum)"
  }

  func legend() -> String {
    var s = "<ul class=\"legend\">"
    for (cls, label) in [
      ("ok", words[.legendOK]), ("bad", words[.legendError]), ("warn", words[.legendWarning]),
      ("waived", words[.legendWaived]),
    ] {
      s += "<li><span class=\"swatch \(cls)\"></span>\(esc(label))</li>"
    }
    s += "<li><span class=\"swatch missing\"></span>\(esc(words[.legendMissing]))</li>"
    s += "<li><span class=\"swatch mark\"></span>\(esc(words[.legendRequired]))</li></ul>\n"
    return s
  }

  /// The first letter upper-cased: `commander` → `Commander`.
  static func capitalized(_ s: String) -> String { s.prefix(1).uppercased() + s.dropFirst() }

  /// Words joined into lines of at most `width` characters.
  static func wrap(_ s: String, width: Int) -> [String] {
    var lines: [String] = []
    var current = ""
    for word in s.split(separator: " ") {
      if !current.isEmpty && current.count + 1 + word.count > width {
        lines.append(current)
        current = String(word)
      } else {
        current += (current.isEmpty ? "" : " ") + word
      }
    }
    if !current.isEmpty { lines.append(current) }
    return lines
  }

  static func short(_ s: String, _ limit: Int) -> String {
    s.count <= limit ? s : String(s.prefix(limit - 1)) + "…"
  }
}

/// A number for SVG coordinates: at most one decimal, no trailing `.0`.
func svgNumber(_ x: Double) -> String {
  let r = (x * 10).rounded() / 10
  return r == r.rounded() ? String(Int(r)) : String(r)
}

/// Escapes text for HTML and SVG.
func esc(_ s: String) -> String { XMLText.escape(s, attribute: true) }
