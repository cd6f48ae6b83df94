import RuleEngine

/// What every report says besides the findings: the tool, the packs, the date judged, and the
/// counts.
public struct ReportContext: Sendable {
  public var toolVersion: String
  public var packs: [(name: String, version: String)]
  public var asOf: CalendarDate?
  /// Each submission checked, with the date it was judged by.
  public var submissions: [(file: String, asOf: CalendarDate)]
  public var rulesApplied: Int
  public var rulesNotInForce: Int
  public var language: Language

  public init(
    toolVersion: String, packs: [(name: String, version: String)], asOf: CalendarDate?,
    submissions: [(file: String, asOf: CalendarDate)], rulesApplied: Int, rulesNotInForce: Int, language: Language
  ) {
    self.toolVersion = toolVersion
    self.packs = packs
    self.asOf = asOf
    self.submissions = submissions
    self.rulesApplied = rulesApplied
    self.rulesNotInForce = rulesNotInForce
    self.language = language
  }
}

/// Counts of findings by severity.
public struct FindingCounts: Sendable, Equatable {
  public var error = 0
  public var warning = 0
  public var info = 0

  public init(_ findings: [Finding]) {
    for f in findings {
      switch f.severity {
      case .error: error += 1
      case .warning: warning += 1
      case .info: info += 1
      }
    }
  }
}

/// A format of the report: pure functions from findings to text.
public protocol FindingRenderer {
  func render(_ findings: [Finding], context: ReportContext) -> String
}
