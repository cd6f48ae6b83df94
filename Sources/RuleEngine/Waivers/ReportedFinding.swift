import SourceDiagnostics

/// A finding as reports show it: the finding, and the waiver that excuses it, if any.
///
/// Every property of the finding reads through: `reported.rule`, `reported.location`.
@dynamicMemberLookup
public struct ReportedFinding: Sendable {
  /// The finding as the engine reported it.
  public var finding: Finding
  /// The waiver that excuses the finding; `nil` when it stands.
  public var waiver: WaiverMark?

  /// Wraps a finding, waived or not.
  public init(_ finding: Finding, waiver: WaiverMark? = nil) {
    self.finding = finding
    self.waiver = waiver
  }

  /// Reads a property of the finding.
  public subscript<T>(dynamicMember keyPath: KeyPath<Finding, T>) -> T { finding[keyPath: keyPath] }

  // The finding's fields, read directly: a key path applied across modules costs thousands of
  // instructions, and reports read every field of every finding.
  public var rule: String { finding.rule }
  public var kind: FindingKind { finding.kind }
  public var severity: Severity { finding.severity }
  public var message: LocalizedText { finding.message }
  public var basis: [Citation] { finding.basis }
  public var location: SourceLocation { finding.location }
  public var path: String { finding.path }
  public var values: [(name: String, value: FindingValue)] { finding.values }
  public var ruleLocation: SourceLocation? { finding.ruleLocation }

  /// Whether a waiver excuses the finding.
  public var isWaived: Bool { waiver != nil }

  /// The report's order: that of ``Finding/precedes(_:_:)``.
  public static func precedes(_ a: ReportedFinding, _ b: ReportedFinding) -> Bool {
    Finding.precedes(a.finding, b.finding)
  }
}
