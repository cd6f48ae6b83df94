import Foundation
import SourceDiagnostics
import Testing

@testable import RuleEngine

/// One escaper writes every JSON string: what JSON requires is escaped, and text read back is
/// the text written.
@Suite struct JSONStringTests {
  @Test func controlCharactersQuotesAndBackslashesAreEscaped() {
    #expect(JSONString.quoted("a\tb\rc\nd\"e\\f\u{1}g") == #""a\tb\rc\nd\"e\\f\u0001g""#)
    #expect(JSONString.quoted("Xã Thiệu Hóa") == "\"Xã Thiệu Hóa\"")
  }

  @Test func theJSONSchemaKeepsTabsAndCarriageReturnsOfTitles() throws {
    let text = miniSchemaText.replacingOccurrences(
      of: #"title: {vi: "Xã", en: "Commune"}"#, with: #"title: {vi: "Xã\tphường", en: "Com\r\nmune"}"#)
    #expect(text != miniSchemaText)
    let schema = try #require(loadSchema(text).0)
    let json = SchemaDocuments.jsonSchema(schema)
    let parsed = try JSONSerialization.jsonObject(with: Data(json.utf8))
    let written = String(describing: parsed)
    #expect(json.contains(#"Xã\tphường"#))
    #expect(json.contains(#"Com\r\nmune"#))
    #expect(!written.isEmpty)
  }
}

/// A finding's severity and a diagnostic's are on one ordering: the more serious is greater.
@Suite struct SeverityOrderTests {
  @Test func bothScalesRiseWithSeriousness() {
    #expect(Severity.info < .warning && Severity.warning < .error)
    #expect(DiagnosticSeverity.note < .warning && DiagnosticSeverity.warning < .error)
    #expect(Severity.allCases.map(\.rank).sorted() == DiagnosticSeverity.allCases.map(\.rank).sorted())
  }

  @Test func diagnosticsAtOnePlaceListTheMoreSeriousFirst() {
    let place = SourceLocation(file: "f.yaml", line: 1, column: 1)
    let sorted = [
      Diagnostic.warning("b", LocalizedText(verbatim: "w"), at: place),
      .error("b", LocalizedText(verbatim: "e"), at: place),
    ].sorted()
    #expect(sorted.map(\.severity) == [.error, .warning])
  }
}
