import SourceDiagnostics

/// A finding as reports show it: the finding, and the waiver that excuses it, if any.
///
/// Every property of the finding reads through: `reported.rule`, `reported.location`.
@dynamicMemberLookup
package struct ReportedFinding: Sendable {
  /// The finding as the engine reported it.
  package var finding: Finding
  /// The waiver that excuses the finding; `nil` when it stands.
  package var waiver: WaiverMark?
  /// The node the finding is about, by the keys of the records on its path (see
  /// `DataDocument.identity(ofPath:)`); `nil` where the session did not name it.
  package var node: String?
  /// The key of the unit of report the finding lies in (a commune's code), when any.
  package var unit: String?
  /// Where the finding stands against a baseline, when the run has one.
  package var baseline: BaselineState?

  /// Wraps a finding, waived or not.
  package init(_ finding: Finding, waiver: WaiverMark? = nil) {
    self.finding = finding
    self.waiver = waiver
  }

  /// Reads a property of the finding.
  package subscript<T>(dynamicMember keyPath: KeyPath<Finding, T>) -> T { finding[keyPath: keyPath] }

  // The finding's fields, read directly: a key path applied across modules costs thousands of
  // instructions, and reports read every field of every finding.
  package var rule: String { finding.rule }
  package var kind: FindingKind { finding.kind }
  package var severity: Severity { finding.severity }
  package var message: LocalizedText { finding.message }
  package var basis: [Citation] { finding.basis }
  package var location: SourceLocation { finding.location }
  package var path: String { finding.path }
  package var values: [(name: String, value: FindingValue)] { finding.values }
  package var ruleLocation: SourceLocation? { finding.ruleLocation }

  /// Whether a waiver excuses the finding.
  package var isWaived: Bool { waiver != nil }

  /// Whether the run reports the finding as found now and not known before: with no baseline,
  /// every finding; with one, the new ones. Only those count and decide the exit code.
  package var isNew: Bool { baseline == nil || baseline == .new }

  /// The report's order: that of ``Finding/precedes(_:_:)``.
  package static func precedes(_ a: ReportedFinding, _ b: ReportedFinding) -> Bool {
    Finding.precedes(a.finding, b.finding)
  }
}
