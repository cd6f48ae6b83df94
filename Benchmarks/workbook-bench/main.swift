// Reads every cell of a workbook and prints timings as one JSON line (scripts/xlsx_bench.py
// runs it beside python-calamine and openpyxl and prints the ratios).
//
//   swift build -c release --product workbook-bench
//   .build/release/workbook-bench FILE.xlsx [REPEATS]     timings
//   .build/release/workbook-bench FILE.xlsx --memory      peak memory of one full read
//   .build/release/workbook-bench FILE.xlsx --memory-rows peak memory of one read row by row
//
// Timings are the best of REPEATS runs of: the whole read (zip, parts, every sheet's cells
// through `forEachRow`), inflating the sheets alone, and parsing the inflated sheet XML with
// FoundationXML's XMLParser (libxml2) into the same values, to compare with our own scanner
// (whole read minus inflating).
import Foundation
import Workbook

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// CPU time of the process: the machines the benchmarks run on are shared, and wall time there
/// measures the neighbours as much as the code.
func now() -> Double {
  var t = timespec()
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
  return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
}

func best(_ repeats: Int, _ body: () throws -> Void) rethrows -> Double {
  var result = Double.infinity
  for _ in 0..<repeats {
    let start = now()
    try body()
    result = min(result, now() - start)
  }
  return result
}

/// What XMLParser must do to match our reader: each `<c>`'s reference, type and style, the text
/// of `<v>` or of an inline string's `<t>`, and a number or a string out of it.
final class CellCounter: NSObject, XMLParserDelegate {
  var cells = 0
  var sum = 0.0
  var text = ""
  var inValue = false
  var type = ""
  var reference = ""
  func parser(
    _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
    attributes: [String: String] = [:]
  ) {
    switch name {
    case "c":
      type = attributes["t"] ?? "n"
      reference = attributes["r"] ?? ""
      _ = attributes["s"].flatMap { Int($0) }
      text = ""
    case "v", "t":
      inValue = true
    default: break
    }
  }
  func parser(_ parser: XMLParser, foundCharacters string: String) {
    if inValue { text += string }
  }
  func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
    switch name {
    case "v", "t": inValue = false
    case "c":
      if !text.isEmpty {
        cells += 1
        if type == "n", let n = Double(text) { sum += n }
      }
    default: break
    }
  }
}

let arguments = CommandLine.arguments
guard arguments.count >= 2 else {
  print("usage: workbook-bench FILE.xlsx [REPEATS | --memory]")
  exit(64)
}
let path = arguments[1]
let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
let reader = WorkbookReader()

if arguments.count > 2 && arguments[2].hasPrefix("--memory") {
  // The peak is taken before the sheets' sizes are measured, which inflates them again.
  var cells = 0
  if arguments[2] == "--memory-rows" {
    var file = try reader.open(bytes: bytes, name: path)
    for sheet in file.sheets { _ = try file.forEachRow(of: sheet) { cells += $0.cells.count } }
  } else {
    let workbook = try reader.read(bytes: bytes, name: path)
    cells = workbook.sheets.reduce(0) { $0 + $1.rows.reduce(0) { $0 + $1.cells.count } }
  }
  var usage = rusage()
  getrusage(RUSAGE_SELF.rawValue, &usage)
  var file = try reader.open(bytes: bytes, name: path)
  var xml = 0
  for sheet in file.sheets { xml += try file.part(sheet.part)?.count ?? 0 }
  print(
    #"{"cells": \#(cells), "sheet_xml_bytes": \#(xml), "file_bytes": \#(bytes.count), "peak_rss_bytes": \#(usage.ru_maxrss * 1024)}"#
  )
  exit(0)
}

let repeats = arguments.count > 2 ? Int(arguments[2]) ?? 5 : 5
var cells = 0
let whole = try best(repeats) {
  var file = try reader.open(bytes: bytes, name: path)
  cells = 0
  for sheet in file.sheets {
    _ = try file.forEachRow(of: sheet) { cells += $0.cells.count }
  }
}
var sheetXML: [[UInt8]] = []
let inflating = try best(repeats) {
  var file = try reader.open(bytes: bytes, name: path)
  sheetXML = try file.sheets.compactMap { try file.part($0.part) }
}
var parsed = 0
let xmlParser = best(repeats) {
  parsed = 0
  for xml in sheetXML {
    let counter = CellCounter()
    let parser = XMLParser(data: Data(xml))
    parser.delegate = counter
    _ = parser.parse()
    parsed += counter.cells
  }
}
print(
  #"{"cells": \#(cells), "xmlparser_cells": \#(parsed), "ours_read_s": \#(whole), "inflate_s": \#(inflating), "#
    + #""ours_scan_s": \#(whole - inflating), "xmlparser_scan_s": \#(xmlParser)}"#)
