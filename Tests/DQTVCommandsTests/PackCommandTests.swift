import Foundation
import TestSupport
import Testing

@testable import DQTVCommands

@Suite struct PackCommandTests {
  @Test func theBundledPackIsCleanUnderLint() throws {
    let run = try dqtv(["lint", "--lang", "en"])
    #expect(run.status == 0, "\(run.stdout)")
    #expect(run.stdout.contains("0 error(s)"))
  }

  @Test func theBundledPackPassesItsOwnTests() throws {
    let run = try dqtv(["test", "rules/dqtv", "--lang", "en"])
    #expect(run.status == 0, "\(run.stdout)")
    let last = run.stdout.split(separator: "\n").last.map(String.init) ?? ""
    #expect(last.hasSuffix("passed, 0 failed"))
  }

  @Test func theEmbeddedPackIsTheOneInRules() throws {
    let root = packageRoot().appendingPathComponent("rules/dqtv")
    var onDisk: [String: String] = [:]
    let enumerator = FileManager.default.enumerator(atPath: root.path)
    while let path = enumerator?.nextObject() as? String {
      guard path.hasSuffix(".yaml") else { continue }
      onDisk[path] = try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }
    #expect(!onDisk.isEmpty)
    let stale = Set(onDisk.keys).union(BundledPack.files.keys).filter { BundledPack.files[$0] != onDisk[$0] }.sorted()
    #expect(
      stale.isEmpty,
      "Sources/DQTVCommands/BundledPack.generated.swift is out of date for \(stale): run python3 scripts/embed_pack.py")
  }

  /// The rule catalogue is committed in both languages: RULES.md in English (the law's own
  /// Vietnamese titles beside the English), RULES.vi.md in Vietnamese, the default.
  @Test func theRuleCatalogueIsCurrent() throws {
    for (file, language) in [("RULES.md", "en"), ("RULES.vi.md", "vi")] {
      let run = try dqtv(["rules", "--rules", "rules/dqtv", "--format", "markdown", "--lang", language])
      #expect(run.status == 0)
      let committed = try String(
        contentsOf: packageRoot().appendingPathComponent("rules/dqtv/\(file)"), encoding: .utf8)
      #expect(
        run.stdout == committed,
        "rules/dqtv/\(file) is out of date: dqtv rules --rules rules/dqtv --format markdown --lang \(language) > rules/dqtv/\(file)"
      )
      // Its header names the command that writes it again, in its own language.
      #expect(
        committed.contains(
          language == "en" ? "`dqtv rules --format markdown --lang en`" : "`dqtv rules --format markdown`"))
    }
    let byDefault = try dqtv(["rules", "--rules", "rules/dqtv", "--format", "markdown"])
    #expect(byDefault.stdout.hasPrefix("# Kiểm tra tổ chức Dân quân tự vệ\n\nGói `dqtv`, phiên bản "))
  }

  /// The function reference is committed in both languages: docs/functions.md in English,
  /// docs/functions.vi.md in Vietnamese, the default.
  @Test func theFunctionReferenceIsCurrent() throws {
    for (file, language) in [("functions.md", "en"), ("functions.vi.md", "vi")] {
      let run = try dqtv(["functions", "--markdown", "--lang", language])
      #expect(run.status == 0)
      let committed = try String(contentsOf: packageRoot().appendingPathComponent("docs/\(file)"), encoding: .utf8)
      #expect(
        run.stdout == committed,
        "docs/\(file) is out of date: dqtv functions --markdown --lang \(language) > docs/\(file)")
      #expect(committed.contains("## `age`") && committed.contains("## `percent`"))
      #expect(
        committed.contains(language == "en" ? "`dqtv functions --markdown --lang en`" : "`dqtv functions --markdown`"))
    }
    #expect(try dqtv(["functions", "--markdown"]).stdout.hasPrefix("# Các hàm của biểu thức quy tắc\n"))
  }

  @Test func aBinaryCopiedElsewhereStillHasItsPack() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("dqtv-copy-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let copy = directory.appendingPathComponent("dqtv")
    try FileManager.default.copyItem(at: dqtvExecutable(), to: copy)
    let process = Process()
    process.executableURL = copy
    let sample = packageRoot().appendingPathComponent("samples/commune-mistakes.yaml").path
    process.arguments = ["check", sample, "--only", "BCH.*"]
    process.currentDirectoryURL = directory
    let out = Pipe()
    process.standardOutput = out
    process.standardError = Pipe()
    try process.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    #expect(process.terminationStatus == 1)
    #expect(String(decoding: data, as: UTF8.self).contains("[BCH.PCHT.COUNT]"))
  }

  /// A pack folder that extends the bundled pack with one rule, `LOCAL.POP`, whose `require`
  /// is given (written on line 8 of `local.yaml`, from column 14).
  func localPack(require: String) throws -> URL {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("dqtv-pack-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    try "name: local\nversion: '1'\ntitle: {vi: Thử, en: Local}\nextends: dqtv\n".write(
      to: directory.appendingPathComponent("pack.yaml"), atomically: true, encoding: .utf8)
    try """
    rules:
      - id: LOCAL.POP
        title: {vi: Dân số, en: Population}
        basis: [{doc: "12/2026/QĐ-UBND"}]
        severity: info
        effective: {from: 2026-01-01}
        scope: Commune
        require: \(require)
        message: {vi: "{self.name}", en: "{self.name}"}
    """.write(to: directory.appendingPathComponent("local.yaml"), atomically: true, encoding: .utf8)
    try """
    instruments:
      - doc: "12/2026/QĐ-UBND"
        title: {vi: Quyết định của tỉnh, en: Provincial decision}
    """.write(to: directory.appendingPathComponent("instruments.yaml"), atomically: true, encoding: .utf8)
    return directory
  }

  @Test func aBrokenRuleIsShownAtItsLine() throws {
    let directory = try localPack(require: "self.populaton > 1000")
    defer { try? FileManager.default.removeItem(at: directory) }
    let run = try dqtv(["lint", directory.path, "--lang", "en"])
    #expect(run.status == 1)
    #expect(
      run.stdout.contains(
        "local.yaml:8:19: error: undefined field 'populaton' on type 'Commune'; did you mean 'population'?"))
  }

  @Test func lintWarnsOfRulesNoTestMakesFire() throws {
    let directory = try localPack(require: "\"!has(self.population) || self.population > 1000\"")
    defer { try? FileManager.default.removeItem(at: directory) }
    let run = try dqtv(["lint", directory.path, "--lang", "en"])
    #expect(run.status == 0, "\(run.stdout)")
    #expect(run.stdout.contains("local.yaml:2:9: warning: no test of this pack makes 'LOCAL.POP' fire"))
    #expect(run.stdout.contains("1 warning(s)"))
  }

  @Test func evalPrintsOneLineOfJSON() throws {
    let run = try dqtv(["eval", "[1, 2, 3].map(x, x * 2)"])
    #expect(run.status == 0)
    #expect(run.stdout == "[2,4,6]\n")
    let withData = try dqtv(
      ["eval", "submission.communes.map(c, c.code)", "--data", "samples/commune-compliant.yaml"])
    #expect(withData.stdout == "[\"16279\"]\n")
    let date = try dqtv(["eval", "as_of", "--as-of", "2025-07-01"])
    #expect(date.stdout == "\"2025-07-01\"\n")
    let typeError = try dqtv(["eval", "1 + 1.0"])
    #expect(typeError.status == 2)
    #expect(typeError.stderr.contains("<expression>:1:3:"))
    let evalError = try dqtv(["eval", "1 / 0"])
    #expect(evalError.status == 1)
  }

  @Test func rulesListsTheVersionsInForce() throws {
    let run = try dqtv(["rules", "--as-of", "2025-07-01", "--format", "json"])
    #expect(run.status == 0)
    let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    let rules = try #require(json["rules"] as? [[String: Any]])
    let ids = rules.compactMap { $0["id"] as? String }
    #expect(ids.contains("BCH.CHT.CIVIL-SERVANT"))
    #expect(!ids.contains("BCH.SEAL"))
  }
}
