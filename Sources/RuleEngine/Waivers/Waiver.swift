import SourceDiagnostics

/// A province's decision to excuse findings for a time (PRODUCT.md, "Waivers").
///
/// A waiver covers the findings whose rule id matches ``rule`` and, when given, whose commune
/// has the code ``code`` and whose data path is ``path`` or lies below it. It waives on every
/// date up to and including ``until``.
public struct Waiver: Sendable, Hashable {
  /// A rule id, or a glob on rule ids (`*` any run of characters, `?` one).
  public var rule: String
  /// The code of the commune it covers, when given.
  public var code: String?
  /// A data path: the waiver covers the finding at this path and every finding below it.
  public var path: String?
  /// Why the finding is excused.
  public var reason: String
  /// The decision that approves the waiver.
  public var approvedBy: String
  /// The last day the waiver waives (inclusive).
  public var until: CalendarDate
  /// Where the waiver's entry is written in the waivers file.
  public var location: SourceLocation
  /// The entry's position in the file's `waivers` list (0-based).
  public var index: Int

  /// Creates a waiver.
  public init(
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
  public var mark: WaiverMark {
    WaiverMark(reason: reason, approvedBy: approvedBy, until: until, location: location)
  }

  /// Whether the waiver is still in force on `date` (its `until` is not before it).
  public func isInForce(on date: CalendarDate) -> Bool { date <= until }

  /// Whether the waiver covers a finding, by rule id, commune code and data path.
  /// - Parameters:
  ///   - finding: the finding to test.
  ///   - communeCode: the code of the commune the finding lies in, if any.
  public func covers(_ finding: Finding, communeCode: String?) -> Bool {
    guard RuleIDPattern(rule).matches(finding.rule) else { return false }
    if let code, code != communeCode { return false }
    if let path, !Self.path(finding.path, isAtOrBelow: path) { return false }
    return true
  }

  /// Whether `path` is `prefix` or a path below it: `communes[0]` covers
  /// `communes[0].villages[2]` but not `communes[10]`.
  public static func path(_ path: String, isAtOrBelow prefix: String) -> Bool {
    if prefix.isEmpty || path == prefix { return true }
    guard path.hasPrefix(prefix) else { return false }
    let next = path[path.index(path.startIndex, offsetBy: prefix.count)]
    return next == "." || next == "["
  }
}

/// The waiver a waived finding carries in reports.
public struct WaiverMark: Sendable, Hashable {
  public var reason: String
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

/// A glob on rule ids: `*` any run of characters, `?` exactly one.
public struct RuleIDPattern: Sendable, Hashable {
  /// The glob as written.
  public let pattern: String

  /// Creates a pattern from a glob.
  public init(_ pattern: String) { self.pattern = pattern }

  /// Whether `id` matches the whole glob.
  public func matches(_ id: String) -> Bool {
    let p = Array(pattern)
    let text = Array(id)
    var i = 0, t = 0, star = -1, mark = 0
    while t < text.count {
      if i < p.count && (p[i] == "?" || p[i] == text[t]) {
        i += 1
        t += 1
      } else if i < p.count && p[i] == "*" {
        star = i
        mark = t
        i += 1
      } else if star >= 0 {
        i = star + 1
        mark += 1
        t = mark
      } else {
        return false
      }
    }
    while i < p.count && p[i] == "*" { i += 1 }
    return i == p.count
  }
}
