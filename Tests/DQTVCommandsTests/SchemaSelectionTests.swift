import Foundation
import TestSupport
import Testing

/// `--only` and `--skip` choose rules; they never make a broken submission look clean. SCHEMA
/// findings go only with `--skip SCHEMA`, spelt out.
@Suite struct SchemaSelectionTests {
  /// A commune whose code has the wrong form and that lacks required fields.
  static let broken = "format: dqtv-submission/1\nas_of: 2026-06-30\ncommunes:\n  - code: 12\n    name: X\n"

  func schemaLines(_ extra: [String]) throws -> (CommandOutput, Int) {
    let run = try dqtv(["check", "-", "--stdin-filename", "bad.yaml", "--lang", "en"] + extra, stdin: Self.broken)
    return (run, run.stdout.split(separator: "\n").filter { $0.contains(": error: [SCHEMA]") }.count)
  }

  @Test func globsAndOnlyKeepSchemaFindings() throws {
    let (all, count) = try schemaLines([])
    #expect(count > 0, "\(all)")
    #expect(all.stdout.contains("bad.yaml:4:11: error: [SCHEMA] 'Administrative unit code' (code)"))
    for extra in [
      ["--only", "DQ.AGE.MAX"], ["--skip", "*"], ["--only", "DQ.*", "--skip", "*"],
    ] {
      let (run, kept) = try schemaLines(extra)
      #expect(kept == count, "\(extra): \(run.stdout)")
      #expect(run.status == 1, "\(extra)")
    }
    // Globs that match no rule (SCHEMA is matched only by its name) are refused: the run
    // checks nothing rather than look clean.
    for extra in [["--only", "NO.SUCH.*"], ["--skip", "S*"], ["--skip", "SCHEM?"]] {
      let (run, kept) = try schemaLines(extra)
      #expect(kept == 0 && run.stdout.isEmpty, "\(extra): \(run.stdout)")
      #expect(run.status == 64, "\(extra)")
    }
  }

  @Test func onlyAnExplicitSkipSchemaHidesThem() throws {
    let (run, kept) = try schemaLines(["--skip", "SCHEMA"])
    #expect(kept == 0, "\(run.stdout)")
    #expect(!run.stdout.contains("[SCHEMA]"))
  }
}
