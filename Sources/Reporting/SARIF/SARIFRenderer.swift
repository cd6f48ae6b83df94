import Foundation
import RuleEngine
import SourceDiagnostics

/// The findings as a SARIF 2.1.0 log (PRODUCT.md, "Outputs"), for code-scanning tools.
///
/// `tool.driver.rules` lists every rule version in force with its titles, citations and
/// effective dates; each result points at the data (a file relative to the working directory,
/// a region in Unicode code points, the data path as a logical location) and at the rule's own
/// place as a related location. Waived findings carry a `suppressions` entry.
package struct SARIFRenderer: FindingRenderer {
  package init() {}

  package func render(_ findings: [ReportedFinding], context: ReportContext) throws -> String {
    let log = self.log(findings, context: context)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    let data = try encoder.encode(log)
    return String(decoding: data, as: UTF8.self) + "\n"
  }

  /// The SARIF log of the findings.
  package func log(_ findings: [ReportedFinding], context: ReportContext) -> SARIFLog {
    let lang = context.language
    var rules: [SARIFRule] = []
    var index: [String: Int] = [:]
    for rule in context.rules {
      let key = Self.key(rule.id.value, rule.location)
      guard index[key] == nil else { continue }
      index[key] = rules.count
      rules.append(descriptor(rule, language: lang))
    }
    // Rules the pack does not hold (SCHEMA, WAIVER.*) get a descriptor when a finding names them.
    for f in findings where f.ruleLocation == nil && index[f.rule] == nil {
      index[f.rule] = rules.count
      rules.append(Self.builtin(f.finding, language: lang))
    }
    let results = findings.map { f in
      result(f, ruleIndex: index[Self.key(f.rule, f.ruleLocation)] ?? index[f.rule], context: context)
    }
    let properties = SARIFRunProperties(
      asOf: context.asOf?.description, packs: context.packs.map { SARIFPack(name: $0.name, version: $0.version) },
      submissions: context.submissions.map(\.file), waivers: context.waiversFile)
    let driver = SARIFDriver(
      version: context.toolVersion, semanticVersion: context.toolVersion, informationUri: nil, rules: rules)
    var run = SARIFRun(tool: SARIFTool(driver: driver), results: results, properties: properties)
    run.originalUriBaseIds = Self.baseIds(context)
    run.artifacts = Self.artifacts(findings, context: context)
    run.invocations = [Self.invocation(context)]
    return SARIFLog(runs: [run])
  }

  static func key(_ id: String, _ location: SourceLocation?) -> String {
    location.map { "\(id)@\($0.file):\($0.line)" } ?? id
  }

  func descriptor(_ rule: Rule, language: Language) -> SARIFRule {
    let basis = rule.basis.map { $0.text(in: language) }.joined(separator: "; ")
    let full = basis.isEmpty ? rule.title[language] : "\(rule.title[language]) (\(basis))"
    return SARIFRule(
      id: rule.id.value, name: Self.name(rule.id.value),
      shortDescription: SARIFMessage(text: rule.title[language]), fullDescription: SARIFMessage(text: full),
      defaultConfiguration: SARIFConfiguration(level: Self.level(rule.severity)),
      helpUri: rule.basis.lazy.compactMap(\.url).first,
      properties: SARIFRuleProperties(
        title: SARIFTitles(vi: rule.title.vi, en: rule.title.en), citations: rule.basis.map(Self.citation),
        effectiveFrom: rule.effective.from.description, effectiveUntil: rule.effective.until?.description,
        pack: rule.pack, tags: [Self.topic(rule.id.value)]))
  }

  static func builtin(_ f: Finding, language: Language) -> SARIFRule {
    let title: LocalizedText =
      switch f.rule {
      case Finding.schemaRule: ReportMessage.schemaRule()
      case WaiverSet.expiredRule: ReportMessage.expiredRule()
      case WaiverSet.unusedRule: ReportMessage.unusedRule()
      case WaiverSet.unknownRule: ReportMessage.unknownRuleTitle()
      case Finding.horizonRule: ReportMessage.horizonRule()
      default: LocalizedText(verbatim: f.rule)
      }
    return SARIFRule(
      id: f.rule, name: name(f.rule), shortDescription: SARIFMessage(text: title[language]),
      fullDescription: SARIFMessage(text: title[language]),
      defaultConfiguration: SARIFConfiguration(level: level(f.severity)), helpUri: nil,
      properties: SARIFRuleProperties(
        title: SARIFTitles(vi: title.vi, en: title.en), citations: nil, effectiveFrom: nil, effectiveUntil: nil,
        pack: nil, tags: [topic(f.rule)]))
  }

  func result(_ f: ReportedFinding, ruleIndex: Int?, context: ReportContext) -> SARIFResult {
    let lang = context.language
    let range = f.location.range
    let data = SARIFLocation(
      physicalLocation: SARIFPhysicalLocation(
        artifactLocation: Self.artifactLocation(f.location.file, context: context), region: Self.region(range)),
      logicalLocations: Self.logical(f.location, path: f.path))
    var related: [SARIFLocation]?
    // A rule of the pack built into the binary has no file the user could open.
    if let r = f.ruleLocation, !Self.isBuiltIn(r.file, context: context) {
      related = [
        SARIFLocation(
          id: 1,
          physicalLocation: SARIFPhysicalLocation(
            artifactLocation: Self.artifactLocation(r.file, context: context),
            region: SARIFRegion(startLine: r.line, startColumn: r.column)),
          message: SARIFMessage(text: ReportMessage.ruleID.text(lang, ["rule": f.rule])))
      ]
    }
    var message = f.message[lang]
    if !f.basis.isEmpty { message += " (" + f.basis.map { $0.text(in: lang) }.joined(separator: "; ") + ")" }
    let suppressions = f.waiver.map { w in
      [
        SARIFSuppression(
          justification: w.reason,
          location: SARIFLocation(
            physicalLocation: SARIFPhysicalLocation(
              artifactLocation: Self.artifactLocation(w.location.file, context: context),
              region: SARIFRegion(startLine: w.location.line, startColumn: w.location.column))),
          properties: SARIFSuppressionProperties(approvedBy: w.approvedBy, until: w.until.description))
      ]
    }
    var result = SARIFResult(
      ruleId: f.rule, ruleIndex: ruleIndex, level: Self.level(f.severity), message: SARIFMessage(text: message),
      locations: [data], relatedLocations: related,
      partialFingerprints: ["dqtvFinding/v2": "\(f.rule)|\(f.unit ?? "")|\(f.node ?? f.path)"],
      suppressions: suppressions,
      properties: SARIFResultProperties(
        kind: f.kind.rawValue, severity: f.severity.rawValue,
        citations: f.basis.isEmpty ? nil : f.basis.map { $0.text(in: lang) }))
    result.baselineState = f.baseline?.rawValue
    return result
  }

  /// The data path as a logical location and, in a workbook, the cell as another.
  ///
  /// A cell's region keeps `startLine` as its row and `startColumn` as its column number:
  /// code-scanning tools need a region to place a result, and a row and a column are what a
  /// spreadsheet shows. The sheet has no place in a SARIF region, so a logical location of kind
  /// `element` names it with the cell (`Dân quân!F12`), which a person or a tool can follow.
  static func logical(_ location: SourceLocation, path: String) -> [SARIFLogicalLocation]? {
    var logical: [SARIFLogicalLocation] = []
    if let sheet = location.sheet, let cell = location.cell {
      logical.append(SARIFLogicalLocation(name: cell, fullyQualifiedName: "\(sheet)!\(cell)", kind: "element"))
    }
    if !path.isEmpty { logical.append(SARIFLogicalLocation(fullyQualifiedName: path, kind: "object")) }
    return logical.isEmpty ? nil : logical
  }

  static func region(_ range: SourceRange) -> SARIFRegion {
    let endsAfter = range.end > range.start
    return SARIFRegion(
      startLine: range.start.line, startColumn: range.start.column,
      endLine: endsAfter ? range.end.line : range.start.line,
      endColumn: endsAfter ? range.end.column : range.start.column)
  }

  static func citation(_ c: Citation) -> SARIFCitation {
    SARIFCitation(
      doc: c.doc, article: c.article, clause: c.clause, point: c.point, text: c.text, vi: c.text(in: .vi),
      en: c.text(in: .en), title: c.title.map { SARIFTitles(vi: $0.vi, en: $0.en) }, url: c.url)
  }

  /// `error`, `warning`, or `note` for info.
  static func level(_ s: Severity) -> String {
    switch s {
    case .error: "error"
    case .warning: "warning"
    case .info: "note"
    }
  }

  /// The rule id as a name: `BCH.CHT.COUNT` → `BchChtCount`.
  static func name(_ id: String) -> String {
    id.split(whereSeparator: { $0 == "." || $0 == "-" || $0 == "_" })
      .map { $0.prefix(1).uppercased() + $0.dropFirst().lowercased() }.joined()
  }

  /// The topic of a rule: its id up to the first dot (`BCH`, `DQ`, `SCHEMA`).
  static func topic(_ id: String) -> String {
    String(id.split(separator: ".").first ?? Substring(id))
  }

  /// A file's path as a URI reference: relative to `base` when inside it, percent-encoded.
  /// A path that is, or lies in a folder that is, one of `rawNames` is encoded from its real
  /// bytes (`x%E3.yaml`): RFC 3986 lets any byte be percent-encoded, so the URI names the file
  /// that exists, not its escaped form.
  static func uri(_ path: String, base: String?, rawNames: [String: [UInt8]] = [:]) -> String {
    if let bytes = rawBytes(path, rawNames: rawNames) {
      var b = bytes
      if let base, b.first == UInt8(ascii: "/") {
        let prefix = Array((base.hasSuffix("/") ? base : base + "/").utf8)
        if b.starts(with: prefix) { b.removeFirst(prefix.count) }
      }
      let encoded = percentEncoded(b)
      return encoded.hasPrefix("/") ? "file://" + encoded : encoded
    }
    var p = path
    if let base, p.hasPrefix("/") {
      let b = base.hasSuffix("/") ? base : base + "/"
      if p.hasPrefix(b) { p = String(p.dropFirst(b.count)) }
    }
    var allowed = CharacterSet.urlPathAllowed
    allowed.remove(charactersIn: "?#[]")
    let encoded = p.addingPercentEncoding(withAllowedCharacters: allowed) ?? p
    if encoded.hasPrefix("/") { return "file://" + encoded }
    return encoded
  }

  /// The real bytes of `path` when it is one of `rawNames` or lies in a folder that is.
  static func rawBytes(_ path: String, rawNames: [String: [UInt8]]) -> [UInt8]? {
    if let bytes = rawNames[path] { return bytes }
    var best: (shown: String, bytes: [UInt8])?
    for (shown, bytes) in rawNames where path.hasPrefix(shown + "/") && shown.count > (best?.shown.count ?? -1) {
      best = (shown, bytes)
    }
    guard let best else { return nil }
    return best.bytes + Array(path.dropFirst(best.shown.count).utf8)
  }

  /// Bytes as a URI path: unreserved characters, sub-delimiters, `:`, `@` and `/` as they are,
  /// every other byte `%HH` (uppercase).
  static func percentEncoded(_ bytes: [UInt8]) -> String {
    let kept = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$&'()*+,;=:@/".utf8)
    let digits = Array("0123456789ABCDEF".utf8)
    var out: [UInt8] = []
    for byte in bytes {
      if kept.contains(byte) {
        out.append(byte)
      } else {
        out += [UInt8(ascii: "%"), digits[Int(byte >> 4)], digits[Int(byte & 0xF)]]
      }
    }
    return String(decoding: out, as: UTF8.self)
  }
}
