import Foundation
import TestSupport
import Testing

/// Every format of one small check, pinned by golden files reviewed by hand: two communes with
/// board mistakes, the board-count rules only, and a waivers file with a waiver that waives, one
/// that matches nothing and one past its date.
@Suite struct GoldenReportTests {
  func report(_ extra: [String]) throws -> String {
    let run = try ReportFixtures.check(extra)
    #expect(run.status == 1, "one error stands after the waivers")
    #expect(run.stderr.isEmpty, "\(run.stderr)")
    return run.stdout
  }

  @Test func text() throws {
    assertGolden(try report(["--color", "never"]), named: "check.vi.txt")
  }

  @Test func textInEnglish() throws {
    assertGolden(try report(["--lang", "en"]), named: "check.en.txt")
  }

  @Test func json() throws {
    assertGolden(try report(["--format", "json"]), named: "check.json")
  }

  @Test func sarif() throws {
    // The base of relative URIs is the working directory, which differs from machine to machine.
    let root = "\"file://" + packageRoot().path + "/\""
    let log = try report(["--format", "sarif"])
    #expect(log.contains("\"%SRCROOT%\" : {\n          \"uri\" : \(root)"))
    assertGolden(log.replacingOccurrences(of: root, with: "\"file:///PACKAGE/\""), named: "check.sarif")
  }

  @Test func junit() throws {
    assertGolden(try report(["--format", "junit", "--lang", "en"]), named: "check.junit.xml")
  }

  @Test func everyFormatIsByteIdenticalRunToRun() throws {
    for format in ["text", "json", "sarif", "junit", "html"] {
      #expect(try report(["--format", format]) == report(["--format", format]), "\(format)")
    }
  }
}
