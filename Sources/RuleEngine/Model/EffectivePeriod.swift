/// The days a rule or a parameter value is in force: from `from` to `until`, both inclusive;
/// no `until` means still in force.
public struct EffectivePeriod: Hashable, Sendable, CustomStringConvertible {
  public var from: CalendarDate
  public var until: CalendarDate?

  public init(from: CalendarDate, until: CalendarDate? = nil) {
    self.from = from
    self.until = until
  }

  public func contains(_ date: CalendarDate) -> Bool {
    date >= from && (until.map { date <= $0 } ?? true)
  }

  public func overlaps(_ other: EffectivePeriod) -> Bool {
    let startsBeforeOtherEnds = other.until.map { from <= $0 } ?? true
    let otherStartsBeforeThisEnds = until.map { other.from <= $0 } ?? true
    return startsBeforeOtherEnds && otherStartsBeforeThisEnds
  }

  /// `2020-07-01..2025-06-30`, or `2020-07-01..` while in force.
  public var description: String { "\(from)..\(until.map(\.description) ?? "")" }
}
