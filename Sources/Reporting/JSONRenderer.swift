import RuleEngine
import SourceDiagnostics

/// The findings as one JSON object with stable snake_case fields (PRODUCT.md, "Outputs").
package struct JSONRenderer: FindingRenderer {
  package init() {}

  package func render(_ findings: [ReportedFinding], context: ReportContext) -> String {
    String(decoding: renderUTF8(findings, context: context), as: UTF8.self)
  }

  /// The report in UTF-8, as ``render(_:context:)`` writes it.
  package func renderUTF8(_ findings: [ReportedFinding], context: ReportContext) -> [UInt8] {
    // About a kilobyte a finding.
    var w = JSONWriter(capacity: 4096 + findings.count * 1280)
    w.beginObject()
    w.beginObject("tool")
    w.string("name", "dqtv")
    w.string("version", context.toolVersion)
    w.endObject()
    w.beginArray("packs")
    for p in context.packs {
      w.beginObject()
      w.string("name", p.name)
      w.string("version", p.version)
      w.endObject()
    }
    w.endArray()
    if let asOf = context.asOf { w.string("as_of", asOf.description) } else { w.null("as_of") }
    // Every file given, in the order given: checked, or not read and why, at its place.
    let files = context.givenFiles
    let perFile = FindingCounts.perFile(findings)
    w.beginArray("submissions")
    for s in files {
      w.beginObject()
      w.string("file", s.file)
      w.string("status", s.status.rawValue)
      if let asOf = s.asOf { w.string("as_of", asOf.description) } else { w.null("as_of") }
      let c = perFile[s.file] ?? FindingCounts([])
      w.beginObject("summary")
      w.int("error", c.error)
      w.int("warning", c.warning)
      w.int("info", c.info)
      w.int("waived", c.waived)
      w.endObject()
      if !s.isChecked {
        w.beginArray("problems")
        for p in s.problems {
          w.beginObject()
          w.string("message", p.message[context.language])
          if let l = p.location {
            w.string("file", l.file)
            w.int("line", l.line)
            w.int("column", l.column)
            // A cell names its sheet and cell beside its row and column, as a finding does.
            if let sheet = l.sheet, let cell = l.cell {
              w.string("sheet", sheet)
              w.string("cell", cell)
            }
          }
          w.endObject()
        }
        w.endArray()
      }
      w.endObject()
    }
    w.endArray()
    let counts = FindingCounts(findings)
    w.beginObject("summary")
    w.int("error", counts.error)
    w.int("warning", counts.warning)
    w.int("info", counts.info)
    w.int("waived", counts.waived)
    w.int("rules_applied", context.rulesApplied)
    w.int("rules_not_in_force", context.rulesNotInForce)
    w.int("files", files.count)
    w.int("files_not_read", files.filter { !$0.isChecked }.count)
    if context.baselineFile != nil {
      w.beginObject("baseline")
      for state in [BaselineState.new, .unchanged, .absent] {
        w.int(state.rawValue, findings.filter { $0.baseline == state }.count)
      }
      w.endObject()
    }
    w.endObject()
    w.beginArray("findings")
    var rules = RuleFragments(keys: FindingKeys(w))
    for f in findings { Self.write(f, language: context.language, to: &w, rules: &rules) }
    w.endArray()
    w.endObject()
    return w.takeBytes(appending: UInt8(ascii: "\n"))
  }

  static func write(_ f: ReportedFinding, language: Language, to w: inout JSONWriter, rules: inout RuleFragments) {
    w.beginObject()
    let parts = rules.parts(of: f.finding, at: w)
    let keys = rules.keys
    w.write(fragment: parts.head)
    w.string(keys.message, f.message[language])
    w.write(fragment: parts.citations)
    let location = f.location
    w.string(keys.file, location.file)
    w.int(keys.line, location.line)
    w.int(keys.column, location.column)
    // A cell keeps `line` (its row) and `column` (its column number), and names its sheet and
    // cell beside them, so that readers of YAML findings need no change.
    if let sheet = location.sheet, let cell = location.cell {
      w.string(keys.sheet, sheet)
      w.string(keys.cell, cell)
    }
    w.string(keys.path, f.path)
    if let node = f.node { w.string(keys.node, node) }
    if let unit = f.unit { w.string(keys.unit, unit) }
    if let state = f.baseline { w.string(keys.baseline, state.rawValue) }
    w.beginObject("values")
    for (name, value) in f.values { write(value, key: name, to: &w) }
    w.endObject()
    if let tail = parts.tail { w.write(fragment: tail) }
    if let waiver = f.waiver {
      w.beginObject("waived")
      w.string("reason", waiver.reason)
      w.string("approved_by", waiver.approvedBy)
      w.string("until", waiver.until.description)
      w.endObject()
    }
    w.endObject()
  }

  /// A `basis` array of citations.
  package static func write(_ basis: [Citation], to w: inout JSONWriter) {
    w.beginArray("basis")
    for c in basis {
      w.beginObject()
      w.string("doc", c.doc)
      if let a = c.article { w.int("article", a) }
      if let cl = c.clause { w.int("clause", cl) }
      if let p = c.point { w.string("point", p) }
      if let t = c.text { w.string("text", t) }
      if let title = c.title {
        w.beginObject("title")
        w.string("vi", title.vi)
        w.string("en", title.en)
        w.endObject()
      }
      if let url = c.url { w.string("url", url) }
      w.endObject()
    }
    w.endArray()
  }

  static func write(_ value: FindingValue, key: String?, to w: inout JSONWriter) {
    switch value {
    case .null: w.null(key)
    case .bool(let b): w.bool(key, b)
    case .int(let i): w.key(key, raw: String(i))
    case .uint(let u): w.key(key, raw: String(u))
    case .double(let d): w.double(key, d)
    case .string(let s): w.string(key, s)
    case .list(let items):
      w.beginArray(key)
      for item in items { write(item, key: nil, to: &w) }
      w.endArray()
    case .map(let entries):
      w.beginObject(key)
      for (k, v) in entries { write(v, key: k, to: &w) }
      w.endObject()
    }
  }
}

