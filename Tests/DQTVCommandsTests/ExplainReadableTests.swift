import Foundation
import TestSupport
import Testing

/// `dqtv explain` as an official reads it: nodes where the rule does not apply are counted, not
/// listed; long values are cut with their number of items; a path that is not in the data is
/// said to be so, with the nearest path that is.
@Suite struct ExplainReadableTests {
  static let numbers = "[" + (1...60).map(String.init).joined(separator: ", ") + "]"

  static func pack() throws -> TempPacks {
    let p = try TempPacks.province()
    try p.write(
      "province/villages.yaml",
      """
      rules:
        - id: TINH.THON
          title: {vi: Thôn thứ hai, en: The second village}
          basis:
            - {doc: "12/2026/KH-UBND"}
          severity: info
          effective: {from: 2026-01-01}
          scope: Village
          when: self.code == 'T02'
          let:
            numbers: "\(numbers)"
            short: "[1, 2]"
          require: size(numbers) < 10
          at: self.code
          message: {vi: "{self.name} có quá nhiều số.", en: "{self.name} has too many numbers."}

      """)
    return p
  }

  @Test func notApplicableNodesAreCountedAndLongValuesCut() throws {
    let p = try Self.pack()
    let run = try dqtv([
      "explain", "TINH.THON", "samples/commune-compliant.yaml", "--rules", p.path("province"), "--lang", "en",
    ])
    #expect(run.status == 0, "\(run)")
    let out = run.stdout
    #expect(out.contains("communes[0].villages[1]  "), "\(out)")
    for i in [0, 2, 3, 4] { #expect(!out.contains("communes[0].villages[\(i)]  "), "\(out)") }
    #expect(out.contains("4 other Village nodes are left out: the rule does not apply to them ('when' is false)."))
    let numbers = try #require(out.split(separator: "\n").first { $0.hasPrefix("  numbers = ") })
    #expect(numbers.hasSuffix(" [… 60 items]"), "\(numbers)")
    #expect(!numbers.contains("60,") && numbers.count < 150, "\(numbers)")
    #expect(out.contains("  short = [1,2]\n"), "\(out)")
    let vi = try dqtv(["explain", "TINH.THON", "samples/commune-compliant.yaml", "--rules", p.path("province")])
    #expect(vi.stdout.contains(" [… 60 mục]"), "\(vi)")
    #expect(vi.stdout.contains("4 nút Village khác không thuộc diện áp dụng"), "\(vi)")
  }

  @Test func aPathNotInTheDataNamesTheNearest() throws {
    let p = try Self.pack()
    let base = ["explain", "TINH.THON", "samples/commune-compliant.yaml", "--rules", p.path("province")]
    let run = try dqtv(base + ["--at", "communes[0].villages[9]", "--lang", "en"])
    #expect(run.status == 2, "\(run)")
    #expect(
      run.stderr.contains(
        "there is no 'communes[0].villages[9]' in samples/commune-compliant.yaml; the nearest existing path is 'communes[0].villages[4]'"
      ), "\(run)")
    let typo = try dqtv(base + ["--at", "communes[0].vilages"])
    #expect(typo.status == 2 && typo.stderr.contains("đường dẫn gần nhất có thật là 'communes[0]'"), "\(typo)")
    // A field of a record is a path that exists.
    let field = try dqtv(base + ["--at", "communes[0].population"])
    #expect(field.status == 0, "\(field)")
    let record = try dqtv(base + ["--at", "communes[0].villages[1]", "--lang", "en"])
    #expect(record.status == 0 && record.stdout.contains("communes[0].villages[1]  "), "\(record)")
  }
}
