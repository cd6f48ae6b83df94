import Testing

@testable import RuleEngine

/// Dates count days with the one civil-date algorithm (CEL's), and refuse days that do not exist.
@Suite struct CalendarDateTests {
  @Test func daysSinceTheEpoch() {
    #expect(CalendarDate("1970-01-01")?.daysSinceEpoch == 0)
    #expect(CalendarDate("1969-12-31")?.daysSinceEpoch == -1)
    // 2000-01-01 is day 10,957; January has 31 days and February 2000 has 29.
    #expect(CalendarDate("2000-01-01")?.daysSinceEpoch == 10_957)
    #expect(CalendarDate("2000-03-01")?.daysSinceEpoch == 10_957 + 31 + 29)
  }

  @Test func daysThatDoNotExistAreRefused() {
    #expect(CalendarDate("2024-02-29") != nil)
    #expect(CalendarDate("2025-02-29") == nil)
    #expect(CalendarDate("1900-02-29") == nil)
    #expect(CalendarDate("2025-04-31") == nil)
    #expect(CalendarDate("2025-13-01") == nil)
    #expect(CalendarDate("0000-01-01") == nil)
  }

  @Test func daysRoundTrip() {
    // 0001-01-01 to 9999-12-31, the years a date may have.
    for days in stride(from: -719_162, through: 2_932_896, by: 997) {
      let date = CalendarDate(daysSinceEpoch: days)
      #expect(CalendarDate(year: date.year, month: date.month, day: date.day)?.daysSinceEpoch == days)
    }
  }
}

extension CalendarDateTests {
  @Test func theFirstAndLastDaysOfTheRange() {
    #expect(CalendarDate("0001-01-01")?.daysSinceEpoch == -719_162)
    #expect(CalendarDate("9999-12-31")?.daysSinceEpoch == 2_932_896)
  }
}
