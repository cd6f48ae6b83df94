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
    for f in findings { out += line(f, language: context.language) + "\n" }
    out += paint(summary(findings, context: context), Self.bold) + "\n"
    return out
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
    let waived = c.waived > 0 ? ReportMessage.waivedCount(["count": String(c.waived)]) : LocalizedText(verbatim: "")
    let text = ReportMessage.summary(
      localized: [
        "errors": ReportMessage.count(c.error, one: .errorsOne, many: .errorsMany),
        "warnings": ReportMessage.count(c.warning, one: .warningsOne, many: .warningsMany),
        "info": .init(verbatim: String(c.info)), "waived": waived,
        "rules": ReportMessage.count(context.rulesApplied, one: .rulesOne, many: .rulesMany),
        "files": ReportMessage.count(context.submissions.count, one: .filesOne, many: .filesMany),
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
