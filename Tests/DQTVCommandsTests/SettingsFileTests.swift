import Foundation
import TestSupport
import Testing

/// `.dqtv.yaml` in the working directory or a parent sets what flags would; flags win; a bad
/// file is exit 2 with its place. Through the built binary.
@Suite struct SettingsFileTests {
  /// A folder with a settings file, a `sub` folder holding the mistakes sample, and a waivers
  /// file beside the settings.
  func folder(settings: String) throws -> URL {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("dqtv-settings-\(UUID().uuidString)")
    let sub = root.appendingPathComponent("sub")
    try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
    try FileManager.default.copyItem(
      at: packageRoot().appendingPathComponent("samples/commune-mistakes.yaml"),
      to: sub.appendingPathComponent("x.yaml"))
    try settings.write(to: root.appendingPathComponent(".dqtv.yaml"), atomically: true, encoding: .utf8)
    let waivers = "waivers:\n" + WaiverCommandTests.waiver("*", "    code: \"16012\"\n")
    try waivers.write(to: root.appendingPathComponent("w.yaml"), atomically: true, encoding: .utf8)
    return root
  }

  @Test func aParentsSettingsApplyAndFlagsWin() throws {
    let root = try folder(settings: "lang: en\nfail-on: never\nrules: dqtv\n")
    defer { try? FileManager.default.removeItem(at: root) }
    let sub = root.appendingPathComponent("sub")
    let run = try runDQTV(["check", "x.yaml"], directory: sub)
    #expect(run.status == 0, "fail-on never from the settings")
    #expect(run.stdout.hasSuffix("9 errors, 8 warnings, 2 info; 41 rules applied, 1 file.\n"), "\(run.stdout)")
    let flags = try runDQTV(["check", "x.yaml", "--lang", "vi", "--fail-on", "error"], directory: sub)
    #expect(flags.status == 1)
    #expect(flags.stdout.hasSuffix("9 lỗi, 8 cảnh báo, 2 thông tin; 41 quy tắc được áp dụng, 1 tệp.\n"))
  }

  @Test func pathsAreReadFromTheSettingsFolder() throws {
    let root = try folder(settings: "waivers: w.yaml\nbaseline: base.json\n")
    defer { try? FileManager.default.removeItem(at: root) }
    let sub = root.appendingPathComponent("sub")
    let write = try runDQTV(
      ["check", "x.yaml", "--write-baseline", "../base.json", "--baseline", "/dev/null"], directory: sub)
    #expect(write.status == 2, "a flag wins over the settings' baseline, and /dev/null is no report")
    let first = try runDQTV(
      ["check", "x.yaml", "--skip", "SCHEMA", "--write-baseline", "../base.json"], directory: sub)
    // The settings' baseline does not exist yet: exit 2, naming it.
    #expect(first.status == 2)
    #expect(first.stderr.contains("base.json"))
    try "{\"findings\": []}".write(to: root.appendingPathComponent("base.json"), atomically: true, encoding: .utf8)
    let run = try runDQTV(["check", "x.yaml", "--skip", "SCHEMA", "--format", "json"], directory: sub)
    #expect(run.status == 0, "every finding is waived by the settings' waivers file; \(run.stderr)")
    let report = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    let summary = try #require(report["summary"] as? [String: Any])
    #expect((summary["waived"] as? Int ?? 0) > 10)
    #expect((summary["baseline"] as? [String: Int])?["unchanged"] == 0)
  }

  @Test func aBadSettingsFileIsExitTwoWithEachProblemAtItsPlace() throws {
    let root = try folder(settings: "lang: fr\nfail_on: never\nrules: {a: 1}\n")
    defer { try? FileManager.default.removeItem(at: root) }
    let run = try runDQTV(["check", "x.yaml", "--lang", "en"], directory: root.appendingPathComponent("sub"))
    #expect(run.status == 2)
    #expect(run.stdout.isEmpty)
    let file = root.appendingPathComponent(".dqtv.yaml").path
    #expect(run.stderr.contains("\(file):1:7: error: 'lang' is 'fr'; it must be one of: vi, en"))
    #expect(
      run.stderr.contains("\(file):2:1: error: unknown key 'fail_on' in the settings file; did you mean 'fail-on'?"))
    #expect(run.stderr.contains("\(file):3:8: error: 'rules' must be a single value or a list of values"))
    try "lang: [\n".write(toFile: file, atomically: true, encoding: .utf8)
    let yaml = try runDQTV(["check", "x.yaml"], directory: root.appendingPathComponent("sub"))
    #expect(yaml.status == 2)
    #expect(yaml.stderr.contains("\(file):"))
  }
}
