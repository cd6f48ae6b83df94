import Reporting
import RuleEngine
import SourceDiagnostics

/// The rules of a pack as a table, JSON, or a Markdown catalogue for people.
enum RuleCatalogue {
  static func text(_ rules: [Rule], language: Language) -> String {
    let idWidth = rules.map(\.id.value.count).max() ?? 0
    var out = ""
    for r in rules.sorted(by: order) {
      let id = r.id.value.padding(toLength: idWidth, withPad: " ", startingAt: 0)
      let severity = r.severity.rawValue.padding(toLength: 7, withPad: " ", startingAt: 0)
      let period = r.effective.description.padding(toLength: 22, withPad: " ", startingAt: 0)
      out += "\(id)  \(severity)  \(period)  \(r.title[language])\n"
    }
    return out
  }

  static func order(_ a: Rule, _ b: Rule) -> Bool {
    a.id.value != b.id.value ? a.id.value < b.id.value : a.effective.from < b.effective.from
  }

  static func json(_ rules: [Rule], pack: RulePack) -> String {
    var w = JSONWriter()
    w.beginObject()
    w.string("pack", pack.name)
    w.string("version", pack.version)
    w.beginArray("rules")
    for r in rules.sorted(by: order) {
      w.beginObject()
      w.string("id", r.id.value)
      w.string("severity", r.severity.rawValue)
      w.string("scope", r.scope.value)
      w.string("from", r.effective.from.description)
      if let until = r.effective.until { w.string("until", until.description) } else { w.null("until") }
      w.beginObject("title")
      w.string("vi", r.title.vi)
      w.string("en", r.title.en)
      w.endObject()
      JSONRenderer.write(r.basis, to: &w)
      w.string("require", r.require.text)
      w.string("rule_file", r.location.file)
      w.int("rule_line", r.location.line)
      w.endObject()
    }
    w.endArray()
    w.endObject()
    return w.text + "\n"
  }

  /// A catalogue a legal officer reads: each rule with its titles, what it checks, its versions
  /// and their citations. In English, each title is given in Vietnamese and in English (the
  /// Vietnamese title is the law's own words); in Vietnamese, in Vietnamese only.
  static func markdown(_ pack: RulePack, rules: [Rule], language: Language = .vi) -> String {
    typealias M = RuleCatalogueMessage
    let en = language == .en
    let severity = { (r: Rule) in en ? r.severity.rawValue : "`\(r.severity.rawValue)`" }
    var out = en ? "# \(pack.title.vi) — \(pack.title.en)\n\n" : "# \(pack.title.vi)\n\n"
    // The command that writes this text again, in this language (Vietnamese is the default).
    let command = "dqtv rules --format markdown" + (en ? " --lang en" : "")
    out += M.introduction.text(language, ["name": pack.name, "version": pack.version, "command": command]) + "\n\n"
    out += M.tableHeader.text(language) + "\n| --- | --- | --- | --- |\n"
    for r in rules.sorted(by: order) {
      out += "| [\(r.id.value)](#\(anchor(r.id.value))) | \(severity(r)) | \(r.effective) | \(r.title.vi) |\n"
    }
    out += instruments(pack, rules: rules, language: language)
    var byID: [String: [Rule]] = [:]
    for r in rules { byID[r.id.value, default: []].append(r) }
    for (id, unsorted) in byID.sorted(by: { $0.key < $1.key }) {
      let versions = unsorted.sorted { $0.effective.from < $1.effective.from }
      guard let latest = versions.last else { continue }
      out += "\n## \(en ? id : "`\(id)`")\n\n**\(latest.title.vi)**" + (en ? "  \n*\(latest.title.en)*" : "") + "\n\n"
      out += M.runsOn.text(language, ["scope": latest.scope.value]) + "\n"
      for v in versions {
        let until = v.effective.until.map(\.description) ?? M.inForce.text(language)
        out += "\n### \(v.effective.from) – \(until) (\(severity(v)))\n\n"
        out += M.basis.text(language) + v.basis.map { $0.text(in: .vi) }.joined(separator: "; ") + "\n\n"
        if let when = v.when { out += M.appliesWhen.text(language) + "\n\n```cel\n\(when.text.trimmed)\n```\n\n" }
        if !v.lets.isEmpty {
          out +=
            M.with.text(language) + "\n\n```cel\n"
            + v.lets.map { "\($0.name.value) = \($0.expression.text.trimmed)" }.joined(separator: "\n") + "\n```\n\n"
        }
        out += M.requires.text(language) + "\n\n```cel\n\(v.require.text.trimmed)\n```\n\n"
        out += M.definedIn.text(language, ["file": v.location.file, "line": String(v.location.line)]) + "\n"
      }
    }
    return out
  }

  /// The instruments the pack lists (`instruments.yaml`), each with the rules that cite it.
  static func instruments(_ pack: RulePack, rules: [Rule], language: Language) -> String {
    typealias M = RuleCatalogueMessage
    let list = pack.instruments
    guard !list.isEmpty else { return "" }
    func cell(_ s: String) -> String { s.replacingOccurrences(of: "|", with: "\\|") }
    var out = "\n" + M.instruments.text(language) + "\n\n"
    if let known = list.lawKnownUntil?.value {
      out += M.lawKnownUntil.text(language, ["date": known.description, "rule": Finding.horizonRule]) + "\n\n"
    }
    out += M.instrumentsHeader.text(language) + "\n| --- | --- | --- | --- |\n"
    let sorted = list.instruments.sorted { $0.doc.value < $1.doc.value }
    for i in sorted {
      let citing = Set(rules.filter { $0.basis.contains { $0.doc == i.doc.value } }.map(\.id.value)).sorted()
      let title = cell(i.title.vi) + (language == .en ? "<br/>*\(cell(i.title.en))*" : "")
      let from = i.from.map(\.description) ?? ""
      let period = i.until.map { "\(from)..\($0)" } ?? (from.isEmpty ? "" : "\(from)..")
      let doc = i.url.map { "[\(cell(i.doc.value))](\($0))" } ?? cell(i.doc.value)
      out += "| \(doc) | \(title) | \(period) | \(citing.map { "[\($0)](#\(anchor($0)))" }.joined(separator: ", ")) |\n"
    }
    return out
  }

  static func anchor(_ id: String) -> String {
    id.lowercased().filter { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
  }
}

extension String {
  var trimmed: String {
    var s = Substring(self)
    while s.last?.isWhitespace == true { s = s.dropLast() }
    while s.first?.isWhitespace == true { s = s.dropFirst() }
    return String(s)
  }
}
