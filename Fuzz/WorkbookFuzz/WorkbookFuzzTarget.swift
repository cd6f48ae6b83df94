import SourceDiagnostics
import Workbook

/// A libFuzzer target for the workbook reader. Any trap, leak or sanitizer report is a bug;
/// every answer, a workbook or a ``WorkbookError``, is fine if it is consistent.
///
/// An input that starts like a zip (`PK`) or an OLE compound file is read as a whole `.xlsx`
/// file: the zip layer, its limits and its checks. Any other input is the XML of the parts,
/// separated by 0x01 bytes: a sheet, the shared strings, the styles, the workbook and the
/// workbook's relationships (defaults for the missing ones), zipped here, so that mutations
/// reach the XML scanner and the sheet reader instead of failing a CRC.
enum WorkbookFuzzTarget {
  static let options: WorkbookReadOptions = {
    var o = WorkbookReadOptions()
    o.maxEntryBytes = 1 << 20
    o.maxTotalBytes = 4 << 20
    o.maxRows = 5_000
    return o
  }()

  static let defaults: [String] = [
    "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row></sheetData></worksheet>",
    "<sst><si><t>a</t></si></sst>",
    "<styleSheet><cellXfs><xf numFmtId=\"14\"/></cellXfs></styleSheet>",
    "<workbook><sheets><sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>",
    """
    <Relationships>\
    <Relationship Id="rId1" Type="http://x/worksheet" Target="worksheets/sheet1.xml"/>\
    <Relationship Id="rId2" Type="http://x/sharedStrings" Target="sharedStrings.xml"/>\
    <Relationship Id="rId3" Type="http://x/styles" Target="styles.xml"/>\
    </Relationships>
    """,
  ]
  static let names = [
    "xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "xl/styles.xml", "xl/workbook.xml",
    "xl/_rels/workbook.xml.rels",
  ]

  static func archive(_ bytes: [UInt8]) -> [UInt8] {
    var parts = bytes.split(separator: 0x01, omittingEmptySubsequences: false).map(Array.init)
    while parts.count < defaults.count { parts.append(Array(defaults[parts.count].utf8)) }
    var writer = ZipWriter()
    for (name, part) in zip(names, parts) where !writer.add(name, part) { fatalError("zlib failed") }
    return writer.finish()
  }

  static func run(_ input: [UInt8]) {
    let whole = input.starts(with: [0x50, 0x4B]) || input.starts(with: [0xD0, 0xCF])
    let bytes = whole ? input : archive(input)
    do {
      let workbook = try WorkbookReader(options: options).read(bytes: bytes, name: "fuzz.xlsx")
      for sheet in workbook.sheets {
        for row in sheet.rows {
          if row.cells.isEmpty { fatalError("an empty row was reported") }
          if row.number > options.maxRows { fatalError("a row past the limit was reported") }
          for cell in row.cells {
            if cell.reference.row != row.number { fatalError("\(cell.reference) reported in row \(row.number)") }
            if CellReference(cell.reference.description) != cell.reference {
              fatalError("\(cell.reference) does not read back")
            }
            if case .date(let serial) = cell.value { _ = workbook.dateSystem.civilDate(ofSerial: serial) }
          }
        }
      }
    } catch {
      let diagnostic = error.diagnostic
      if diagnostic.message.isEmpty || diagnostic.message(in: "vi") == diagnostic.message {
        fatalError("\(error.code) has no message in both languages")
      }
      _ = error.description
    }
  }
}

/// libFuzzer's entry point.
@_cdecl("LLVMFuzzerTestOneInput")
public func workbookFuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
  let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
  WorkbookFuzzTarget.run(bytes)
  return 0
}
