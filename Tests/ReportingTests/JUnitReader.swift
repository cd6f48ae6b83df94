import Foundation
import TestSupport

/// What a real JUnit reader makes of a report: Python's `junitparser` (PyPI), as CI plugins
/// read it. One line a suite (`suite|name|tests|failures|errors|skipped`) and a case
/// (`case|classname|name|passed|failure|error|skipped`); the reader recomputes every suite's
/// counts from its cases, and a count the file states that differs is a line `mismatch|…`.
/// Throws when Python or `junitparser` cannot run, so that a missing reader fails the test.
func junitReaderLines(_ xml: String) throws -> [String] {
  let folder = try ReportFixtures.temporaryFolder()
  defer { try? FileManager.default.removeItem(at: folder) }
  let file = folder.appendingPathComponent("report.xml")
  try xml.write(to: file, atomically: true, encoding: .utf8)
  let script = """
    import sys
    from junitparser import JUnitXml, Failure, Error, Skipped
    xml = JUnitXml.fromfile(sys.argv[1])
    for suite in xml:
        stated = (suite.tests, suite.failures, suite.errors, suite.skipped)
        cases = list(suite)
        kinds = [[type(r) for r in c.result] for c in cases]
        counted = (len(cases), sum(Failure in k for k in kinds), sum(Error in k for k in kinds),
                   sum(Skipped in k for k in kinds))
        if stated != counted:
            print("mismatch|%s|%s|%s" % (suite.name, stated, counted))
        print("suite|%s|%d|%d|%d|%d" % ((suite.name,) + counted))
        for c, k in zip(cases, kinds):
            print("case|%s|%s|%s|%d|%d|%d" % (c.classname, c.name, c.is_passed, Failure in k, Error in k, Skipped in k))
    print("READ")
    """
  let process = Process()
  process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
  process.arguments = ["python3", "-c", script, file.path]
  let out = Pipe()
  let err = Pipe()
  process.standardOutput = out
  process.standardError = err
  try process.run()
  let output = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
  let errors = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
  process.waitUntilExit()
  struct ReaderFailed: Error, CustomStringConvertible { let description: String }
  guard process.terminationStatus == 0, output.hasSuffix("READ\n") else {
    throw ReaderFailed(description: "python3 with junitparser did not read the report: \(errors)")
  }
  return output.split(separator: "\n").map(String.init).filter { $0 != "READ" }
}
