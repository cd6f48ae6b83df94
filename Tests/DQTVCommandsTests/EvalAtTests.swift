import Foundation
import TestSupport
import Testing

/// `dqtv eval --at PATH --data FILE` binds the record at PATH as `self`, and it and the records
/// above it by their types' variable names, as a rule on that record sees them.
@Suite struct EvalAtTests {
  static let sample = "samples/commune-compliant.yaml"

  @Test func atBindsSelfAndItsAncestors() throws {
    let run = try dqtv([
      "eval", "[submission.as_of, commune.name, village.name, self.name, self.leader.name]",
      "--data", Self.sample, "--at", "communes[0].villages[0]",
    ])
    #expect(run.status == 0, "\(run)")
    #expect(
      run.stdout == "[\"2026-06-30\",\"Xã Đông Tiến\",\"Thôn Đông Hải\",\"Thôn Đông Hải\",\"Trịnh Văn Bình\"]\n",
      "\(run)")
  }

  @Test func aRequireCanBeTriedAsWritten() throws {
    // A rule on a village reads its commune by name: the same words work here.
    let run = try dqtv([
      "eval", "self.code.startsWith('T') && commune.code == '16279'", "--data", Self.sample, "--at",
      "communes[0].villages[1]",
    ])
    #expect(run.stdout == "true\n", "\(run)")
    // Without --at, `self` is not bound: the expression is a type error.
    let without = try dqtv(["eval", "self.code", "--data", Self.sample])
    #expect(without.status == 2, "\(without)")
  }

  @Test func aPathWithNoRecordNamesTheNearest() throws {
    let run = try dqtv([
      "eval", "self", "--data", Self.sample, "--at", "communes[0].villages[40]", "--lang", "en",
    ])
    #expect(run.status == 2, "\(run)")
    #expect(
      run.stderr.contains(
        "there is no record at 'communes[0].villages[40]' in samples/commune-compliant.yaml; the nearest existing path is 'communes[0].villages[4]'"
      ), "\(run)")
    let vi = try dqtv(["eval", "self", "--data", Self.sample, "--at", "comunes[0]"])
    #expect(vi.stderr.contains("không có bản ghi nào tại 'comunes[0]'"), "\(vi)")
    #expect(vi.stderr.contains("đường dẫn gần nhất có thật là 'communes[0]'"), "\(vi)")
    let noData = try dqtv(["eval", "self", "--at", "communes[0]"])
    #expect(noData.status == 2 && noData.stderr.contains("`--data TỆP`"), "\(noData)")
  }

  @Test func datesPrintAsDatesAndOtherTimesInFull() throws {
    let date = try dqtv(["eval", "[as_of]", "--as-of", "2026-06-30"])
    #expect(date.stdout == "[\"2026-06-30\"]\n", "\(date)")
    let time = try dqtv(["eval", "timestamp('2026-06-30T10:00:00Z')"])
    #expect(time.stdout == "\"2026-06-30T10:00:00Z\"\n", "\(time)")
  }

  @Test func anExpressionMayBeginWithAMinus() throws {
    let run = try runDQTV(["eval", "-1 + 2"])
    #expect(run.status == 0 && run.stdout == "1\n", "\(run)")
    let withOptions = try dqtv(["eval", "--as-of", "2026-06-30", "-size([1, 2])", "--lang", "en"])
    #expect(withOptions.status == 0 && withOptions.stdout == "-2\n", "\(withOptions)")
    let afterDashes = try dqtv(["eval", "--", "-3"])
    #expect(afterDashes.stdout == "-3\n", "\(afterDashes)")
  }
}
