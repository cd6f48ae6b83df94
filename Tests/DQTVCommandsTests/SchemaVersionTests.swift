import Foundation
import TestSupport
import Testing

/// Pack 2026.2 only adds values to the submission format (SUBMISSION.md, "Changes in version
/// 2"): a file written for version 1 reads the same with the schema of pack 2026.1
/// (`Tests/Fixtures/schema-2026.1`, that pack's `schema.yaml` with only the
/// schema roles added, and no rules) and with
/// the bundled pack, and breaks the format in the same places.
@Suite struct SchemaVersionTests {
  static let version1 = "Tests/Fixtures/schema-2026.1"
  static let samples = [
    "samples/commune-compliant.yaml", "samples/commune-mistakes.yaml", "samples/province-thanh-hoa.yaml",
  ]

  /// The submission as the pack's schema decodes it, as JSON (`dqtv eval submission`).
  func decoded(_ file: String, rules: String?) throws -> String {
    let run = try runDQTV(["eval", "submission", "--data", file] + (rules.map { ["--rules", $0] } ?? []))
    #expect(run.status == 0, "\(file): \(run.stderr)")
    return run.stdout
  }

  /// Where the file breaks the format: the SCHEMA findings' paths and positions.
  func schemaFindings(_ file: String, rules: String?) throws -> [String] {
    let run = try runDQTV(
      ["check", "--format", "json", "--fail-on", "never", file] + (rules.map { ["--rules", $0] } ?? []))
    #expect(run.status == 0, "\(file): \(run.stderr)")
    let json = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
    let findings = json?["findings"] as? [[String: Any]] ?? []
    return findings.filter { $0["rule"] as? String == "SCHEMA" }.map {
      "\($0["path"] ?? "-") \($0["line"] ?? "-"):\($0["column"] ?? "-")"
    }.sorted()
  }

  func expectSameReading(_ file: String) throws {
    let before = try decoded(file, rules: Self.version1)
    let after = try decoded(file, rules: nil)
    #expect(!before.isEmpty && before == after, "\(file) decodes differently with the version-2 schema")
    #expect(try schemaFindings(file, rules: Self.version1) == schemaFindings(file, rules: nil))
  }

  @Test(arguments: samples) func aSampleReadsAsItDidWithVersion1(_ file: String) throws {
    try expectSameReading(file)
  }

  @Test func theMistakesSampleStillBreaksTheFormatTwice() throws {
    // The misspelt village kind and the commander who is not on the roster.
    let findings = try schemaFindings("samples/commune-mistakes.yaml", rules: nil)
    #expect(
      findings.map { $0.split(separator: " ")[0] } == [
        "communes[0].units[1].commander", "communes[0].villages[4].kind",
      ])
  }

  /// Generated provinces (scripts/gen_submission.py), with every field written and with the
  /// defaults left out, on dates either side of the 2026 reorganisation.
  @Test(arguments: [
    ["--communes", "12", "--seed", "5", "--militia-max", "120"],
    ["--communes", "8", "--seed", "11", "--militia-max", "80", "--omit-defaults", "--as-of", "2026-01-20"],
    ["--communes", "6", "--seed", "2", "--militia-max", "60", "--no-province", "--as-of", "2025-07-01"],
  ])
  func aGeneratedFileReadsAsItDidWithVersion1(_ options: [String]) throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("dqtv-v1-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let file = directory.appendingPathComponent("province.yaml")
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", "scripts/gen_submission.py"] + options + ["-o", file.path]
    process.currentDirectoryURL = packageRoot()
    process.standardError = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    try #require(process.terminationStatus == 0, "scripts/gen_submission.py \(options) failed")
    try expectSameReading(file.path)
    #expect(try schemaFindings(file.path, rules: nil).isEmpty)
  }

  /// The comparison can tell: a value new in version 2 is a SCHEMA finding under version 1 and
  /// reads as itself under version 2.
  @Test func aVersion2ValueReadsOnlyWithTheNewSchema() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("dqtv-v2-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let sample = try String(
      contentsOf: packageRoot().appendingPathComponent("samples/commune-compliant.yaml"), encoding: .utf8)
    let firstKind = try #require(sample.range(of: "kind: thon"))
    let file = directory.appendingPathComponent("lang.yaml")
    try sample.replacingCharacters(in: firstKind, with: "kind: lang").write(to: file, atomically: true, encoding: .utf8)
    let before = try schemaFindings(file.path, rules: Self.version1)
    #expect(before.count == 1 && before[0].hasPrefix("communes[0].villages[0].kind "), "\(before)")
    #expect(try schemaFindings(file.path, rules: nil).isEmpty)
    #expect(try decoded(file.path, rules: nil).contains("\"kind\":\"lang\""))
  }
}
