import RuleEngine

/// placeholder
public struct HTMLRenderer: FindingRenderer {
  public init() {}
  public func render(_ findings: [ReportedFinding], context: ReportContext) -> String { "" }
}
