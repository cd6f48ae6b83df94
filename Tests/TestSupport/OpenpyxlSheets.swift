import Foundation
import Testing

/// The sheets of a workbook as openpyxl reads them (`scripts/xlsx_inspect.py`): a reader that
/// is not ours.
public func openpyxlSheets(_ file: String) throws -> [[String: Any]] {
  let process = Process()
  process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
  process.arguments = ["python3", "scripts/xlsx_inspect.py", file]
  process.currentDirectoryURL = packageRoot()
  let output = Pipe()
  process.standardOutput = output
  try process.run()
  let data = output.fileHandleForReading.readDataToEndOfFile()
  process.waitUntilExit()
  try #require(process.terminationStatus == 0, "scripts/xlsx_inspect.py failed")
  return try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
}
