import SourceDiagnostics

/// The waiver a waived finding carries in reports.
package struct WaiverMark: Sendable, Hashable {
  /// Why the finding is excused.
  package var reason: String
  /// The decision that approves the waiver.
  package var approvedBy: String
  /// The last day the waiver waives (inclusive).
  package var until: CalendarDate
  /// Where the waiver is written.
  package var location: SourceLocation

  /// Creates a mark.
  package init(reason: String, approvedBy: String, until: CalendarDate, location: SourceLocation) {
    self.reason = reason
    self.approvedBy = approvedBy
    self.until = until
    self.location = location
  }
}
