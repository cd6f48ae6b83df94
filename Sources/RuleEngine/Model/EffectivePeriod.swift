/// The days a rule or a parameter value is in force: from `from` to `until`, both inclusive;
/// no `until` means still in force.
package struct EffectivePeriod: Hashable, Sendable, CustomStringConvertible {
  package var from: CalendarDate
  package var until: CalendarDate?

  package init(from: CalendarDate, until: CalendarDate? = nil) {
    self.from = from
    self.until = until
  }

  package func contains(_ date: CalendarDate) -> Bool {
    date >= from && (until.map { date <= $0 } ?? true)
  }

  package func overlaps(_ other: EffectivePeriod) -> Bool {
    let startsBeforeOtherEnds = other.until.map { from <= $0 } ?? true
    let otherStartsBeforeThisEnds = until.map { other.from <= $0 } ?? true
    return startsBeforeOtherEnds && otherStartsBeforeThisEnds
  }

  /// `2020-07-01..2025-06-30`, or `2020-07-01..` while in force.
  package var description: String { "\(from)..\(until.map(\.description) ?? "")" }
}
