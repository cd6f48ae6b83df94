import SourceDiagnostics
import Testing

@testable import Workbook

/// Zips parts into an archive.
func archive(_ parts: [(String, [UInt8])]) -> [UInt8] {
  var writer = ZipWriter()
  for (name, bytes) in parts {
    let added = writer.add(name, bytes)
    #expect(added)
  }
  return writer.finish()
}

/// The parts of a one-sheet workbook named `Dân quân` around a sheet's XML.
func minimalParts(sheet: String, sharedStrings: String = "<sst><si><t>a</t></si></sst>") -> [(String, [UInt8])] {
  [
    (
      "_rels/.rels",
      Array(
        #"<Relationships><Relationship Id="r" Type="http://x/officeDocument" Target="xl/workbook.xml"/></Relationships>"#
          .utf8)
    ),
    (
      "xl/workbook.xml",
      Array(#"<workbook><sheets><sheet name="Dân quân" sheetId="1" r:id="rId1"/></sheets></workbook>"#.utf8)
    ),
    (
      "xl/_rels/workbook.xml.rels",
      Array(
        """
        <Relationships><Relationship Id="rId1" Type="http://x/worksheet" Target="worksheets/sheet1.xml"/>\
        <Relationship Id="rId2" Type="http://x/sharedStrings" Target="sharedStrings.xml"/></Relationships>
        """.utf8)
    ),
    ("xl/sharedStrings.xml", Array(sharedStrings.utf8)),
    ("xl/worksheets/sheet1.xml", Array(sheet.utf8)),
  ]
}

func read(_ bytes: [UInt8], options: WorkbookReadOptions = WorkbookReadOptions()) -> Result<Workbook, WorkbookError> {
  Result { () throws(WorkbookError) in try WorkbookReader(options: options).read(bytes: bytes, name: "xa.xlsx") }
}

/// The error of a read that must fail.
func failure(
  _ bytes: [UInt8], options: WorkbookReadOptions = WorkbookReadOptions(),
  sourceLocation: Testing.SourceLocation = #_sourceLocation
) -> WorkbookError? {
  switch read(bytes, options: options) {
  case .success:
    Issue.record("the workbook was read", sourceLocation: sourceLocation)
    return nil
  case .failure(let error):
    // Every message names the file or the part, in both languages.
    #expect(error.message != error.messageVI, sourceLocation: sourceLocation)
    #expect(error.diagnostic.message(in: "vi") == error.messageVI, sourceLocation: sourceLocation)
    #expect(error.diagnostic.location?.file == "xa.xlsx", sourceLocation: sourceLocation)
    return error
  }
}

let goodSheet =
  #"<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>2</v></c></row></sheetData></worksheet>"#

@Suite struct BadInputTests {
  @Test func aGoodMinimalWorkbookReads() throws {
    let workbook = try read(archive(minimalParts(sheet: goodSheet))).get()
    #expect(workbook.sheets.map(\.name) == ["Dân quân"])
    #expect(
      workbook.sheets[0].rows == [
        Row(
          number: 1,
          cells: [
            Cell(CellReference(row: 1, column: 1), .text("a")), Cell(CellReference(row: 1, column: 2), .number(2)),
          ])
      ])
  }

  @Test func notAZip() {
    let error = failure(Array("họ tên,ngày sinh\n".utf8))
    #expect(error?.problem == .notAZip)
    #expect(error?.message == "xa.xlsx is not an .xlsx workbook (not a zip archive)")
    #expect(error?.messageVI == "tệp xa.xlsx không phải sổ tính .xlsx (không phải tệp nén zip)")
    #expect(failure([])?.problem == .notAZip)
  }

  @Test func aTruncatedZipAtEveryLengthIsAnErrorNeverACrash() {
    let whole = archive(minimalParts(sheet: goodSheet))
    var problems: Set<String> = []
    for length in 0..<whole.count {
      if let error = failure(Array(whole[0..<length])) { problems.insert(error.code.rawValue) }
    }
    #expect(problems.contains("xlsx.truncated"))
    #expect(problems.isSubset(of: ["xlsx.truncated", "xlsx.not-a-zip"]), "\(problems)")
  }

  @Test func anEntryPastTheLimitIsABombByItsHeader() {
    var options = WorkbookReadOptions()
    options.maxEntryBytes = 1 << 20
    let zeros = "<worksheet>" + String(repeating: " ", count: 2 << 20) + "</worksheet>"
    let error = failure(archive(minimalParts(sheet: zeros)), options: options)
    #expect(error?.problem == .entryTooLarge(limit: 1 << 20))
    #expect(error?.part == "xl/worksheets/sheet1.xml")
    #expect(error?.message == "part xl/worksheets/sheet1.xml inflates past the limit of 1048576 bytes (a zip bomb?)")
  }

  /// A header that says the entry is small does not make the reader inflate the rest.
  @Test func anEntryLargerThanItsHeaderSaysIsCaught() throws {
    let sheet = "<worksheet>" + String(repeating: " ", count: 1 << 20) + "</worksheet>"
    var bytes = archive(minimalParts(sheet: sheet))
    // Patch the declared size (local header +22, central header +24) of the sheet to 100.
    let name = Array("xl/worksheets/sheet1.xml".utf8)
    var patched = 0
    for i in 0..<(bytes.count - name.count) where bytes[i..<(i + name.count)].elementsEqual(name) {
      if bytes[i - 30..<(i - 26)].elementsEqual([0x50, 0x4B, 0x03, 0x04]) {
        bytes.replaceSubrange((i - 30 + 22)..<(i - 30 + 26), with: [100, 0, 0, 0])
        patched += 1
      } else if bytes[i - 46..<(i - 42)].elementsEqual([0x50, 0x4B, 0x01, 0x02]) {
        bytes.replaceSubrange((i - 46 + 24)..<(i - 46 + 28), with: [100, 0, 0, 0])
        patched += 1
      }
    }
    #expect(patched == 2)
    let error = failure(bytes)
    #expect(error?.problem == .entryMismatch(detail: "inflates to more than the 100 bytes declared"))
  }

  @Test func theTotalLimitCountsEveryEntry() {
    var options = WorkbookReadOptions()
    options.maxTotalBytes = 1 << 20
    let half = String(repeating: " ", count: 600_000)
    let error = failure(
      archive(minimalParts(sheet: "<worksheet>\(half)</worksheet>", sharedStrings: "<sst>\(half)</sst>")),
      options: options)
    #expect(error?.problem == .totalTooLarge(limit: 1 << 20))
  }

  @Test func anEncryptedWorkbookOrAnOldXLSIsNamed() {
    let header: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 504)
    let encrypted = header + Array("EncryptedPackage".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    let error = failure(encrypted)
    #expect(error?.problem == .encrypted)
    #expect(
      error?.messageVI == "tệp xa.xlsx được mã hoá bằng mật khẩu; hãy mở trong Excel và lưu lại không đặt mật khẩu")
    let xls = header + Array("Workbook".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    #expect(failure(xls)?.problem == .legacyXLS)
  }

  /// 1,048,576 rows, the most a sheet can have: reading stops at the first value past the limit.
  @Test func aSheetOfAMillionRowsStopsAtTheLimit() {
    let sheet = Array(
      ("<worksheet><sheetData>" + String(repeating: "<row><c><v>1</v></c></row>", count: CellReference.maxRow)
        + "</sheetData></worksheet>").utf8)
    var parts = minimalParts(sheet: "")
    parts[4].1 = sheet
    var options = WorkbookReadOptions()
    options.maxRows = 1000
    let error = failure(archive(parts), options: options)
    #expect(error?.problem == .tooManyRows(limit: 1000))
    #expect(error?.place == "xa.xlsx:Dân quân!A1001")
    #expect(error?.message == "sheet \"Dân quân\" has data past row 1000, the limit")
  }

  @Test func emptyRowsPastTheLimitAreSkipped() throws {
    let sheet =
      #"<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="1048576"><c r="A1048576" s="1"/></row></sheetData></worksheet>"#
    var options = WorkbookReadOptions()
    options.maxRows = 10
    let workbook = try read(archive(minimalParts(sheet: sheet)), options: options).get()
    #expect(workbook.sheets[0].rows.map(\.number) == [1])
  }

  @Test func malformedXMLIsReportedAtItsPartLineAndColumn() {
    // Line 2, column 28 is the `<` of `</c>`, where `</v>` was expected: 27 scalars precede it
    // ("Dân" counts 3).
    let sheet = "<worksheet><sheetData>\n<row r=\"1\"><c r=\"A1\"><v>Dân</c></row></sheetData></worksheet>"
    let error = failure(archive(minimalParts(sheet: sheet)))
    #expect(
      error?.problem
        == .malformedXML(detail: "</c> where </v> was expected", vi: "gặp </c> trong khi cần </v>", line: 2, column: 28)
    )
    #expect(error?.place == "xa.xlsx[xl/worksheets/sheet1.xml]:2:28 (Dân quân)")
    #expect(error?.sheet == "Dân quân")
  }

  @Test(arguments: [
    "<worksheet><sheetData>", "<worksheet", "<worksheet a=1/>", "<worksheet a=\"1/>",
    "<!DOCTYPE x [<!ENTITY a \"aaaa\">]><worksheet>&a;</worksheet>",
    "<worksheet><sheetData><row><c><v>&bogus;</v></c></row></sheetData></worksheet>",
    "</worksheet>", "<worksheet></sheetData></worksheet>", "<a:b></c:b>",
    String(repeating: "<a>", count: 300),
  ])
  func malformedXMLIsAnError(_ sheet: String) {
    guard let error = failure(archive(minimalParts(sheet: sheet))) else { return }
    guard case .malformedXML = error.problem else {
      Issue.record("\(error)")
      return
    }
    #expect(error.part == "xl/worksheets/sheet1.xml")
  }

  @Test(arguments: ["../evil.xml", "xl/../../evil.xml", "/etc/passwd", "C:/evil.xml", "xl\\evil.xml"])
  func anUnsafeEntryNameIsRefused(_ name: String) {
    var parts = minimalParts(sheet: goodSheet)
    parts.append((name, Array("x".utf8)))
    #expect(failure(archive(parts))?.problem == .unsafeEntryName(name))
  }

  @Test func aDuplicateEntryIsRefused() {
    var parts = minimalParts(sheet: goodSheet)
    parts.append(("xl/worksheets/sheet1.xml", Array("<worksheet/>".utf8)))
    #expect(failure(archive(parts))?.problem == .duplicateEntry("xl/worksheets/sheet1.xml"))
  }

  @Test func aMissingSheetPartIsNamed() {
    let parts = minimalParts(sheet: goodSheet).filter { $0.0 != "xl/worksheets/sheet1.xml" }
    let error = failure(archive(parts))
    #expect(error?.problem == .missingPart)
    #expect(error?.part == "xl/worksheets/sheet1.xml")
  }

  @Test func aBadCellIsNamedBySheetAndCell() {
    let sheet = #"<worksheet><sheetData><row r="12"><c r="F12" t="s"><v>7</v></c></row></sheetData></worksheet>"#
    let error = failure(archive(minimalParts(sheet: sheet)))
    #expect(error?.place == "xa.xlsx:Dân quân!F12")
    #expect(error?.message == "cell F12 of sheet \"Dân quân\": shared string \"7\" does not exist (there are 1)")
    #expect(
      error?.diagnostic.summaryLine(in: "vi")
        == "xa.xlsx:1:1: error: ô F12 của trang tính \"Dân quân\": chuỗi dùng chung \"7\" không tồn tại (chỉ có 1)")
  }

  @Test(arguments: [
    #"<c r="A1"><v>1,5</v></c>"#, #"<c r="A1" t="b"><v>yes</v></c>"#, #"<c r="A1" t="x"><v>1</v></c>"#,
    #"<c r="A1" t="d"><v>30/06/2026</v></c>"#, #"<c r="B2"><v>1</v></c>"#, #"<c r="ZZZZ1"><v>1</v></c>"#,
    #"<c r="A1"><v>1e999</v></c>"#,
  ])
  func aCellThatCannotBeReadIsAnError(_ cell: String) {
    let sheet = #"<worksheet><sheetData><row r="1">"# + cell + "</row></sheetData></worksheet>"
    guard let error = failure(archive(minimalParts(sheet: sheet))) else { return }
    #expect(error.code == "xlsx.bad-cell", "\(error)")
  }
}
