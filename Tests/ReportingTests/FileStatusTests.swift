import Foundation
import TestSupport
import Testing

/// Every file given appears in every report with its status, through the built binary: a
/// good file, a broken one (schema breaks and rule findings), one with a tab, one that is YAML
/// but no submission, and one that does not exist.
@Suite struct FileStatusTests {
  /// Writes the mixed files in a fresh folder and runs `dqtv check` on them there.
  func mixed(_ extra: [String], names: [String]? = nil) throws -> CommandOutput {
    let folder = try ReportFixtures.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let root = packageRoot()
    try FileManager.default.copyItem(
      at: root.appendingPathComponent("samples/commune-compliant.yaml"), to: folder.appendingPathComponent("good.yaml"))
    try FileManager.default.copyItem(
      at: root.appendingPathComponent("samples/commune-mistakes.yaml"), to: folder.appendingPathComponent("broken.yaml")
    )
    try "format: dqtv-submission/1\n\tas_of: 2026-06-30\n".write(
      to: folder.appendingPathComponent("tab.yaml"), atomically: true, encoding: .utf8)
    try "- just\n- a list\n".write(to: folder.appendingPathComponent("list.yaml"), atomically: true, encoding: .utf8)
    let files = names ?? ["good.yaml", "tab.yaml", "broken.yaml", "missing.yaml", "list.yaml"]
    return try runDQTV(["check"] + files + ["--lang", "en"] + extra, directory: folder)
  }

  @Test func textListsEachUnreadFileAtItsPlaceAmongTheFindings() throws {
    let run = try mixed(["--only", "DQ.AGE.*"])
    #expect(run.status == 2)
    let lines = run.stdout.split(separator: "\n").map(String.init)
    let tab = try #require(lines.firstIndex { $0.hasPrefix("tab.yaml:2:1: error: not read: ") })
    let missing = try #require(lines.firstIndex { $0.hasPrefix("missing.yaml: error: not read: ") })
    let list = try #require(lines.firstIndex { $0.hasPrefix("list.yaml:1:1: error: not read: not a submission: ") })
    let broken = try #require(lines.firstIndex { $0.hasPrefix("broken.yaml:") })
    #expect(broken < list && list < missing && missing < tab, "in file order: \(lines)")
    #expect(lines.last == "3 errors, 0 warnings, 0 info; 2 rules applied, 5 files (3 not read).")
    #expect(run.stderr.contains("tab.yaml:2:1"), "the problems are still on standard error with snippets")
  }

