import RuleEngine

/// Counts of findings by severity; waived findings are counted apart, not under their severity.
/// With a baseline, only new findings are counted: those the baseline knows are not reported.
package struct FindingCounts: Sendable, Equatable {
  /// Standing findings of severity `error`.
  package var error = 0
  /// Standing findings of severity `warning`.
  package var warning = 0
  /// Standing findings of severity `info`.
  package var info = 0
  /// Findings a waiver excuses, whatever their severity.
  package var waived = 0

  /// Counts reported findings.
  package init(_ findings: [ReportedFinding]) {
    for f in findings { count(f) }
  }

  /// Counts one more reported finding.
  mutating func count(_ f: ReportedFinding) {
    guard f.isNew else { return }
    if f.isWaived {
      waived += 1
      return
    }
    switch f.severity {
    case .error: error += 1
    case .warning: warning += 1
    case .info: info += 1
    }
  }

  /// The count of one severity.
  package subscript(severity: Severity) -> Int {
    switch severity {
    case .error: error
    case .warning: warning
    case .info: info
    }
  }
}
