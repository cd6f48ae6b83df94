import Foundation
import TestSupport
import Testing

@testable import Workbook

/// The 54 ethnic groups of Vietnam: a dropdown longer than Excel's 255 characters.
let ethnicGroups = [
  "Kinh", "Tày", "Thái", "Mường", "Khmer", "Hoa", "Nùng", "H'Mông", "Dao", "Gia Rai", "Ê Đê", "Ba Na",
  "Sán Chay", "Chăm", "Cơ Ho", "Xơ Đăng", "Sán Dìu", "Hrê", "Ra Glai", "Mnông", "Thổ", "Xtiêng", "Khơ mú",
  "Bru Vân Kiều", "Cơ Tu", "Giáy", "Tà Ôi", "Mạ", "Giẻ Triêng", "Co", "Chơ Ro", "Xinh Mun", "Hà Nhì",
  "Chu Ru", "Lào", "La Chí", "Kháng", "Phù Lá", "La Hủ", "La Ha", "Pà Thẻn", "Lự", "Ngái", "Chứt",
  "Lô Lô", "Mảng", "Cơ Lao", "Bố Y", "Cống", "Si La", "Pu Péo", "Rơ Măm", "Brâu", "Ơ Đu",
]
let positions = ["Tiểu đội trưởng", "Khẩu đội trưởng", "Chiến sĩ"]

/// A workbook like the submission template: a table with a header, a guide of free text, and
/// dropdowns, one of them too long to be written inline.
func demoWorkbook() -> WorkbookWriter {
  var militia = WorkbookWriter.SheetContent(name: "Dân quân")
  militia.header = true
  militia.columnWidths = [1: 28, 2: 16, 3: 10, 4: 20, 5: 16, 6: 30]
  militia.rows = [
    [
      "Họ và tên (full_name)", "Ngày sinh (birth_date)", "Số năm (years)", "Chức vụ (position)", "Dân tộc (ethnicity)",
      "Ghi chú (note)",
    ]
    .map { .text($0) },
    [
      .text("Nguyễn Văn An"), .date(year: 1995, month: 3, day: 14), .number(3), .text("Chiến sĩ"), .text("Kinh"),
      .text("Tổ 1 & <tổ 2> \"A\""),
    ],
    [
      .text("Trần Thị Bình"), .date(year: 2000, month: 2, day: 29), .number(1.5), .text("Tiểu đội trưởng"),
      .text("Ê Đê"), .empty,
    ],
    [],
    [
      .text("Lê Quốc Cường"), .date(year: 1900, month: 1, day: 1), .number(-0.25), .empty, .text("H'Mông"),
      .text("  hai dòng\nthứ hai  "),
    ],
    [.text("_x0041_ giữ nguyên, \u{1} điều khiển"), .date(year: 1900, month: 3, day: 1), .number(123_456_789_012)],
  ]
  var guide = WorkbookWriter.SheetContent(name: "Hướng dẫn")
  guide.wrapsText = true
  guide.columnWidths = [1: 75]
  guide.rows = [
    [.text("Hướng dẫn điền sổ tính")],
    [
      .text(
        "Mỗi dòng của trang \"Dân quân\" là một người. Cột Ngày sinh ghi theo dd/mm/yyyy; cột Chức vụ và Dân tộc chọn trong danh sách."
      )
    ],
  ]
  var writer = WorkbookWriter(sheets: [militia, guide])
  let data = CellRange(CellReference(row: 2, column: 4), CellReference(row: 500, column: 4))
  writer.addDropdown(sheet: 0, range: data, values: positions)
  writer.addDropdown(
    sheet: 0, range: CellRange(CellReference(row: 2, column: 5), CellReference(row: 500, column: 5)),
    values: ethnicGroups)
  return writer
}

