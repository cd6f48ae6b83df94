import Foundation
import TestSupport
import Testing

/// `dqtv lint`, `dqtv test` and `dqtv rules` run inside a pack folder, or a folder below it, act
/// on that pack, and say so on their first line.
@Suite struct PackDiscoveryTests {
  @Test func eachCommandActsOnThePackAroundTheWorkingFolder() throws {
    let p = try TempPacks.province()
    let pack = URL(fileURLWithPath: p.path("province")).resolvingSymlinksInPath().path
    for folder in ["province", "province/tests", "province/data"] {
      let directory = URL(fileURLWithPath: p.path(folder))
      let expected = "rule pack: \(pack) ('province' 1), the pack folder holding the working folder"
      for command in [["lint"], ["test"], ["rules"]] {
        let run = try runDQTV(command + ["--lang", "en"], directory: directory)
        #expect(run.status == 0, "\(command) in \(folder): \(run)")
        let first = run.stdout.split(separator: "\n").first.map(String.init) ?? ""
        // The folder may be reached through a link (/tmp): compare the path with links resolved.
        #expect(Self.resolved(first) == expected, "\(command) in \(folder): \(run)")
      }
    }
    let rules = try runDQTV(["rules"], directory: URL(fileURLWithPath: p.path("province/tests")))
    #expect(rules.stdout.contains("TINH.DAN_SO"), "\(rules)")
    let test = try runDQTV(["test", "--lang", "en"], directory: URL(fileURLWithPath: p.path("province")))
    #expect(test.stdout.hasSuffix("1 passed, 0 failed\n"), "\(test)")
  }

  @Test func outsideAnyPackTheBundledPackIsUsed() throws {
    let p = try TempPacks()
    let run = try runDQTV(["lint"], directory: p.url)
    #expect(run.stdout.hasPrefix("gói luật: rules/dqtv ('dqtv' "), "\(run)")
    #expect(!run.stdout.contains("thư mục gói chứa"), "\(run)")
  }

  /// A first line with the path in it resolved through links.
  static func resolved(_ line: String) -> String {
    guard let start = line.range(of: ": "), let end = line.range(of: " (") else { return line }
    let path = String(line[start.upperBound..<end.lowerBound])
    return line.replacingOccurrences(of: path, with: URL(fileURLWithPath: path).resolvingSymlinksInPath().path)
  }
}
