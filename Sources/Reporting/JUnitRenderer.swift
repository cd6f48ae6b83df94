import RuleEngine
import SourceDiagnostics

/// The findings as JUnit XML, the test report CI systems read: one test suite per file given,
/// in the order given, then one for findings outside them (the waivers file).
///
/// A suite holds one test case "read and check the file" (an `<error>` when the file could not
/// be read, at the place of the problem), one test case per finding, and one passing test case
/// per rule in force with no finding in the file.
///
/// One test case per finding, not per rule with several failures: CI readers (Jenkins, GitLab)
/// show one failure per test case and drop the others, and a name that carries the rule and
/// the node (`DQ.AGE.MAX communes[code=16012].militia[id=M009]`) stays the same from run to
/// run, so that a reader's history follows each mistake. Not one per (rule, node) judged: the
/// engine reports what it finds, not every node that passes, and listing each would make a
/// province's report tens of thousands of cases long and slow the check.
///
/// A finding counts as a failure only when it is at or above `--fail-on` (`<error>` for one
/// whose rule could not be evaluated); below it, the case passes with the finding in its
/// `<system-out>`; a waived finding is `<skipped>` with its waiver. With a baseline, only new
/// findings are listed.
package struct JUnitRenderer: FindingRenderer {
  package init() {}

  struct Case {
    var classname: String
    var name: String
    /// `failure`, `error`, `skipped`, or nil for a pass.
    var element: String?
    var type = ""
    var message = ""
    var body = ""
    var out = ""
  }

  package func render(_ findings: [ReportedFinding], context: ReportContext) -> String {
    let pack = context.packs.first?.name ?? "dqtv"
    let lang = context.language
    let files = context.givenFiles
    var byFile: [String: [ReportedFinding]] = [:]
    for f in findings where f.isNew { byFile[f.location.file, default: []].append(f) }
    var suites: [(name: String, properties: [(String, String)], cases: [Case])] = []
    for file in files {
      var cases = [readCase(file, pack: pack, language: lang)]
      let own = byFile.removeValue(forKey: file.file) ?? []
      cases += own.map { findingCase($0, pack: pack, context: context) }
      if file.isChecked {
        let found = Set(own.map(\.rule))
        var seen: Set<String> = []
        for rule in context.rules where !found.contains(rule.id.value) && seen.insert(rule.id.value).inserted {
          cases.append(Case(classname: "\(pack).\(SARIFRenderer.topic(rule.id.value))", name: rule.id.value))
        }
      }
      var properties = [("status", file.status.rawValue)]
      if let asOf = file.asOf { properties.append(("as_of", asOf.description)) }
      suites.append((file.file, properties, cases))
    }
    let rest = byFile.keys.sorted().flatMap { byFile[$0] ?? [] }
    if !rest.isEmpty {
      let cases = rest.map { findingCase($0, pack: pack, context: context) }
      suites.append((ReportMessage.outsideSuite.text(lang), [], cases))
    }
    let all = suites.flatMap(\.cases)
    var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    out += "<testsuites name=\"dqtv\" \(counts(all))>\n"
    for (i, suite) in suites.enumerated() {
      out += "  <testsuite name=\"\(attr(suite.name))\" id=\"\(i)\" \(counts(suite.cases))>\n"
      out += "    <properties>\n"
      out += property("tool_version", context.toolVersion)
      for p in context.packs { out += property("pack", "\(p.name) \(p.version)") }
      for (name, value) in suite.properties { out += property(name, value) }
      if let w = context.waiversFile { out += property("waivers", w) }
      if let b = context.baselineFile { out += property("baseline", b) }
      out += "    </properties>\n"
      for c in suite.cases { out += write(c) }
      out += "  </testsuite>\n"
    }
    out += "</testsuites>\n"
    return out
  }

  /// The case that says whether the file was read and checked.
  func readCase(_ file: FileReport, pack: String, language: Language) -> Case {
    var c = Case(classname: "\(pack).file", name: ReportMessage.readCase.text(language))
    if !file.isChecked {
      c.element = "error"
      c.type = file.status.rawValue
      let reason = file.reason(language) ?? ""
      c.message = "\(file.place): \(file.statusText(language)): \(reason)"
      c.body =
        file.problems.map { p in
          let place = p.location.map { $0.description } ?? file.file
          return "\(place): \(p.message[language])"
        }.joined(separator: "\n") + "\n"
    }
    return c
  }

  /// The case of one finding: named by its rule, its node and its place.
  func findingCase(_ f: ReportedFinding, pack: String, context: ReportContext) -> Case {
    let lang = context.language
    let place = f.location.description
    let node = f.node ?? f.path
    var c = Case(
      classname: "\(pack).\(SARIFRenderer.topic(f.rule))",
      name: "\(f.rule) \(node.isEmpty ? "-" : node) (\(f.location.place))")
    var body = "\(place): \(TextRenderer.word(f.severity, lang)): \(f.message[lang])\n"
    let citation = f.basis.map { $0.text(in: lang) }.joined(separator: "; ")
    if !citation.isEmpty { body += ReportMessage.basis.text(lang, ["text": citation]) + "\n" }
    if !f.path.isEmpty { body += ReportMessage.path.text(lang, ["text": f.path]) + "\n" }
    if let r = f.ruleLocation, !SARIFRenderer.isBuiltIn(r.file, context: context) {
      body += ReportMessage.rule.text(lang, ["text": "\(r.file):\(r.line)"]) + "\n"
    }
    if let w = f.waiver {
      c.element = "skipped"
      c.message =
        ReportMessage.waivedUntil(
          localized: [
            "until": w.until.localized, "reason": .init(verbatim: w.reason), "approved": .init(verbatim: w.approvedBy),
          ])[lang]
      c.out = body
    } else if context.fails(f.severity) {
      c.element = f.kind == .evaluationError ? "error" : "failure"
      c.type = f.severity.rawValue
      c.message = "\(place): \(f.message[lang])"
      c.body = body
    } else {
      c.out = body + ReportMessage.belowFailOn.text(lang) + "\n"
    }
    return c
  }

  func write(_ c: Case) -> String {
    var out = "    <testcase classname=\"\(attr(c.classname))\" name=\"\(attr(c.name))\" time=\"0\""
    guard c.element != nil || !c.out.isEmpty else { return out + "/>\n" }
    out += ">\n"
    switch c.element {
    case "skipped"?:
      out += "      <skipped message=\"\(attr(c.message))\"/>\n"
    case let element?:
      out += "      <\(element) type=\"\(attr(c.type))\" message=\"\(attr(c.message))\">"
      out += XMLText.escape(c.body) + "</\(element)>\n"
    case nil: break
    }
    if !c.out.isEmpty { out += "      <system-out>" + XMLText.escape(c.out) + "</system-out>\n" }
    return out + "    </testcase>\n"
  }

  func counts(_ cases: [Case]) -> String {
    let failures = cases.filter { $0.element == "failure" }.count
    let errors = cases.filter { $0.element == "error" }.count
    let skipped = cases.filter { $0.element == "skipped" }.count
    return "tests=\"\(cases.count)\" failures=\"\(failures)\" errors=\"\(errors)\" skipped=\"\(skipped)\" time=\"0\""
  }

  func attr(_ s: String) -> String { XMLText.escape(s, attribute: true) }

  func property(_ name: String, _ value: String) -> String {
    "      <property name=\"\(attr(name))\" value=\"\(attr(value))\"/>\n"
  }
}
