import CEL
import SourceDiagnostics

/// A day of the Gregorian calendar, with no time zone: the unit the law counts in. Its
/// arithmetic is CEL's civil-date algorithm, so that a date and a CEL timestamp never disagree.
package struct CalendarDate: Hashable, Comparable, Sendable, CustomStringConvertible {
  package let year: Int
  /// 1 to 12.
  package let month: Int
  /// 1 to 31.
  package let day: Int

  /// Days since 1970-01-01 (negative before).
  package let daysSinceEpoch: Int

  /// Creates a date, or `nil` when the day does not exist (2025-02-30, 2025-13-01).
  package init?(year: Int, month: Int, day: Int) {
    guard (1...9999).contains(year), let civil = CivilDate(year: year, month: month, day: day) else { return nil }
    self.year = year
    self.month = month
    self.day = day
    daysSinceEpoch = Int(civil.daysSinceEpoch)
  }

  /// Reads `YYYY-MM-DD` exactly: four-digit year, two-digit month and day.
  package init?(_ text: some StringProtocol) {
    self.init(utf8: Array(text.utf8))
  }

  /// Reads `YYYY-MM-DD` from UTF-8 bytes.
  package init?<C: RandomAccessCollection>(utf8 u: C) where C.Element == UInt8, C.Index == Int {
    let u = UnsafeBufferPointerShim(u)
    guard u.count == 10, u[4] == UInt8(ascii: "-"), u[7] == UInt8(ascii: "-") else { return nil }
    func number(_ range: Range<Int>) -> Int? {
      var n = 0
      for i in range {
        guard u[i] >= 48, u[i] <= 57 else { return nil }
        n = n * 10 + Int(u[i] - 48)
      }
      return n
    }
    guard let y = number(0..<4), let m = number(5..<7), let d = number(8..<10) else { return nil }
    self.init(year: y, month: m, day: d)
  }

  /// Zero-based indexing over any collection of bytes.
  private struct UnsafeBufferPointerShim<C: RandomAccessCollection> where C.Element == UInt8, C.Index == Int {
    let base: C
    init(_ base: C) { self.base = base }
    var count: Int { base.count }
    subscript(i: Int) -> UInt8 { base[base.startIndex + i] }
  }

  /// The date a number of days after 1970-01-01.
  package init(daysSinceEpoch days: Int) {
    let civil = CivilDate(daysSinceEpoch: Int64(days))
    year = civil.year
    month = civil.month
    day = civil.day
    daysSinceEpoch = days
  }

  package static func daysIn(month: Int, year: Int) -> Int {
    CivilDate.daysInMonth(year, month)
  }

  package static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
    (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
  }

  /// `2025-07-01`.
  package var description: String {
    func pad(_ n: Int, _ width: Int) -> String {
      let s = String(n)
      return String(repeating: "0", count: Swift.max(0, width - s.count)) + s
    }
    return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
  }

  /// `01/07/2025`, as dates are written in Vietnamese.
  package var vietnamese: String {
    let d = description
    return "\(d.suffix(2))/\(d.dropFirst(5).prefix(2))/\(d.prefix(4))"
  }
}