@Suite struct WriterTests {
  @Test func theLongListGoesToAHiddenSheet() {
    let writer = demoWorkbook()
    #expect(writer.sheets.map(\.name) == ["Dân quân", "Hướng dẫn", "_lists"])
    #expect(writer.sheets[2].visibility == .hidden)
    #expect(!WorkbookWriter.fitsInline(ethnicGroups))
    #expect(WorkbookWriter.fitsInline(positions))
    #expect(
      writer.sheets[0].dropdowns.map(\.source) == [
        .values(positions), .range(sheet: "_lists", CellRange("A1:A54")!),
      ])
  }

  /// Written, then read back: the same cells.
  @Test func aWrittenWorkbookReadsBackTheSame() throws {
    let writer = demoWorkbook()
    let bytes = try writer.write()
    if let keep = ProcessInfo.processInfo.environment["DQTV_XLSX_KEEP"] {
      try Data(bytes).write(to: URL(fileURLWithPath: keep))
    }
    let workbook = try WorkbookReader().read(bytes: bytes, name: "mau.xlsx")
    #expect(workbook.sheets.map(\.name) == writer.sheets.map(\.name))
    #expect(workbook.sheets.map(\.info.visibility) == [.visible, .visible, .hidden])
    for (sheet, content) in zip(workbook.sheets, writer.sheets) {
      var expected: [Cell] = []
      for (r, row) in content.rows.enumerated() {
        for (c, value) in row.enumerated() {
          let reference = CellReference(row: r + 1, column: c + 1)
          switch value {
          case .empty: continue
          case .text(let t): expected.append(Cell(reference, .text(t)))
          case .number(let n): expected.append(Cell(reference, .number(n)))
          case .date(let y, let m, let d):
            let serial = try #require(DateSystem.from1900.serial(year: y, month: m, day: d))
            expected.append(Cell(reference, .date(serial), dateFormat: "dd/mm/yyyy"))
          }
        }
      }
      #expect(sheet.rows.flatMap(\.cells) == expected, "\(sheet.name)")
      #expect(sheet.rows.allSatisfy { !$0.cells.isEmpty })
    }
    // Serials by hand: 1 January 1900 is 1, 1 March 1900 is 61 (after the false 29 February),
    // 14 March 1995 is 34772 (as openpyxl wrote it in the samples).
    let militia = workbook.sheets[0]
    #expect(militia[CellReference("B5")!]?.value == .date(1))
    #expect(militia[CellReference("B6")!]?.value == .date(61))
    #expect(militia[CellReference("B2")!]?.value == .date(34772))
    #expect(militia.dimension == CellRange("A1:F6"))
  }

  /// openpyxl reads what we write: frozen header, widths, dropdowns, dates, hidden sheet.
  @Test func openpyxlReadsTheWrittenWorkbook() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("dqtv-xlsx-w-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let file = directory.appendingPathComponent("mau.xlsx")
    try Data(demoWorkbook().write()).write(to: file)
    let sheets = try openpyxlSheets(file.path)
    #expect(sheets.map { $0["name"] as? String } == ["Dân quân", "Hướng dẫn", "_lists"])
    #expect(sheets.map { $0["state"] as? String } == ["visible", "visible", "hidden"])
    let militia = sheets[0]
    #expect(militia["freeze"] as? String == "A2")
    #expect(militia["bold_a1"] as? Bool == true)
    #expect((militia["widths"] as? [String: Double])?["A"] == 28)
    let dropdowns = try #require(militia["dropdowns"] as? [[String]])
    #expect(
      dropdowns == [
        ["D2:D500", "list", "\"Tiểu đội trưởng,Khẩu đội trưởng,Chiến sĩ\""],
        ["E2:E500", "list", "'_lists'!$A$1:$A$54"],
      ])
    let cells = try #require(militia["cells"] as? [String: [Any]])
    #expect(cells["B2"]?[0] as? String == "1995-03-14")
    #expect(cells["B2"]?[1] as? String == "dd/mm/yyyy")
    #expect(cells["F2"]?[0] as? String == "Tổ 1 & <tổ 2> \"A\"")
    #expect(cells["A1"]?[0] as? String == "Họ và tên (full_name)")
    #expect(cells["F5"]?[0] as? String == "  hai dòng\nthứ hai  ")
    #expect((cells["C5"]?[0] as? NSNumber)?.doubleValue == -0.25)
    let lists = try #require(sheets[2]["cells"] as? [String: [Any]])
    #expect(lists.count == 54)
    #expect(lists["A54"]?[0] as? String == "Ơ Đu")
    // Rows of wrapped text are as tall as their lines: the header's "Ngày sinh (birth_date)" takes
    // two lines of its 16 wide column; the guide's second row, 127 characters, two of 75.
    #expect(militia["heights"] as? [String: Double] == ["1": 30])
    #expect(sheets[1]["heights"] as? [String: Double] == ["1": 15, "2": 30])
    #expect(sheets[1]["wrapped"] as? [String] == ["A1", "A2"])
    #expect(militia["wrapped"] as? [String] == ["A1", "B1", "C1", "D1", "E1", "F1"])
  }

  /// Lines counted by hand: a line of a column 5 wide holds 4 characters (5 × 1.1, less one),
  /// in bold 4 too; one 10 wide holds 10, in bold 9.
  @Test func wrappedLinesAreCountedAtSpacesAndInsideLongWords() {
    #expect(WorkbookWriter.wrappedLineCount("", width: 5) == 1)
    #expect(WorkbookWriter.wrappedLineCount("abc", width: 5) == 1)
    #expect(WorkbookWriter.wrappedLineCount("abc def", width: 5) == 2)
    #expect(WorkbookWriter.wrappedLineCount("ab cd", width: 5) == 2)
    #expect(WorkbookWriter.wrappedLineCount("a b", width: 5) == 1)
    // A word longer than a line fills lines of 4: "abcd", "efgh", "ij", and "k" after "ij".
    #expect(WorkbookWriter.wrappedLineCount("abcdefghij", width: 5) == 3)
    #expect(WorkbookWriter.wrappedLineCount("abcdefghij k", width: 5) == 3)
    #expect(WorkbookWriter.wrappedLineCount("abcdefghij kl", width: 5) == 4)
    #expect(WorkbookWriter.wrappedLineCount("a\nb\n", width: 20) == 3)
    // Characters, not bytes: "Nguyễn" is 6.
    #expect(WorkbookWriter.wrappedLineCount("Nguyễn Văn", width: 10) == 1)
    #expect(WorkbookWriter.wrappedLineCount("abcde fghi", width: 10) == 1)
    #expect(WorkbookWriter.wrappedLineCount("abcde fghi", width: 10, bold: true) == 2)
  }

  @Test func badSheetsAndValuesAreRefused() {
    func message(_ writer: WorkbookWriter) -> String? {
      do {
        _ = try writer.write()
        return nil
      } catch {
        #expect(error.messageVI != error.message)
        return error.message
      }
    }
    #expect(message(WorkbookWriter()) == "a workbook needs at least one sheet")
    #expect(message(WorkbookWriter(sheets: [.init(name: "a/b")]))?.hasPrefix("\"a/b\" cannot name a sheet") == true)
    #expect(message(WorkbookWriter(sheets: [.init(name: String(repeating: "x", count: 32))])) != nil)
    #expect(message(WorkbookWriter(sheets: [.init(name: "Xã"), .init(name: "xÃ")])) == "two sheets are named \"xÃ\"")
    var long = WorkbookWriter.SheetContent(name: "S")
    long.dropdowns = [.init(range: CellRange("A1:A9")!, source: .values(ethnicGroups))]
    #expect(message(WorkbookWriter(sheets: [long]))?.contains("longer than 255 characters") == true)
    var date = WorkbookWriter.SheetContent(name: "S")
    date.rows = [[.date(year: 2026, month: 2, day: 30)]]
    #expect(
      message(WorkbookWriter(sheets: [date])) == "cell A1 of sheet \"S\": 30/2/2026 is not a date a workbook can hold")
  }

  @Test func datesConvertBothWays() {
    for system in [DateSystem.from1900, .from1904] {
      for days in stride(from: 0, through: 2_958_465, by: 997) {
        guard let date = system.civilDate(ofSerial: Double(days)) else { continue }
        #expect(system.serial(year: date.year, month: date.month, day: date.day) == Double(days))
      }
    }
    #expect(DateSystem.from1900.civilDate(ofSerial: 60) == nil)
    #expect(DateSystem.from1900.civilDate(ofSerial: 59).map { [$0.year, $0.month, $0.day] } == [1900, 2, 28])
    #expect(DateSystem.from1904.civilDate(ofSerial: 0).map { [$0.year, $0.month, $0.day] } == [1904, 1, 1])
    #expect(DateSystem.from1900.serial(year: 2026, month: 6, day: 30) == 46203)
  }
}
