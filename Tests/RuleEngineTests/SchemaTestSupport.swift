import SourceDiagnostics
import Testing
import YAML

@testable import RuleEngine

/// A small schema in the shape of the bundled one, for tests of decoding.
let miniSchemaText = """
  format: dqtv-schema/1
  root: Submission
  submission_format: dqtv-submission/1
  types:
    Submission:
      fields:
        format: {type: string, required: true, role: format-version}
        as_of: {type: date, required: true, title: {vi: "Ngày số liệu", en: "Data date"}}
        communes: {type: list(Commune), required: true}
    Commune:
      title: {vi: "Xã", en: "Commune"}
      key: code
      fields:
        code: {type: string, required: true, pattern: '[0-9]{5}', title: {vi: "Mã xã", en: "Commune code"}}
        name: {type: string, required: true}
        class: {type: CommuneClass}
        population: {type: int, min: 0}
        designations: {type: list(Designation), default: []}
        seal: {type: bool, default: false}
        units: {type: list(Unit), default: []}
        militia: {type: list(Militiaman), default: []}
    Unit:
      key: id
      fields:
        id: {type: string, required: true}
    Militiaman:
      title: {vi: "Chiến sĩ dân quân", en: "Militiaman"}
      key: id
      fields:
        id: {type: string, required: true}
        joined: {type: date, required: true, title: {vi: "Ngày nhập ngũ", en: "Joined"}}
        unit: {type: string, required: true, ref: {to: Unit, within: Commune}, title: {vi: "Đơn vị", en: "Unit"}}
  enums:
    CommuneClass:
      values:
        I: {vi: "Loại I", en: "class I"}
        II: {vi: "Loại II", en: "class II"}
    Designation:
      values: [bien_gioi, ven_bien]
  """

func loadSchema(_ text: String) -> (Schema?, [Diagnostic]) {
  let yaml = YAMLLoader().load(text, name: "schema.yaml")
  guard let doc = yaml.document else { return (nil, yaml.diagnostics.sorted) }
  var loader = SchemaLoader(document: doc)
  let schema = loader.load()
  return (schema, loader.reader.diagnostics.sorted)
}

func miniSchema() throws -> Schema {
  let (schema, diagnostics) = loadSchema(miniSchemaText)
  #expect(diagnostics.isEmpty, "\(diagnostics.map(\.summaryLine))")
  return try #require(schema)
}

func decode(_ text: String, schema: Schema) throws -> DecodeResult {
  let yaml = YAMLLoader().load(text, name: "data.yaml")
  let doc = try #require(yaml.document, "\(yaml.diagnostics.sorted.map(\.summaryLine))")
  return SubmissionDecoder(schema: schema).decode(doc)
}

/// `line:column path: en message` of each finding, sorted.
func describe(_ findings: [Finding]) -> [String] {
  findings.sorted(by: Finding.precedes).map { "\($0.location.line):\($0.location.column) \($0.path): \($0.message.en)" }
}
