import Foundation
import TestSupport
import Testing

/// SARIF locations as code scanning expects them: relative to `%SRCROOT%`, and never into the
/// files of the pack built into the binary. Through the built binary.
@Suite struct SARIFLocationTests {
  func results(_ args: [String], directory: URL? = nil) throws -> (log: String, run: [String: Any]) {
    let out = try runDQTV(["check", "samples/commune-mistakes.yaml", "--format", "sarif", "--only", "DQ.*"] + args)
    #expect(out.status == 1, "\(out.stderr)")
    #expect(try sarifSchemaViolations(out.stdout) == [])
    let log = try #require(try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [String: Any])
    return (out.stdout, try #require((log["runs"] as? [[String: Any]])?.first))
  }

  func physical(_ location: Any?) -> [String: Any]? {
    ((location as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])?["artifactLocation"]
      as? [String: Any]
  }

  @Test func fileLocationsAreRelativeToTheSourceRoot() throws {
    let (_, run) = try results([])
    let base = try #require((run["originalUriBaseIds"] as? [String: [String: String]])?["%SRCROOT%"]?["uri"])
    #expect(base == "file://" + packageRoot().path + "/")
    let found = try #require(run["results"] as? [[String: Any]])
    #expect(found.count > 3)
    for r in found {
      let location = try #require(physical(r["locations"]))
      #expect(location["uri"] as? String == "samples/commune-mistakes.yaml")
      #expect(location["uriBaseId"] as? String == "%SRCROOT%")
    }
  }

  @Test func rulesOfTheBuiltInPackPointAtNoFileButAPackFoldersRulesDo() throws {
    let (log, builtIn) = try results([])
    #expect(!log.contains("rules/dqtv/"), "the user has no such file")
    let plain = try #require(builtIn["results"] as? [[String: Any]])
    #expect(plain.allSatisfy { $0["relatedLocations"] == nil })

    let (_, folder) = try results(["--rules", "rules/dqtv"])
    let fromFolder = try #require(folder["results"] as? [[String: Any]])
    let violations = fromFolder.filter { $0["ruleId"] as? String != "SCHEMA" }
    #expect(!violations.isEmpty)
    for r in violations {
      let rule = try #require(physical(r["relatedLocations"]))
      #expect((rule["uri"] as? String)?.hasPrefix("rules/dqtv/") == true)
      #expect(rule["uriBaseId"] as? String == "%SRCROOT%")
    }
  }
}
