/// A proleptic Gregorian calendar date, with conversions to and from days since 1970-01-01
/// (the algorithms of H. Hinnant's "chrono-compatible low-level date algorithms"). It is the
/// package's one calendar algorithm: CEL's timestamps, the rule engine's dates and workbook
/// date serials all count days with it.
package struct CivilDate: Hashable, Sendable {
  package let year: Int
  package let month: Int  // 1...12
  package let day: Int  // 1...31

  /// A valid date, or `nil` (2025-02-30, month 13...).
  package init?(year: Int, month: Int, day: Int) {
    guard (1...12).contains(month), day >= 1, day <= CivilDate.daysInMonth(year, month) else {
      return nil
    }
    self.year = year
    self.month = month
    self.day = day
  }

  package init(daysSinceEpoch days: Int64) {
    let z = days + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let doe = z - era * 146_097
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let d = doy - (153 * mp + 2) / 5 + 1
    let m = mp < 10 ? mp + 3 : mp - 9
    year = Int(yoe + era * 400 + (m <= 2 ? 1 : 0))
    month = Int(m)
    day = Int(d)
  }

  package var daysSinceEpoch: Int64 { Self.daysSinceEpoch(year: year, month: month, day: day) }

  /// The days since 1970-01-01 of a year, month (1...12) and day, unchecked: a day past the
  /// month's end counts on into the next month.
  package static func daysSinceEpoch(year: Int, month: Int, day: Int) -> Int64 {
    let y = Int64(month <= 2 ? year - 1 : year)
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let m = Int64(month)
    let doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + Int64(day) - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146_097 + doe - 719_468
  }

  package static func isLeapYear(_ year: Int) -> Bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
  }

  package static func daysInMonth(_ year: Int, _ month: Int) -> Int {
    switch month {
    case 2: isLeapYear(year) ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
  }
}
