import RuleEngine

/// A format of the report: a pure function from findings to text.
public protocol FindingRenderer {
  /// Renders the findings (sorted, waived ones marked) with what the context says.
  func render(_ findings: [ReportedFinding], context: ReportContext) -> String
}
