import RuleEngine
import SourceDiagnostics
import Workbook
import YAML

/// A libFuzzer target for the workbook reader. Any trap, leak or sanitizer report is a bug;
/// every answer, a workbook or a ``WorkbookError``, is fine if it is consistent.
///
/// An input that starts like a zip (`PK`) or an OLE compound file is read as a whole `.xlsx`
/// file: the zip layer, its limits and its checks. Any other input is the XML of the parts,
/// separated by 0x01 bytes: a sheet, the shared strings, the styles, the workbook and the
/// workbook's relationships (defaults for the missing ones), zipped here, so that mutations
/// reach the XML scanner and the sheet reader instead of failing a CRC.
///
/// Every workbook that opens is then read as a submission too, as `dqtv check` reads it: the
/// bundled pack's schema lays out its sheets (``WorkbookSubmissionReader``), the cells become a
/// tree placed at them, which ``SubmissionDecoder`` decodes and ``Engine`` checks.
enum WorkbookFuzzTarget {
  /// The bundled pack, compiled once.
  static let pack: CompiledPack? = {
    let source = MemoryPackSource(name: "bundled:\(BundledPack.name)", files: BundledPack.files)
    let loaded = RulePackLoader(namedPacks: [BundledPack.name: source]).load(source)
    guard let pack = loaded.pack, !loaded.diagnostics.hasErrors else { return nil }
    return RuleCompiler().compile(pack).0
  }()

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
    readCells(bytes)
    readSubmission(bytes)
  }

  /// The workbook as a submission: sheets by the schema's layout, a tree, the decoder, the engine.
  static func readSubmission(_ bytes: [UInt8]) {
    guard let pack else { fatalError("the bundled pack does not compile") }
    let read: WorkbookSubmission
    do throws(WorkbookError) {
      var workbook = try WorkbookReader(options: options).open(bytes: bytes, name: "fuzz.xlsx")
      read = try WorkbookSubmissionReader(schema: pack.pack.schema).read(&workbook)
    } catch {
      if error.diagnostic.message.isEmpty { fatalError("\(error.code) has no message") }
      return
    }
    for finding in read.findings where finding.message.en.isEmpty || finding.message.vi.isEmpty {
      fatalError("a finding without a message")
    }
    guard let document = read.document, read.diagnostics.isEmpty else {
      if read.diagnostics.isEmpty { fatalError("no document and no diagnostic") }
      return
    }
    let decoded = SubmissionDecoder(schema: pack.pack.schema).decode(document)
    for finding in decoded.findings { _ = finding.message }
    guard let data = decoded.data else { return }
    let asOf = CalendarDate(year: 2026, month: 1, day: 1)!
    let result = Engine().check(CheckRequest(data: data, pack: pack, asOf: asOf, costLimit: 50_000))
    for finding in result.findings { _ = finding.message }
  }

  /// The workbook's cells, with the reader's own promises checked.
  static func readCells(_ bytes: [UInt8]) {
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