  @Test func jsonGivesEveryFileItsStatusCountsAndProblems() throws {
    let run = try mixed(["--format", "json"])
    #expect(run.status == 2)
    let report = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    let files = try #require(report["submissions"] as? [[String: Any]])
    #expect(
      files.compactMap { $0["file"] as? String } == [
        "good.yaml", "tab.yaml", "broken.yaml", "missing.yaml", "list.yaml",
      ])
    #expect(
      files.compactMap { $0["status"] as? String } == [
        "checked", "unreadable", "checked", "unreadable", "not-a-submission",
      ])
    #expect(files[0]["as_of"] as? String == "2026-06-30")
    #expect(files[1]["as_of"] is NSNull)
    let tabProblem = try #require((files[1]["problems"] as? [[String: Any]])?.first)
    #expect(tabProblem["line"] as? Int == 2 && tabProblem["column"] as? Int == 1)
    #expect(tabProblem["file"] as? String == "tab.yaml")
    // The counts of each file agree with the findings that lie in it.
    let findings = try #require(report["findings"] as? [[String: Any]])
    let brokenErrors = findings.filter {
      $0["file"] as? String == "broken.yaml" && $0["severity"] as? String == "error"
    }
    #expect((files[2]["summary"] as? [String: Int])?["error"] == brokenErrors.count)
    #expect(brokenErrors.count > 2)
    #expect((files[0]["summary"] as? [String: Int])?["error"] == 0)
    let summary = try #require(report["summary"] as? [String: Int])
    #expect(summary["files"] == 5 && summary["files_not_read"] == 3)
  }

  @Test func sarifListsEveryFileAndNotifiesWhyOneWasNotRead() throws {
    let run = try mixed(["--format", "sarif"])
    #expect(run.status == 2)
    #expect(try sarifSchemaViolations(run.stdout) == [])
    let log = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    let sarifRun = try #require((log["runs"] as? [[String: Any]])?.first)
    let artifacts = try #require(sarifRun["artifacts"] as? [[String: Any]])
    let uris = artifacts.compactMap { ($0["location"] as? [String: Any])?["uri"] as? String }
    #expect(uris == ["good.yaml", "tab.yaml", "broken.yaml", "missing.yaml", "list.yaml"])
    let statuses = artifacts.compactMap { ($0["properties"] as? [String: Any])?["status"] as? String }
    #expect(statuses == ["checked", "unreadable", "checked", "unreadable", "not-a-submission"])
    let invocation = try #require((sarifRun["invocations"] as? [[String: Any]])?.first)
    #expect(invocation["executionSuccessful"] as? Bool == false)
    let notes = try #require(invocation["toolExecutionNotifications"] as? [[String: Any]])
    #expect(notes.count >= 3)
    let tab = try #require(notes.first { ($0["message"] as? [String: String])?["text"]?.contains("tab") == true })
    let place = ((tab["locations"] as? [[String: Any]])?.first?["physicalLocation"]) as? [String: Any]
    #expect((place?["region"] as? [String: Int]) == ["startLine": 2, "startColumn": 1])
  }

  @Test func junitHasASuitePerFileAndTheReaderSeesTheUnreadOnesAsErrors() throws {
    let run = try mixed(["--format", "junit", "--only", "DQ.AGE.*"])
    #expect(run.status == 2)
    let lines = try junitReaderLines(run.stdout)
    #expect(!lines.contains { $0.hasPrefix("mismatch|") })
    let suites = lines.filter { $0.hasPrefix("suite|") }
    #expect(
      suites == [
        "suite|good.yaml|3|0|0|0", "suite|tab.yaml|1|0|1|0", "suite|broken.yaml|5|3|0|0", "suite|missing.yaml|1|0|1|0",
        "suite|list.yaml|1|0|1|0",
      ])
    #expect(lines.contains("case|dqtv.file|read and check the file|False|0|1|0"))
    #expect(
      lines.contains("case|dqtv.DQ|DQ.AGE.MAX communes[code=16012].militia[id=M009].birth_date (209:21)|False|1|0|0"))
  }

  @Test func htmlHasATableOfTheFiles() throws {
    let run = try mixed(["--format", "html"])
    #expect(run.status == 2)
    let section = try #require(run.stdout.components(separatedBy: "<section id=\"files\">").dropFirst().first)
    let table = try #require(section.components(separatedBy: "</section>").first)
    for name in ["good.yaml", "tab.yaml", "broken.yaml", "missing.yaml", "list.yaml"] {
      #expect(table.contains("<td class=\"file\">\(name)</td>"), "\(name)")
    }
    #expect(table.components(separatedBy: "<tr class=\"not-read\">").count == 4)
    #expect(table.contains("tab.yaml:2:1: "))
  }

  @Test func aRunWhereNothingCouldBeReadStillWritesValidReportsAndExitsTwo() throws {
    let only = ["tab.yaml", "missing.yaml"]
    let json = try mixed(["--format", "json"], names: only)
    #expect(json.status == 2)
    let report = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    #expect((report["submissions"] as? [[String: Any]])?.count == 2)
    #expect((report["findings"] as? [Any])?.isEmpty == true)
    let sarif = try mixed(["--format", "sarif"], names: only)
    #expect(sarif.status == 2)
    #expect(try sarifSchemaViolations(sarif.stdout) == [])
    let junit = try mixed(["--format", "junit"], names: only)
    #expect(junit.status == 2)
    #expect(
      try junitReaderLines(junit.stdout).filter { $0.hasPrefix("suite|") } == [
        "suite|tab.yaml|1|0|1|0", "suite|missing.yaml|1|0|1|0",
      ])
    let text = try mixed([], names: only)
    #expect(text.status == 2)
    #expect(text.stdout.hasSuffix("0 rules applied, 2 files (2 not read).\n"))
  }
}
