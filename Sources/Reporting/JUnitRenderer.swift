import RuleEngine

/// The findings as JUnit XML, the test report CI systems read: one test case a rule in force,
/// one `<failure>` a finding (an `<error>` for a finding whose rule could not be evaluated).
///
/// A rule with no finding passes. A waived finding is not a failure; it is listed in the test
/// case's `<system-out>` with its waiver. `classname` is the pack and the rule's topic
/// (`dqtv.BCH`), `name` the rule id.
package struct JUnitRenderer: FindingRenderer {
  package init() {}

  struct Case {
    var rule: String
    var classname: String
    var findings: [ReportedFinding] = []
    var fails: Bool { findings.contains { !$0.isWaived } }
    var errs: Bool { findings.contains { !$0.isWaived && $0.kind == .evaluationError } }
  }

  package func render(_ findings: [ReportedFinding], context: ReportContext) -> String {
    let pack = context.packs.first?.name ?? "dqtv"
    var cases: [Case] = []
    var index: [String: Int] = [:]
    func add(_ rule: String) {
      guard index[rule] == nil else { return }
      index[rule] = cases.count
      cases.append(Case(rule: rule, classname: "\(pack).\(SARIFRenderer.topic(rule))"))
    }
    for rule in context.rules { add(rule.id.value) }
    add(Finding.schemaRule)
    for f in findings {
      add(f.rule)
      cases[index[f.rule]!].findings.append(f)
    }
    let errors = cases.filter(\.errs).count
    let failures = cases.filter { $0.fails && !$0.errs }.count
    let lang = context.language
    var suite = context.packLabel
    if let asOf = context.asOf { suite += " (\(asOf))" }
    var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    let counts = "tests=\"\(cases.count)\" failures=\"\(failures)\" errors=\"\(errors)\" skipped=\"0\" time=\"0\""
    out += "<testsuites name=\"dqtv\" \(counts)>\n"
    out += "  <testsuite name=\"\(attr(suite))\" \(counts)>\n"
    out += "    <properties>\n"
    out += property("tool_version", context.toolVersion)
    for p in context.packs { out += property("pack", "\(p.name) \(p.version)") }
    if let asOf = context.asOf { out += property("as_of", asOf.description) }
    for s in context.submissions { out += property("submission", "\(s.file) (\(s.asOf))") }
    if let w = context.waiversFile { out += property("waivers", w) }
    out += "    </properties>\n"
    for c in cases {
      let head = "    <testcase classname=\"\(attr(c.classname))\" name=\"\(attr(c.rule))\" time=\"0\""
      guard !c.findings.isEmpty else {
        out += head + "/>\n"
        continue
      }
      out += head + ">\n"
      var waived: [String] = []
      for f in c.findings {
        let place = f.location.description
        let citation = f.basis.map { $0.text(in: lang) }.joined(separator: "; ")
        if let w = f.waiver {
          waived.append(
            "\(place): [\(f.rule)] \(f.message[lang]) — "
              + ReportMessage.waivedUntil(
                localized: [
                  "until": w.until.localized, "reason": .init(verbatim: w.reason),
                  "approved": .init(verbatim: w.approvedBy),
                ])[lang]
          )
          continue
        }
        let element = f.kind == .evaluationError ? "error" : "failure"
        var body = "\(place): \(TextRenderer.word(f.severity, lang)): \(f.message[lang])\n"
        if !citation.isEmpty { body += ReportMessage.basis.text(lang, ["text": citation]) + "\n" }
        if !f.path.isEmpty { body += ReportMessage.path.text(lang, ["text": f.path]) + "\n" }
        if let r = f.ruleLocation { body += ReportMessage.rule.text(lang, ["text": "\(r.file):\(r.line)"]) + "\n" }
        out += "      <\(element) type=\"\(f.severity.rawValue)\" message=\"\(attr("\(place): \(f.message[lang])"))\">"
        out += XMLText.escape(body) + "</\(element)>\n"
      }
      if !waived.isEmpty {
        out += "      <system-out>" + XMLText.escape(waived.joined(separator: "\n")) + "</system-out>\n"
      }
      out += "    </testcase>\n"
    }
    out += "  </testsuite>\n</testsuites>\n"
    return out
  }

  func attr(_ s: String) -> String { XMLText.escape(s, attribute: true) }

  func property(_ name: String, _ value: String) -> String {
    "      <property name=\"\(attr(name))\" value=\"\(attr(value))\"/>\n"
  }
}
