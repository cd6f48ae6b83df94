import SourceDiagnostics

/// The waiver a waived finding carries in reports.
public struct WaiverMark: Sendable, Hashable {
  /// Why the finding is excused.
  public var reason: String
  /// The decision that approves the waiver.
  public var approvedBy: String
  /// The last day the waiver waives (inclusive).
  public var until: CalendarDate
  /// Where the waiver is written.
  public var location: SourceLocation

  /// Creates a mark.
  public init(reason: String, approvedBy: String, until: CalendarDate, location: SourceLocation) {
    self.reason = reason
    self.approvedBy = approvedBy
    self.until = until
    self.location = location
  }
}
