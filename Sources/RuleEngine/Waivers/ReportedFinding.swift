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

  /// Whether a waiver excuses the finding.
  public var isWaived: Bool { waiver != nil }

  /// The report's order: that of ``Finding/precedes(_:_:)``.
  public static func precedes(_ a: ReportedFinding, _ b: ReportedFinding) -> Bool {
    Finding.precedes(a.finding, b.finding)
  }
}
