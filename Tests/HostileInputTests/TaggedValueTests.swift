import Foundation
import TestSupport
import Testing

/// YAML tags on data values, through the built `dqtv check`: a tag that says something other
/// than the schema is a `SCHEMA` finding at the value; a core-schema tag that agrees is not.
@Suite struct TaggedValueTests {
  static let sample = packageRoot().appendingPathComponent("samples/commune-compliant.yaml").path

  /// The compliant sample with `edits` made, each once: (text as written, text to write).
  static func edited(_ edits: [(String, String)]) throws -> String {
    var text = try String(contentsOfFile: sample, encoding: .utf8)
    for (old, new) in edits {
      let range = try #require(text.range(of: old), "\(old)")
      text.replaceSubrange(range, with: new)
    }
    return text
  }

  @Test func aTagThatContradictsTheSchemaIsASchemaFindingAtTheValue() throws {
    let text = try Self.edited([
      ("population: 21430", "population: !!str 21430"),
      ("name: Xã Đông Tiến", "name: !!binary eGE="),
      ("seal: true", "seal: !foo true"),
      ("designations: [ven_bien, trong_diem_qp]", "designations: [ven_bien, !foo trong_diem_qp]"),
    ])
    let scratch = try Scratch()
    let path = try scratch.write("tags.yaml", text)
    let run = try runBounded(["check", path, "--lang", "en"], timeout: 120)
    #expect(run.status == 1, "\(run)")
    let lines = run.stdout.split(separator: "\n").map(String.init)
    let schema = lines.filter { $0.contains("[SCHEMA]") }
    #expect(
      schema == [
        "\(path):15:11: error: [SCHEMA] 'Commune name' (name) has the YAML tag !!binary, but the field takes a text; remove the tag",
        "\(path):18:30: error: [SCHEMA] 'Designations' (designations) has the YAML tag !foo, but the field takes one of the listed values; remove the tag",
        "\(path):19:17: error: [SCHEMA] 'Population' (population) has the YAML tag !!str, but the field takes a whole number; remove the tag",
        "\(path):24:13: error: [SCHEMA] 'Has its own seal' (seal) has the YAML tag !foo, but the field takes true or false; remove the tag",
      ], "\(run.stdout)")
    // The values are not read: no rule judges the population or the commune's name.
    #expect(!lines.contains { $0.contains(":19:") && !$0.contains("[SCHEMA]") }, "\(run.stdout)")

    let vi = try runBounded(["check", path], timeout: 120)
    #expect(
      vi.stdout.contains(
        "\(path):19:17: error: [SCHEMA] 'Dân số' (population) mang thẻ YAML !!str, nhưng trường này cần một số nguyên; hãy bỏ thẻ đó."
      ), "\(vi.stdout)")
  }

  @Test func aLocalTagOnANumberIsRefusedToo() throws {
    let scratch = try Scratch()
    let path = try scratch.write("local.yaml", try Self.edited([("population: 21430", "population: !foo 21430")]))
    let run = try runBounded(["check", path, "--lang", "en"], timeout: 120)
    #expect(run.status == 1, "\(run)")
    #expect(
      run.stdout.contains(
        "\(path):19:17: error: [SCHEMA] 'Population' (population) has the YAML tag !foo, but the field takes a whole number"
      ), "\(run.stdout)")
  }

  @Test func coreTagsThatAgreeWithTheSchemaAreAccepted() throws {
    let text = try Self.edited([
      ("population: 21430", "population: !!int 21430"),
      ("code: \"16279\"", "code: !!str 16279"),
      ("seal: true", "seal: !!bool true"),
      ("class: II", "class: !!str II"),
    ])
    let scratch = try Scratch()
    let path = try scratch.write("agree.yaml", text)
    let run = try runBounded(["check", path, "--lang", "en"], timeout: 120)
    #expect(run.status == 0, "\(run)\n\(run.stdout)")
    #expect(run.stdout.contains("0 errors, 0 warnings"), "\(run.stdout)")
  }
}