/// The keys of a finding's members, made for the objects of the array being written.
struct FindingKeys {
  let message, file, line, column, sheet, cell, path, node, unit, baseline: JSONWriter.Key

  init(_ w: JSONWriter) {
    message = w.key("message", nested: 1)
    file = w.key("file", nested: 1)
    line = w.key("line", nested: 1)
    column = w.key("column", nested: 1)
    sheet = w.key("sheet", nested: 1)
    cell = w.key("cell", nested: 1)
    path = w.key("path", nested: 1)
    node = w.key("node", nested: 1)
    unit = w.key("unit", nested: 1)
    baseline = w.key("baseline", nested: 1)
  }
}

/// The members of a finding's JSON that are its rule's (its id, kind, severity, basis and
/// place), written once per rule and copied into each of its findings.
struct RuleFragments {
  struct Parts {
    var kind: FindingKind
    var severity: Severity
    var basis: [Citation]
    var ruleLocation: SourceLocation?
    /// `rule`, `kind` and `severity`, written.
    var head: [UInt8]
    /// `basis`, written.
    var citations: [UInt8]
    /// `rule_file` and `rule_line`, written, when the rule has a place.
    var tail: [UInt8]?
  }

  private var byRule: [String: Parts] = [:]
  /// The keys of the other members.
  let keys: FindingKeys

  init(keys: FindingKeys) { self.keys = keys }

  /// The parts of `finding`, written as `w` would write them where it is.
  mutating func parts(of finding: Finding, at w: JSONWriter) -> Parts {
    if let known = byRule[finding.rule], known.kind == finding.kind, known.severity == finding.severity,
      known.basis == finding.basis, known.ruleLocation == finding.ruleLocation
    {
      return known
    }
    let parts = Parts(
      kind: finding.kind, severity: finding.severity, basis: finding.basis, ruleLocation: finding.ruleLocation,
      head: w.fragment {
        $0.string("rule", finding.rule)
        $0.string("kind", finding.kind.rawValue)
        $0.string("severity", finding.severity.rawValue)
      },
      citations: w.fragment { JSONRenderer.write(finding.basis, to: &$0) },
      tail: finding.ruleLocation.map { r in
        w.fragment {
          $0.string("rule_file", r.file)
          $0.int("rule_line", r.line)
        }
      })
    byRule[finding.rule] = parts
    return parts
  }
}
