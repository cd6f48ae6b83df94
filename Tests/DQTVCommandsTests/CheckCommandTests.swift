import Foundation
import TestSupport
import Testing

/// `file:line:col: severity: [RULE]` of each finding line of text output.
func findingLines(_ text: String) -> [String] {
  text.split(separator: "\n").map(String.init).filter { $0.contains(": [") }
}

/// The rule ids named by `# RULE.ID:` comments in a sample (the mistakes it is meant to show).
func commentedRules(_ path: String) throws -> [String] {
  let text = try String(contentsOf: packageRoot().appendingPathComponent(path), encoding: .utf8)
  let pattern = try Regex(#"#\s*((?:[A-Z]+[.-])+[A-Z-]+|SCHEMA):"#)
  return text.split(separator: "\n").compactMap { line in
    (try? pattern.firstMatch(in: String(line))).flatMap { $0.output[1].substring.map(String.init) }
  }
}

@Suite struct CheckCommandTests {
  @Test func theCompliantSampleHasNoFinding() throws {
    let run = try dqtv(["check", "samples/commune-compliant.yaml"])
    #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
    #expect(findingLines(run.stdout) == [])
    #expect(run.stderr.isEmpty)
  }

  @Test func theMistakesSampleShowsExactlyTheMistakesItsCommentsName() throws {
    let run = try dqtv(["check", "samples/commune-mistakes.yaml", "--format", "json"])
    #expect(run.status == 1)
    let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    let findings = try #require(json["findings"] as? [[String: Any]])
    let found = Set(findings.compactMap { $0["rule"] as? String })
    let commented = Set(try commentedRules("samples/commune-mistakes.yaml"))
    #expect(!commented.isEmpty)
    // Every commented mistake is found; anything else found must follow from one (DT.TERM
    // follows from an overdue drill, as the sample's header says).
    #expect(commented.subtracting(found) == [])
    #expect(found.subtracting(commented).subtracting(["DT.TERM", "DT.OVERDUE"]) == [])
  }

  @Test func theProvinceSampleShowsTheMistakesItsCommentsName() throws {
    let run = try dqtv(["check", "samples/province-thanh-hoa.yaml", "--format", "json"])
    #expect(run.status == 1)
    let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    let found = Set((json["findings"] as? [[String: Any]] ?? []).compactMap { $0["rule"] as? String })
    let commented = Set(try commentedRules("samples/province-thanh-hoa.yaml"))
    #expect(commented.subtracting(found) == [])
    #expect(found.subtracting(commented) == [])
  }

  @Test func textLinesHaveTheCompilerForm() throws {
    let run = try dqtv(["check", "samples/commune-mistakes.yaml", "--lang", "en"])
    let lines = findingLines(run.stdout)
    #expect(!lines.isEmpty)
    let form = try Regex(#"^samples/commune-mistakes\.yaml:\d+:\d+: (error|warning|info): \[[A-Z.-]+\] .+$"#)
    for line in lines { #expect((try? form.wholeMatch(in: line)) != nil, "\(line)") }
    #expect(run.stdout.split(separator: "\n").last?.contains("applied") == true)
  }

  @Test func jsonIsByteIdenticalRunToRun() throws {
    let a = try dqtv(["check", "samples/province-thanh-hoa.yaml", "--format", "json"])
    let b = try dqtv(["check", "samples/province-thanh-hoa.yaml", "--format", "json"])
    #expect(a.stdout == b.stdout)
    #expect(a.stderr.isEmpty)
  }

  @Test func standardInputIsNamedAsAsked() throws {
    let text = try String(
      contentsOf: packageRoot().appendingPathComponent("samples/commune-mistakes.yaml"), encoding: .utf8)
    let run = try dqtv(["check", "-", "--stdin-filename", "xa.yaml"], stdin: text)
    #expect(run.status == 1)
    let lines = findingLines(run.stdout)
    #expect(!lines.isEmpty)
    #expect(lines.allSatisfy { $0.hasPrefix("xa.yaml:") })
  }

  @Test func malformedYAMLIsExitTwoWithItsPlaceOnStandardError() throws {
    let run = try dqtv(
      ["check", "-", "--stdin-filename", "bad.yaml"], stdin: "format: dqtv-submission/1\nas_of: [2026\n")
    #expect(run.status == 2)
    // The report still lists the file, at the place of the problem.
    #expect(run.stdout.hasPrefix("bad.yaml:3:"))
    #expect(run.stdout.contains(": error: không đọc được: "))
    #expect(run.stderr.contains("bad.yaml:"))
    #expect(run.stderr.contains("error:"))
  }

  @Test func aRootThatIsNotASubmissionIsExitTwo() throws {
    let run = try dqtv(["check", "-"], stdin: "- just\n- a list\n")
    #expect(run.status == 2)
    #expect(run.stderr.contains("<stdin>:1:1: error:"))
  }

  @Test func onlyAndSkipSelectRules() throws {
    // The sample has SCHEMA findings too: --only never hides them, only --skip SCHEMA does.
    let only = try dqtv(["check", "samples/commune-mistakes.yaml", "--only", "DQ.*"])
    let rules = Set(
      findingLines(only.stdout).compactMap {
        $0.split(separator: "[").dropFirst().first?.split(separator: "]").first.map(String.init)
      })
    #expect(rules.contains("SCHEMA"))
    #expect(rules.contains { $0.hasPrefix("DQ.") })
    #expect(rules.allSatisfy { $0.hasPrefix("DQ.") || $0 == "SCHEMA" })
    let skip = try dqtv(["check", "samples/commune-mistakes.yaml", "--skip", "DQ.*", "--skip", "SCHEMA"])
    #expect(!findingLines(skip.stdout).contains { $0.contains("[DQ.") || $0.contains("[SCHEMA]") })
  }

  @Test func failOnSetsTheExitCode() throws {
    #expect(try dqtv(["check", "samples/commune-mistakes.yaml", "--fail-on", "never"]).status == 0)
    let overdue = ["check", "samples/commune-mistakes.yaml", "--only", "DT.OVERDUE", "--skip", "SCHEMA"]
    #expect(try dqtv(overdue + ["--fail-on", "warning"]).status == 0)
    #expect(try dqtv(overdue + ["--fail-on", "info"]).status == 1)
  }

  @Test func outputIsWrittenWholeOrNotAtAll() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("dqtv-out-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let target = directory.appendingPathComponent("report.json").path
    let run = try dqtv(["check", "samples/commune-mistakes.yaml", "--format", "json", "--output", target])
    #expect(run.status == 1)
    #expect(run.stdout.isEmpty)
    let written = try String(contentsOfFile: target, encoding: .utf8)
    #expect(written.hasPrefix("{") && written.hasSuffix("}\n"))
    let missing = directory.appendingPathComponent("no/such/folder/report.json").path
    let failed = try dqtv(["check", "samples/commune-mistakes.yaml", "--output", missing])
    #expect(failed.status == 2)
    #expect(!FileManager.default.fileExists(atPath: missing))
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["report.json"])
  }
}
