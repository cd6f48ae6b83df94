import Testing

@testable import Workbook

/// The sheet reader's quick paths (a cell holding only `<v>` or only `<is><t>`) give what its
/// element-by-element reading gives, and texts are kept as bytes a string would have.
struct CellBytesTests {
  /// The cells of the one sheet of a workbook around `sheetData`.
  private func cells(_ sheetData: String, shared: String = "<sst><si><t>a</t></si></sst>") throws -> [Cell] {
    let bytes = archive(minimalParts(sheet: "<worksheet>\(sheetData)</worksheet>", sharedStrings: shared))
    let workbook = try read(bytes).get()
    return workbook.sheets[0].rows.flatMap(\.cells)
  }

  @Test func quickCellsReadAsSpelledOut() throws {
    // The same values, once in the form read at once and once with spaces and a comment
    // that send them through the events one by one.
    let quick = """
      <sheetData><row r="1"><c r="A1"><v>1.5</v></c><c r="B1" t="inlineStr"><is><t>a&amp;b _x0041_ Nữ</t></is></c>\
      <c r="C1" t="s"><v>0</v></c><c r="D1" t="str"><f>X1</f><v>&#x1EEF;</v></c><c r="E1" t="e"><v>#N/A</v></c>\
      <c r="F1" t="b"><v>1</v></c><c r="G1"><v></v></c><c r="H1" t="inlineStr"><v>7</v></c></row></sheetData>
      """
    let spelled = """
      <sheetData><row r="1"><c r="A1"> <v>1.5</v></c><c r="B1" t="inlineStr"><is><!-- --><t>a&amp;b _x0041_ Nữ</t></is></c>\
      <c r="C1" t="s"><v>0</v> </c><c r="D1" t="str"><f>X1</f><v>&#x1EEF;</v> </c><c r="E1" t="e"><v>#N/A</v> </c>\
      <c r="F1" t="b"><v>1</v> </c><c r="G1"><v></v> </c><c r="H1" t="inlineStr"><v>7</v> </c></row></sheetData>
      """
    let a = try cells(quick)
    let b = try cells(spelled)
    #expect(a == b)
    #expect(
      a.map(\.value) == [.number(1.5), .text("a&b A Nữ"), .text("a"), .text("ữ"), .error("#N/A"), .bool(true)])
    #expect(a[3].formula == "X1")
  }

  /// Cells read in one pass over their bytes (``PlainCell``) give what the events give: every
  /// attribute order and quote, empty and self-closing cells, numbers read where they are and
  /// those that are not whole, and the same error for a shared string that does not exist.
  @Test func plainCellsReadAsSpelledOut() throws {
    // The second form of each cell is not plain (a space around `=` or before `</c>`).
    let forms = [
      (#"<c r='A1' t='s' s="0"><v>0</v></c>"#, #"<c r = 'A1' t='s' s="0"><v>0</v></c>"#),
      (
        #"<c t="inlineStr"  r="B1"><is><t>x &lt; y</t></is></c>"#,
        #"<c t="inlineStr" r="B1"><is><t>x &lt; y</t></is> </c>"#
      ),
      (#"<c r="C1" s="2"/>"#, #"<c r ="C1" s="2"/>"#),
      (#"<c r="D1"></c>"#, #"<c r="D1"> </c>"#),
      (#"<c r="E1" t="n" foo="bar"><v>-2</v></c>"#, #"<c r="E1" t="n" foo="bar"><v>-2</v> </c>"#),
      (#"<c r="F1"><v>123456789012345</v></c>"#, #"<c r="F1"><v>123456789012345</v> </c>"#),
      (#"<c r="G1" ><v>0012</v></c>"#, #"<c r="G1" ><v>0012</v> </c>"#),
      (#"<c><v>5</v></c>"#, #"<c ><v>5</v> </c>"#),
      (#"<c r="J1" t="b"><v>0</v></c>"#, #"<c r="J1" t="b"><v>0</v> </c>"#),
    ]
    let row = { (cells: [String]) in #"<sheetData><row r="1">"# + cells.joined() + "</row></sheetData>" }
    let plain = try cells(row(forms.map(\.0)))
    #expect(plain == (try cells(row(forms.map(\.1)))))
    #expect(
      plain.map(\.value) == [
        .text("a"), .text("x < y"), .number(-2), .number(123_456_789_012_345), .number(12), .number(5), .bool(false),
      ])
    #expect(plain.map(\.reference.column) == [1, 2, 5, 6, 7, 8, 10])
    let missing = row([#"<c r="A1" t="s"><v>7</v></c>"#])
    let spelledMissing = row([#"<c r="A1" t="s"><v>7</v> </c>"#])
    #expect(throws: WorkbookError.self) { try cells(missing) }
    #expect(
      "\(read(archive(minimalParts(sheet: "<worksheet>\(missing)</worksheet>"))))"
        == "\(read(archive(minimalParts(sheet: "<worksheet>\(spelledMissing)</worksheet>"))))")
  }

  /// Prefixed elements are read, at once when only the cell's own name has the prefix; an end
  /// tag must still match its start.
  @Test func prefixedCells() throws {
    let xml = """
      <x:sheetData><x:row r="2"><x:c r="B2"><x:v>3</x:v></x:c><x:c r="C2" t="inlineStr"><x:is><x:t>q</x:t></x:is></x:c>\
      <x:c r="D2"><v>4</v></x:c></x:row></x:sheetData>
      """
    #expect(try cells(xml).map(\.value) == [.number(3), .text("q"), .number(4)])
    let wrong = #"<sheetData><row r="1"><c r="A1"><v>1</v></d></row></sheetData>"#
    #expect(throws: WorkbookError.self) { try cells(wrong) }
  }

  /// Bytes that are not UTF-8 are repaired as a string repairs them, in shared and inline strings.
  @Test func invalidUTF8IsRepaired() throws {
    var sheet = Array(#"<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>"#.utf8)
    sheet += [0x41, 0xC3, 0x28, 0xED, 0xA0, 0x80, 0x42]
    sheet += Array(#"</t></is></c><c r="B1" t="s"><v>0</v></c></row></sheetData></worksheet>"#.utf8)
    var parts = minimalParts(sheet: "")
    parts[4].1 = sheet
    parts[3].1 = Array("<sst><si><t>".utf8) + [0xF4, 0x90, 0x80, 0x80, 0x43] + Array("</t></si></sst>".utf8)
    let workbook = try read(archive(parts)).get()
    let values = workbook.sheets[0].rows[0].cells.map(\.value)
    let expected = [
      String(decoding: [0x41, 0xC3, 0x28, 0xED, 0xA0, 0x80, 0x42] as [UInt8], as: UTF8.self),
      String(decoding: [0xF4, 0x90, 0x80, 0x80, 0x43] as [UInt8], as: UTF8.self),
    ]
    #expect(values == expected.map { .text($0) })
  }

  /// The UTF-8 check agrees with the string's repairs on every short sequence of bytes that
  /// matter (lead bytes, continuation bytes and ASCII).
  @Test func utf8CheckAgreesWithStrings() {
    let interesting: [UInt8] = [
      0x41, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF,
    ]
    var checked = 0
    for a in interesting {
      for b in interesting {
        for c in interesting {
          for d in interesting {
            let bytes = [a, b, c, d]
            let valid = bytes.withUnsafeBufferPointer { OOXMLText.isValidUTF8($0) }
            let kept = String(decoding: bytes, as: UTF8.self).utf8.elementsEqual(bytes)
            if valid != kept { Issue.record("\(bytes): \(valid) but the string \(kept ? "keeps" : "repairs") them") }
            checked += 1
          }
        }
      }
    }
    #expect(checked == interesting.count * interesting.count * interesting.count * interesting.count)
  }
}
