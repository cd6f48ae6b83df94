import RuleEngine

/// A format of the report: a pure function from findings to text.
package protocol FindingRenderer {
  /// Renders the findings (sorted, waived ones marked) with what the context says.
  /// Throws when the report cannot be made (SARIF's encoder refuses a value).
  func render(_ findings: [ReportedFinding], context: ReportContext) throws -> String

  /// The same report in UTF-8.
  func renderUTF8(_ findings: [ReportedFinding], context: ReportContext) throws -> [UInt8]
}

extension FindingRenderer {
  package func renderUTF8(_ findings: [ReportedFinding], context: ReportContext) throws -> [UInt8] {
    Array(try render(findings, context: context).utf8)
  }
}
