import CEL
import SourceDiagnostics
import Testing

@testable import RuleEngine

/// Messages are written as bytes (`ValueText.write`), with shortcuts for whole numbers, texts,
/// enum titles and dates; what they write is the UTF-8 of `ValueText.text`, the one the rest of
/// the reports use.
@Suite struct ValueTextBytesTests {
  func expectSame(_ words: ValueText, _ value: Value, type: CELType? = nil) {
    var out: [UInt8] = [0x41]  // written after what is there
    words.write(value, type: type, to: &out)
    #expect(out == [0x41] + Array(words.text(value, type: type).utf8), "\(value) in \(words.language)")
  }

  @Test func numbersTextsAndTitlesAreWrittenAsTheirText() throws {
    let schema = try miniSchema()
    for language in [Language.vi, .en] {
      let words = ValueText(schema: schema, language: language)
      for i: Int64 in [0, 7, 9, 10, 99, 100, -1, -10, 1_000_000_007, .max, .min] { expectSame(words, .int(i)) }
      for u: UInt64 in [0, 9, 10, 12_345, .max] { expectSame(words, .uint(u)) }
      for s in ["", "T01", "Thôn Đông", "Xã Thiệu Hóa"] { expectSame(words, .string(s)) }
      expectSame(words, .string("I"), type: .enumeration("CommuneClass"))
      expectSame(words, .string("khong_co"), type: .enumeration("CommuneClass"))
      expectSame(words, .double(19.96))
      expectSame(words, .bool(true))
      expectSame(words, .null)
    }
  }

  @Test func datesAreWrittenAsTheirText() throws {
    let schema = try miniSchema()
    // From year 0 to past 9999, midnights and not, leap days and year ends among them.
    var days: [Int64] = [-719_528, -719_163, -1, 0, 59, 365, 11_016, 20_089, 20_270, 2_932_896, 2_932_897]
    days += stride(from: -719_528, to: 2_932_897, by: 997).map { Int64($0) }
    for language in [Language.vi, .en] {
      let words = ValueText(schema: schema, language: language)
      for d in days {
        for seconds in [d * 86_400, d * 86_400 + 3_600] {
          guard let t = CELTimestamp(seconds: seconds) else { continue }
          expectSame(words, .timestamp(t))
        }
      }
    }
  }
}
