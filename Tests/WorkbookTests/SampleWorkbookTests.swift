import Foundation
import TestSupport
import Testing

@testable import Workbook

/// Workbooks written by other programs (scripts/xlsx_samples.py: openpyxl, xlsxwriter and,
/// when installed, LibreOffice) read as the script says it wrote them.
@Suite struct SampleWorkbookTests {
  /// The samples, written once per test run; `nil` with the reason when Python cannot write them.
  static let samples: Result<URL, SampleError> = {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("dqtv-xlsx-\(UUID().uuidString)")
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", "scripts/xlsx_samples.py", directory.path]
    process.currentDirectoryURL = packageRoot()
    let errors = Pipe()
    process.standardError = errors
    do {
      try process.run()
    } catch {
      return .failure(SampleError(text: "python3 could not start: \(error)"))
    }
    let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    guard process.terminationStatus == 0 else { return .failure(SampleError(text: text)) }
    return .success(directory)
  }()

  struct SampleError: Error, CustomStringConvertible {
    var text: String
    var description: String { text }
  }

  /// The samples' names; LibreOffice's only when `soffice` is installed (`.ci/run` does not
  /// install it: it is large).
  static var names: [String] {
    var names = ["openpyxl", "openpyxl-1904", "xlsxwriter", "xlsxwriter-inline", "renamed"]
    if let directory = try? samples.get(),
      FileManager.default.fileExists(atPath: directory.appendingPathComponent("libreoffice.xlsx").path)
    {
      names.append("libreoffice")
    } else {
      print("note: soffice is not installed; the LibreOffice sample is not read")
    }
    return names
  }

  @Test(arguments: names)
  func readsAsWritten(_ name: String) throws {
    let directory = try Self.samples.get()
    let facts =
      try JSONSerialization.jsonObject(
        with: Data(contentsOf: directory.appendingPathComponent("\(name).json"))) as! [String: Any]
    let workbook = try WorkbookReader().read(path: directory.appendingPathComponent("\(name).xlsx").path)
    let system: DateSystem = facts["date_system"] as? String == "1904" ? .from1904 : .from1900
    #expect(workbook.dateSystem == system)
    let sheets = facts["sheets"] as! [[String: Any]]
    #expect(workbook.sheets.map(\.name) == sheets.map { $0["name"] as! String })
    for (sheet, expected) in zip(workbook.sheets, sheets) {
      #expect(sheet.info.visibility.rawValue == expected["visibility"] as! String, "\(sheet.name)")
      #expect(sheet.mergedRanges.map(\.description) == expected["merged"] as! [String], "\(sheet.name)")
      var found: [String: Cell] = [:]
      for row in sheet.rows {
        #expect(row.cells.allSatisfy { $0.reference.row == row.number })
        for cell in row.cells { found[cell.reference.description] = cell }
      }
      let cells = expected["cells"] as! [[Any]]
      #expect(found.count == cells.count, "\(sheet.name): \(found.keys.sorted()) against \(cells.map { $0[0] })")
      for item in cells {
        let reference = item[0] as! String
        let kind = item[1] as! String
        guard let cell = found[reference] else {
          Issue.record("\(name) \(sheet.name)!\(reference) is missing")
          continue
        }
        let place = "\(name) \(sheet.name)!\(reference)"
        switch (kind, cell.value) {
        case ("text", .text(let text)): #expect(text == item[2] as! String, "\(place)")
        case ("number", .number(let n)): #expect(n == (item[2] as! NSNumber).doubleValue, "\(place)")
        case ("bool", .bool(let b)): #expect(b == item[2] as! Bool, "\(place)")
        case ("error", .error(let e)): #expect(e == item[2] as! String, "\(place)")
        case ("formula", .formulaWithoutValue): #expect(cell.formula == item[2] as? String, "\(place)")
        case ("date", .date(let serial)):
          let date = try #require(system.civilDate(ofSerial: serial), "\(place)")
          let text = String(format: "%04d-%02d-%02d", date.year, date.month, date.day)
          #expect(text == item[2] as! String, "\(place)")
          #expect(cell.dateFormat == "dd/mm/yyyy", "\(place)")
        default: Issue.record("\(place): \(cell.value), expected \(kind) \(item[2])")
        }
      }
    }
    let militia = try #require(workbook.sheets.first)
    #expect(militia.dimension?.description == "A1:E10")
  }
}
