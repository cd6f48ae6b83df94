import Foundation
import TestSupport
import Testing

/// `--only` and `--skip` globs that select nothing are a bad command line; SCHEMA findings are
/// hidden by nothing but `--skip SCHEMA`.
@Suite struct RuleGlobTests {
  let file = "samples/commune-mistakes.yaml"

  @Test func aGlobThatMatchesNoRuleIsAUsageErrorWithTheNearestId() throws {
    let run = try runDQTV(["check", file, "--only", "BCH.CHT.COUNt", "--lang", "en"])
    #expect(run.status == 64)
    #expect(run.stdout.isEmpty, "nothing was checked, so nothing is reported")
    #expect(
      run.stderr
        == "error: --only BCH.CHT.COUNt matches no rule id of the selected packs; did you mean BCH.CHT.COUNT?\n")
    let skip = try runDQTV(["check", file, "--skip", "NOPE", "--skip", "DQ.*"])
    #expect(skip.status == 64)
    #expect(skip.stderr == "error: `--skip NOPE` không khớp với mã quy tắc nào của bộ quy tắc đã chọn\n")
  }

  @Test func globsOverTheEnginesOwnRulesAreKnown() throws {
    for args in [["--only", "SCHEMA"], ["--skip", "PACK.HORIZON"], ["--skip", "WAIVER.*"], ["--only", "D?.*"]] {
      let run = try dqtv(["check", file] + args)
      #expect(run.status == 1, "\(args): \(run.stderr)")
    }
  }

  @Test func onlyAnExplicitSkipSchemaHidesSchemaFindings() throws {
    func schemaLines(_ args: [String]) throws -> Int {
      let run = try dqtv(["check", file, "--lang", "en"] + args)
      return run.stdout.split(separator: "\n").filter { $0.contains("[SCHEMA]") }.count
    }
    #expect(try schemaLines([]) == 2)
    #expect(try schemaLines(["--only", "BCH.*"]) == 2)
    #expect(try schemaLines(["--skip", "*"]) == 2)
    #expect(try schemaLines(["--skip", "SCHEMA"]) == 0)
    // A glob that would match SCHEMA hides nothing, so it is refused rather than ignored.
    let glob = try dqtv(["check", file, "--skip", "SCHEM*", "--lang", "en"])
    #expect(glob.status == 64)
    #expect(glob.stderr.contains("did you mean SCHEMA?"))
  }
}
