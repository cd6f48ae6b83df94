import RuleEngine
import SourceDiagnostics

/// One line a finding, in the form compilers use, so that editors jump to it, then a summary:
///
/// ```
/// samples/xa-a.yaml:14:7: error: [BCH.CHT.COUNT] Xã A: ... (48/2019/QH14, Điều 20, khoản 1, điểm a)
/// ```
///
/// A waived finding keeps its line and says which decision waives it. With `colored`, the
/// severity is coloured with ANSI escapes (for a terminal only). Control characters from the
/// data (file names, messages, waivers) are written as `\u{1B}` (``TerminalText``), so that
/// data can neither drive the terminal nor forge a line.
package struct TextRenderer: FindingRenderer {
  /// Whether to colour severities with ANSI escapes.
  package var colored: Bool

  /// Creates a renderer; colour is off unless asked for.
  package init(colored: Bool = false) { self.colored = colored }

  package func render(_ findings: [ReportedFinding], context: ReportContext) -> String {
    var out = ""
    // A file that was not read has a line at the place of its first problem, among the
    // findings in file order, so that it is never missing from the report.
    var unread = context.givenFiles.filter { !$0.isChecked }.sorted { $0.file < $1.file }[...]
    for f in findings where f.isNew {
      while let u = unread.first, u.file < f.location.file {
        out += line(notRead: u, language: context.language) + "\n"
        unread = unread.dropFirst()
      }
      out += line(f, language: context.language) + "\n"
    }
    for u in unread { out += line(notRead: u, language: context.language) + "\n" }
    out += paint(summary(findings, context: context), Self.bold) + "\n"
    return out
  }

  /// The line of a file that was not read: the place of its first problem, and why.
  package func line(notRead file: FileReport, language: Language) -> String {
    let text = ReportMessage.notReadLine.text(
      language, ["status": file.statusText(language), "reason": file.reason(language) ?? ""])
    return TerminalText.escaped(file.place) + ": " + paint("error", Self.color(.error)) + ": "
      + TerminalText.escaped(text)
  }

  /// The line of one finding.
  package func line(_ f: ReportedFinding, language: Language) -> String {
    // The severity keyword stays `error`, `warning` or `info` in every language: editors and
    // CI problem matchers look for it; the message after it is in the language asked for.
    let severity = f.severity.rawValue
    let safe = TerminalText.escaped
    var text = "\(safe(f.location.file)):\(safe(f.location.place)): "
    if f.isWaived {
      let label = ReportMessage.waived.text(language)
      text += paint("\(severity) (\(label))", Self.dim)
      text += ": [\(safe(f.rule))] \(safe(f.message[language]))"
    } else {
      text += paint(severity, Self.color(f.severity)) + ": [\(safe(f.rule))] \(safe(f.message[language]))"
    }
    if !f.basis.isEmpty {
      text += " (" + safe(f.basis.map { $0.text(in: language) }.joined(separator: "; ")) + ")"
    }
    if let w = f.waiver {
      let until = ReportMessage.waivedUntil(
        localized: [
          "until": w.until.localized, "reason": .init(verbatim: safe(w.reason)),
          "approved": .init(verbatim: safe(w.approvedBy)),
        ])
      text += " [\(until[language])]"
    }
    return text
  }

  /// A severity in words of a language.
  package static func word(_ s: Severity, _ language: Language) -> String {
    switch s {
    case .error: ReportMessage.errorWord.text(language)
    case .warning: ReportMessage.warningWord.text(language)
    case .info: ReportMessage.infoWord.text(language)
    }
  }

  /// The closing line: counts by severity, waived findings, rules applied and files.
  package func summary(_ findings: [ReportedFinding], context: ReportContext) -> String {
    let c = FindingCounts(findings)
    let files = context.givenFiles
    let unread = files.filter { !$0.isChecked }.count
    var tail = unread > 0 ? " (" + ReportMessage.filesNotRead.text(context.language, ["count": "\(unread)"]) + ")" : ""
    if let baseline = context.baselineFile {
      func count(_ s: BaselineState) -> String { "\(findings.filter { $0.baseline == s }.count)" }
      tail +=
        "; "
        + ReportMessage.baselineSummary.text(
          context.language,
          ["file": baseline, "new": count(.new), "unchanged": count(.unchanged), "absent": count(.absent)])
    }
    return summaryCounts(c, files: files.count, context: context) + tail + "."
  }

  /// The counts of a run's findings, rules and files, without the closing full stop.
  func summaryCounts(_ c: FindingCounts, files: Int, context: ReportContext) -> String {
    let waived = c.waived > 0 ? ReportMessage.waivedCount(["count": String(c.waived)]) : LocalizedText(verbatim: "")
    let text = ReportMessage.summary(
      localized: [
        "errors": ReportMessage.count(c.error, one: .errorsOne, many: .errorsMany),
        "warnings": ReportMessage.count(c.warning, one: .warningsOne, many: .warningsMany),
        "info": .init(verbatim: String(c.info)), "waived": waived,
        "rules": ReportMessage.count(context.rulesApplied, one: .rulesOne, many: .rulesMany),
        "files": ReportMessage.count(files, one: .filesOne, many: .filesMany),
      ])
    return text[context.language]
  }

  static let bold = "1"
  static let dim = "2"

  static func color(_ s: Severity) -> String {
    switch s {
    case .error: "1;31"
    case .warning: "1;33"
    case .info: "1;36"
    }
  }

  func paint(_ text: String, _ code: String) -> String {
    colored ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
  }
}
