import RuleEngine
import SourceDiagnostics
import Testing

@testable import Reporting

/// Colour choices, coloured text lines, and SARIF's file URIs.
@Suite struct TextAndURITests {
  @Test func colourFollowsTheChoiceTheTerminalAndNoColor() {
    let plain: [String: String] = ["TERM": "xterm-256color"]
    #expect(ColorChoice.auto.colors(isTerminal: true, environment: plain))
    #expect(!ColorChoice.auto.colors(isTerminal: false, environment: plain))
    #expect(!ColorChoice.auto.colors(isTerminal: true, environment: ["TERM": "dumb"]))
    #expect(ColorChoice.always.colors(isTerminal: false, environment: plain))
    #expect(!ColorChoice.never.colors(isTerminal: true, environment: plain))
    #expect(!ColorChoice.auto.colors(isTerminal: true, environment: ["NO_COLOR": "1"]))
    #expect(ColorChoice.always.colors(isTerminal: false, environment: ["NO_COLOR": "1"]), "the flag wins")
    #expect(!ColorChoice.never.colors(isTerminal: true, environment: [:]))
    #expect(ColorChoice.auto.colors(isTerminal: true, environment: ["NO_COLOR": ""]), "an empty NO_COLOR is unset")
  }

  func finding(_ severity: Severity) -> ReportedFinding {
    ReportedFinding(
      Finding(
        rule: "R.X", kind: .violation, severity: severity, message: LocalizedText(vi: "Sai", en: "Wrong"),
        location: SourceLocation(file: "a.yaml", line: 2, column: 3), path: "communes[0]"))
  }

  @Test func severitiesAreColouredOnlyWhenAsked() {
    #expect(
      TextRenderer(colored: true).line(finding(.error), language: .en)
        == "a.yaml:2:3: \u{1B}[1;31merror\u{1B}[0m: [R.X] Wrong")
    #expect(
      TextRenderer(colored: true).line(finding(.warning), language: .vi)
        == "a.yaml:2:3: \u{1B}[1;33mwarning\u{1B}[0m: [R.X] Sai")
    #expect(TextRenderer(colored: true).line(finding(.info), language: .en).contains("\u{1B}[1;36minfo"))
    #expect(TextRenderer().line(finding(.error), language: .vi) == "a.yaml:2:3: error: [R.X] Sai")
  }

  @Test func fileURIsAreRelativeToTheWorkingDirectoryAndEncoded() {
    #expect(SARIFRenderer.uri("samples/xa a.yaml", base: "/work") == "samples/xa%20a.yaml")
    #expect(SARIFRenderer.uri("/work/samples/x.yaml", base: "/work") == "samples/x.yaml")
    #expect(SARIFRenderer.uri("/work/samples/x.yaml", base: "/work/") == "samples/x.yaml")
    #expect(SARIFRenderer.uri("/workshop/x.yaml", base: "/work") == "file:///workshop/x.yaml")
    #expect(SARIFRenderer.uri("/tmp/xã [1].yaml", base: "/work") == "file:///tmp/x%C3%A3%20%5B1%5D.yaml")
    #expect(SARIFRenderer.uri("bundled:dqtv/drills.yaml", base: "/work") == "bundled:dqtv/drills.yaml")
  }

  /// A name that is not UTF-8 is encoded from its real bytes, as a file or as a folder of files;
  /// a UTF-8 name spelt like an escaped one stays what it is.
  @Test func rawNamesAreEncodedFromTheirBytes() {
    let raw: [String: [UInt8]] = [
      #"x\xE3.yaml"#: Array("x".utf8) + [0xE3] + Array(".yaml".utf8),
      #"/work/p\xE3"#: Array("/work/p".utf8) + [0xE3],
      #"/work/p\xE3/sub"#: Array("/work/p".utf8) + [0xE3] + Array("/sub".utf8) + [0xFF],
    ]
    #expect(SARIFRenderer.uri(#"x\xE3.yaml"#, base: "/work", rawNames: raw) == "x%E3.yaml")
    #expect(SARIFRenderer.uri(#"/work/p\xE3/a b.yaml"#, base: "/work", rawNames: raw) == "p%E3/a%20b.yaml")
    #expect(SARIFRenderer.uri(#"/work/p\xE3/sub/c.yaml"#, base: "/work", rawNames: raw) == "p%E3/sub%FF/c.yaml")
    #expect(SARIFRenderer.uri(#"/tmp/p\xE3/c.yaml"#, base: "/work", rawNames: raw) == "file:///tmp/p%5CxE3/c.yaml")
    #expect(SARIFRenderer.uri(#"/work/p\xE3/c.yaml"#, base: "/elsewhere", rawNames: raw) == "file:///work/p%E3/c.yaml")
  }

  @Test func levelsAndNames() {
    #expect(SARIFRenderer.level(.info) == "note")
    #expect(SARIFRenderer.name("BCH.CTVP.YOUTH-SECRETARY") == "BchCtvpYouthSecretary")
    #expect(SARIFRenderer.topic("SCHEMA") == "SCHEMA")
  }
}
