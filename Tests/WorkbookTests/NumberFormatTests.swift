import Testing

@testable import Workbook

@Suite struct NumberFormatTests {
  @Test(arguments: [
    ("dd/mm/yyyy", true), ("d-mmm-yy", true), ("[h]:mm:ss", true), ("[$-42A]dd/mm/yyyy", true),
    ("yyyy\\-mm\\-dd", true), ("h:mm AM/PM", true), ("General", false), ("0.00", false), ("#,##0", false),
    ("[Red]0.00", false), ("0.00E+00", false), ("\"ngày\" 0", false), ("@", false), ("0_);[Red](0)", false),
    ("#,##0 \"VND\";-#,##0 \"d\"", false), ("0;dd/mm/yyyy", false),
  ])
  func dateFormatsAreTold(_ code: String, _ isDate: Bool) {
    #expect(NumberFormats.isDate(code) == isDate, "\(code)")
  }

  @Test func builtInDateFormats() {
    #expect(NumberFormats.builtInDates[14] != nil)
    #expect(NumberFormats.builtInDates[22] != nil)
    #expect(NumberFormats.builtInDates[0] == nil)
    #expect(NumberFormats.builtInDates[49] == nil)  // "@", text
  }
}
