import SourceDiagnostics

/// Timestamp and duration accessors, and the dqtv date extensions.
enum Dates {
  enum Part: Sendable {
    case fullYear, month, date, dayOfMonth, dayOfYear, dayOfWeek
    case hours, minutes, seconds, milliseconds
  }

  /// A calendar or clock field of `t` in `zone` (UTC when nil): `getMonth` and
  /// `getDayOfMonth`, `getDayOfYear` count from 0; `getDate` from 1; `getDayOfWeek` is 0 on
  /// Sunday.
  static func part(_ part: Part, of t: CELTimestamp, zone: String? = nil) -> Value {
    var offset: Int64 = 0
    if let zone {
      guard let found = t.offset(inZone: zone) else {
        return Failure.invalid("invalid time zone '\(zone)'")
      }
      offset = found
    }
    let (date, secondOfDay) = t.components(offsetSeconds: offset)
    switch part {
    case .fullYear: return .int(Int64(date.year))
    case .month: return .int(Int64(date.month - 1))
    case .date: return .int(Int64(date.day))
    case .dayOfMonth: return .int(Int64(date.day - 1))
    case .dayOfYear: return .int(Int64(date.dayOfYear))
    case .dayOfWeek: return .int(Int64(date.dayOfWeek))
    case .hours: return .int(secondOfDay / 3600)
    case .minutes: return .int(secondOfDay / 60 % 60)
    case .seconds: return .int(secondOfDay % 60)
    case .milliseconds: return .int(Int64(t.nanos) / 1_000_000)
    }
  }

  /// Duration accessors: whole hours, minutes and seconds of the span (truncated toward
  /// zero), and the millisecond part of its fraction.
  static func part(_ part: Part, of d: CELDuration) -> Value {
    let (seconds, nanos) = d.truncated
    switch part {
    case .hours: return .int(seconds / 3600)
    case .minutes: return .int(seconds / 60)
    case .seconds: return .int(seconds)
    case .milliseconds: return .int(nanos / 1_000_000)
    default: return Failure.invalid("no such duration accessor")
    }
  }

  /// `date('2025-07-01')`: midnight UTC of a calendar date written `YYYY-MM-DD`; an error for
  /// any other form or an impossible date (2025-02-30).
  static func date(_ text: String) -> Value {
    let u = Array(text.utf8)
    func digits(_ range: Range<Int>) -> Int? {
      var value = 0
      for i in range {
        guard u[i] >= 48 && u[i] <= 57 else { return nil }
        value = value * 10 + Int(u[i] - 48)
      }
      return value
    }
    guard u.count == 10, u[4] == UInt8(ascii: "-"), u[7] == UInt8(ascii: "-"),
      let year = digits(0..<4), let month = digits(5..<7), let day = digits(8..<10)
    else { return Failure.invalid("invalid date '\(text)': expected YYYY-MM-DD") }
    guard let t = CELTimestamp(year: year, month: month, day: day) else {
      return Failure.invalid("invalid date '\(text)': no such day")
    }
    return .timestamp(t)
  }

  /// `age(birth, at)`: the number of whole years from `birth` to `at`, by calendar dates in
  /// UTC (times of day are ignored).
  ///
  /// A year is complete on the anniversary of the birth date, as full years of age are
  /// counted in Vietnamese practice ("đủ 18 tuổi" from the 18th birthday). When the
  /// anniversary does not exist (born 29 February, a non-leap target year), the year is
  /// complete on the last day of that month, 28 February: the Civil Code 2015, Article 148,
  /// ends a period in a month without the corresponding day on the last day of that month
  /// (clause 3, for months; applied here to years by analogy). So someone born 2008-02-29 is
  /// 18 on 2026-02-28. When `at` is before `birth` the result is negative: minus the whole
  /// years from `at` to `birth`.
  static func age(birth: CELTimestamp, at: CELTimestamp) -> Value {
    if at < birth {
      guard case .int(let years) = age(birth: at, at: birth) else { return .int(0) }
      return .int(-years)
    }
    let b = birth.components(offsetSeconds: 0).date
    let a = at.components(offsetSeconds: 0).date
    var years = a.year - b.year
    let anniversaryDay = min(b.day, CivilDate.daysInMonth(a.year, b.month))
    if (a.month, a.day) < (b.month, anniversaryDay) { years -= 1 }
    return .int(Int64(years))
  }

  /// `days_between(a, b)`: whole days (spans of 24 hours) from `a` to `b`, truncated toward
  /// zero; negative when `b` is before `a`. For dates (midnight UTC) this is the difference of
  /// the calendar days.
  static func daysBetween(_ a: CELTimestamp, _ b: CELTimestamp) -> Value {
    var seconds = b.seconds - a.seconds
    let nanos = Int64(b.nanos) - Int64(a.nanos)
    // Truncate the signed span toward zero.
    if seconds < 0 && nanos > 0 { seconds += 1 }
    if seconds > 0 && nanos < 0 { seconds -= 1 }
    return .int(seconds / 86_400)
  }
}
