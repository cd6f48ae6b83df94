import Testing

@testable import CEL

/// The dqtv date extensions and the timestamp and duration functions. Expected values are
/// worked out by hand from the calendar.
@Suite struct LibraryDatesTests {
  static let dateCases: [EvalCase] = [
    EvalCase("date('2025-07-01') == timestamp('2025-07-01T00:00:00Z')", .true),
    EvalCase("date('2024-02-29') == timestamp('2024-02-29T00:00:00Z')", .true),
    EvalCase("date('2025-02-29')", .error("invalid date")),
    EvalCase("date('2025-02-30')", .error("invalid date")),
    EvalCase("date('2025-04-31')", .error("invalid date")),
    EvalCase("date('2025-13-01')", .error("invalid date")),
    EvalCase("date('2025-00-10')", .error("invalid date")),
    EvalCase("date('2025-7-1')", .error("invalid date")),
    EvalCase("date('2025-07-01T00:00:00Z')", .error("invalid date")),
    EvalCase("date('')", .error("invalid date")),
    EvalCase("date('0001-01-01') < date('9999-12-31')", .true),
  ]

  @Test(arguments: dateCases) func date(_ row: EvalCase) { check(row) }

  /// Full years are complete on the anniversary; a 29 February birthday is reached on
  /// 28 February in non-leap years (Civil Code 2015, Art. 148: a period ending in a month
  /// without the corresponding day ends on the last day of that month).
  static let ageCases: [EvalCase] = [
    EvalCase("age(date('2008-03-10'), date('2026-03-09'))", .int(17)),  // day before
    EvalCase("age(date('2008-03-10'), date('2026-03-10'))", .int(18)),  // birthday
    EvalCase("age(date('2008-03-10'), date('2026-03-11'))", .int(18)),
    EvalCase("age(date('2008-03-10'), date('2026-12-31'))", .int(18)),
    EvalCase("age(date('2008-12-31'), date('2026-01-01'))", .int(17)),
    EvalCase("age(date('2008-02-29'), date('2026-02-27'))", .int(17)),
    EvalCase("age(date('2008-02-29'), date('2026-02-28'))", .int(18)),  // non-leap year
    EvalCase("age(date('2008-02-29'), date('2026-03-01'))", .int(18)),
    EvalCase("age(date('2008-02-29'), date('2028-02-28'))", .int(19)),  // leap year: not yet
    EvalCase("age(date('2008-02-29'), date('2028-02-29'))", .int(20)),
    EvalCase("age(date('2000-01-01'), date('2000-01-01'))", .int(0)),
    EvalCase("age(date('2000-01-02'), date('2000-01-01'))", .int(0)),
    EvalCase("age(date('2010-05-05'), date('2008-05-06'))", .int(-1)),
    // Times of day are ignored: the calendar date in UTC counts.
    EvalCase("age(timestamp('2008-03-10T23:00:00Z'), date('2026-03-10'))", .int(18)),
    EvalCase("age('2008-03-10', date('2026-03-10'))", .error("no such overload")),
  ]

  @Test(arguments: ageCases) func age(_ row: EvalCase) { check(row) }

  static let daysBetweenCases: [EvalCase] = [
    EvalCase("days_between(date('2025-01-01'), date('2025-03-01'))", .int(59)),
    EvalCase("days_between(date('2024-01-01'), date('2024-03-01'))", .int(60)),
    EvalCase("days_between(date('2025-03-01'), date('2025-01-01'))", .int(-59)),
    EvalCase("days_between(date('2025-01-01'), date('2025-01-01'))", .int(0)),
    EvalCase("days_between(date('2024-12-31'), date('2025-01-01'))", .int(1)),
    EvalCase("days_between(date('2000-01-01'), date('2100-01-01'))", .int(36525)),
    // Whole 24-hour spans, truncated toward zero.
    EvalCase(
      "days_between(timestamp('2025-01-01T23:00:00Z'), timestamp('2025-01-02T01:00:00Z'))",
      .int(0)),
    EvalCase(
      "days_between(timestamp('2025-01-02T01:00:00Z'), timestamp('2025-01-01T00:00:00Z'))",
      .int(-1)),
  ]

  @Test(arguments: daysBetweenCases) func daysBetween(_ row: EvalCase) { check(row) }

  static let accessorCases: [EvalCase] = [
    EvalCase("date('2025-07-01').getFullYear()", .int(2025)),
    EvalCase("date('2025-07-01').getMonth()", .int(6)),
    EvalCase("date('2025-07-01').getDate()", .int(1)),
    EvalCase("date('2025-07-01').getDayOfMonth()", .int(0)),
    EvalCase("date('2025-07-01').getDayOfYear()", .int(181)),
    EvalCase("date('2024-12-31').getDayOfYear()", .int(365)),
    EvalCase("date('2025-07-01').getDayOfWeek()", .int(2)),  // a Tuesday
    EvalCase("date('2025-07-01').getHours('Asia/Ho_Chi_Minh')", .int(7)),
    EvalCase("date('2025-07-01').getHours('+07:00')", .int(7)),
    EvalCase("date('2025-07-01').getHours('-02:30')", .int(21)),
    EvalCase("timestamp('2025-06-30T20:00:00Z').getDate('Asia/Ho_Chi_Minh')", .int(1)),
    EvalCase("timestamp('2025-06-30T20:00:00Z').getMonth('Asia/Ho_Chi_Minh')", .int(6)),
    EvalCase("timestamp('2025-06-30T20:00:00Z').getDate()", .int(30)),
    EvalCase("timestamp('2025-07-01T10:20:30.456Z').getMinutes()", .int(20)),
    EvalCase("timestamp('2025-07-01T10:20:30.456Z').getSeconds()", .int(30)),
    EvalCase("timestamp('2025-07-01T10:20:30.456Z').getMilliseconds()", .int(456)),
    EvalCase("date('2025-07-01').getHours('Mars/Olympus')", .error("time zone")),
    EvalCase("timestamp('1969-12-31T23:59:59Z').getDayOfWeek()", .int(3)),  // a Wednesday
    EvalCase("string(timestamp('2025-07-01T07:00:00+07:00'))", .string("2025-07-01T00:00:00Z")),
    EvalCase("timestamp('2025-07-01')", .error("invalid timestamp")),
    EvalCase("int(date('1970-01-02'))", .int(86400)),
  ]

  @Test(arguments: accessorCases) func timestampAccessors(_ row: EvalCase) { check(row) }

  static let durationCases: [EvalCase] = [
    EvalCase("duration('1h30m') == duration('5400s')", .true),
    EvalCase("duration('3.5s') == duration('3500ms')", .true),
    EvalCase("duration('1.5h') == duration('90m')", .true),
    EvalCase("duration('-2ms').getMilliseconds()", .int(-2)),
    EvalCase("duration('1h30m').getMinutes()", .int(90)),
    EvalCase("duration('1h30m').getHours()", .int(1)),
    EvalCase("duration('-90s').getMinutes()", .int(-1)),
    EvalCase("duration('1us') + duration('1ns') == duration('1001ns')", .true),
    EvalCase("string(duration('-1.5s'))", .string("-1.5s")),
    EvalCase("string(duration('1h'))", .string("3600s")),
    EvalCase("string(duration('0'))", .string("0s")),
    EvalCase("duration('1d')", .error("invalid duration")),
    EvalCase("duration('abc')", .error("invalid duration")),
    EvalCase("duration('')", .error("invalid duration")),
    EvalCase("duration('1h') < duration('61m')", .true),
  ]

  @Test(arguments: durationCases) func durations(_ row: EvalCase) { check(row) }
}
