import Foundation
import TestSupport

/// Paths and runs shared by the report tests.
enum ReportFixtures {
  static let submission = "Tests/ReportingTests/Fixtures/two-communes.yaml"
  static let waivers = "Tests/ReportingTests/Fixtures/waivers.yaml"
  static let schema = packageRoot().appendingPathComponent("Tests/ReportingTests/Resources/sarif-schema-2.1.0.json")

  /// `dqtv check` on the two-commune fixture, board counts only, with the fixture's waivers.
  static func check(_ extra: [String]) throws -> CommandOutput {
    try runDQTV(["check", submission, "--only", "BCH.*.COUNT", "--waivers", waivers] + extra)
  }

  /// A fresh temporary folder, removed by the caller.
  static func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("dqtv-report-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }
}

/// Validates JSON text against the SARIF 2.1.0 schema with Python's `jsonschema`, and returns
/// each violation (empty when valid). Throws when Python or `jsonschema` cannot run, so that a
/// missing validator fails the test instead of skipping it.
func sarifSchemaViolations(_ json: String) throws -> [String] {
  let folder = try ReportFixtures.temporaryFolder()
  defer { try? FileManager.default.removeItem(at: folder) }
  let file = folder.appendingPathComponent("log.sarif")
  try json.write(to: file, atomically: true, encoding: .utf8)
  let script = """
    import json, sys, jsonschema
    schema = json.load(open(sys.argv[1], encoding="utf-8"))
    log = json.load(open(sys.argv[2], encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    errors = sorted(cls(schema, format_checker=jsonschema.FormatChecker()).iter_errors(log), key=lambda e: list(e.path))
    for e in errors:
        print("/".join(str(p) for p in e.path) + ": " + e.message)
    print("VALIDATED")
    """
  let process = Process()
  process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
  process.arguments = ["python3", "-c", script, ReportFixtures.schema.path, file.path]
  let out = Pipe()
  let err = Pipe()
  process.standardOutput = out
  process.standardError = err
  try process.run()
  let output = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
  let errors = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
  process.waitUntilExit()
  struct ValidatorFailed: Error, CustomStringConvertible { let description: String }
  guard process.terminationStatus == 0, output.contains("VALIDATED") else {
    throw ValidatorFailed(description: "python3 with jsonschema did not run: \(errors)")
  }
  return output.split(separator: "\n").map(String.init).filter { $0 != "VALIDATED" }
}
