import Testing

@testable import Reporting

@Suite struct JSONWriterTests {
  /// Strings are copied whole when nothing needs escaping, and escaped exactly as JSON requires
  /// otherwise; every other character, Vietnamese included, passes through.
  @Test func stringsAreQuotedAsJSONRequires() {
    #expect(JSONWriter.quote("") == #""""#)
    #expect(JSONWriter.quote("Xã Đông Tiến") == #""Xã Đông Tiến""#)
    #expect(JSONWriter.quote(#"a "b" \c"#) == #""a \"b\" \\c""#)
    #expect(JSONWriter.quote("x\ny\r\tz") == #""x\ny\r\tz""#)
    #expect(JSONWriter.quote("\u{1}\u{1F}\u{7F}") == "\"\\u0001\\u001f\u{7F}\"")
    #expect(JSONWriter.quote("ü\"") == #""ü\"""#)
  }

  @Test func keysAndValuesAreWrittenInOrder() {
    var w = JSONWriter(pretty: false)
    w.beginObject()
    w.string("tên", "Xã \"A\"")
    w.int("n", 3)
    w.beginArray("l")
    w.string(nil, "x")
    w.endArray()
    w.endObject()
    #expect(w.text == #"{"tên":"Xã \"A\"","n":3,"l":["x"]}"#)
  }
}
