import RuleEngine

/// One line a finding, in the form compilers use, so that editors jump to it, then a summary:
///
/// ```
/// samples/xa-a.yaml:14:7: error: [BCH.CHT.COUNT] Xã A: ... (48/2019/QH14, Điều 20, khoản 1, điểm a)
/// ```
public struct TextRenderer: FindingRenderer {
  public init() {}

  public func render(_ findings: [Finding], context: ReportContext) -> String {
    var out = ""
    for f in findings { out += line(f, language: context.language) + "\n" }
    out += summary(findings, context: context) + "\n"
    return out
  }

  public func line(_ f: Finding, language: Language) -> String {
    let severity = language == .vi ? Self.severityWord(f.severity) : f.severity.rawValue
    var text = "\(f.location.file):\(f.location.line):\(f.location.column): \(severity): [\(f.rule)] \(f.message[language])"
    if !f.basis.isEmpty {
      text += " (" + f.basis.map { $0.text(in: language) }.joined(separator: "; ") + ")"
    }
    return text
  }

  static func severityWord(_ s: Severity) -> String {
    switch s {
    case .error: "lỗi"
    case .warning: "cảnh báo"
    case .info: "thông tin"
    }
  }

  public func summary(_ findings: [Finding], context: ReportContext) -> String {
    let c = FindingCounts(findings)
    switch context.language {
    case .vi:
      return "\(c.error) lỗi, \(c.warning) cảnh báo, \(c.info) thông tin; \(context.rulesApplied) quy tắc được áp dụng, \(context.submissions.count) tệp."
    case .en:
      func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
      return "\(plural(c.error, "error")), \(plural(c.warning, "warning")), \(c.info) info; \(plural(context.rulesApplied, "rule")) applied, \(plural(context.submissions.count, "file"))."
    }
  }
}
