import SourceDiagnostics

/// A province's decision to excuse findings for a time (PRODUCT.md, "Waivers").
///
/// A waiver covers the findings whose rule id matches ``rule`` and, when given, whose commune
/// has the code ``code`` and whose data path is ``path`` or lies below it. It waives on every
/// date up to and including ``until``.
package struct Waiver: Sendable, Hashable {
  /// A rule id, or a glob on rule ids (`*` any run of characters, `?` one).
  package var rule: String
  /// The code of the commune it covers, when given.
  package var code: String?
  /// A data path: the waiver covers the finding at this path and every finding below it.
  package var path: String?
  /// Why the finding is excused.
  package var reason: String
  /// The decision that approves the waiver.
  package var approvedBy: String
  /// The last day the waiver waives (inclusive).
  package var until: CalendarDate
  /// Where the waiver's entry is written in the waivers file.
  package var location: SourceLocation
  /// The entry's position in the file's `waivers` list (0-based).
  package var index: Int

  /// Creates a waiver.
  package init(
    rule: String, code: String? = nil, path: String? = nil, reason: String, approvedBy: String,
    until: CalendarDate, location: SourceLocation, index: Int = 0
  ) {
    self.rule = rule
    self.code = code
    self.path = path
    self.reason = reason
    self.approvedBy = approvedBy
    self.until = until
    self.location = location
    self.index = index
  }

  /// What a waived finding carries in reports: the waiver's reason, approval and last day.
  package var mark: WaiverMark {
    WaiverMark(reason: reason, approvedBy: approvedBy, until: until, location: location)
  }

  /// Whether the waiver is still in force on `date` (its `until` is not before it).
  package func isInForce(on date: CalendarDate) -> Bool { date <= until }

  /// Whether the waiver covers a finding, by rule id, commune code and data path.
  /// - Parameters:
  ///   - finding: the finding to test.
  ///   - communeCode: the code of the commune the finding lies in, if any.
  package func covers(_ finding: Finding, communeCode: String?) -> Bool {
    guard RuleIDPattern(rule).matches(finding.rule) else { return false }
    if let code, code != communeCode { return false }
    if let path, !Self.path(finding.path, isAtOrBelow: path) { return false }
    return true
  }

  /// Whether `path` is `prefix` or a path below it: `communes[0]` covers
  /// `communes[0].villages[2]` but not `communes[10]`.
  package static func path(_ path: String, isAtOrBelow prefix: String) -> Bool {
    if prefix.isEmpty || path == prefix { return true }
    guard path.hasPrefix(prefix) else { return false }
    let next = path[path.index(path.startIndex, offsetBy: prefix.count)]
    return next == "." || next == "["
  }
}
