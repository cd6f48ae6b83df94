import SourceDiagnostics
import YAML

/// Tags on data values (`!!str 21430`, `!foo 21430`, `!!binary ...`): the schema, not the
/// file, says what a value is, so a tag that says otherwise is a schema break.
///
/// The tags of YAML's core schema that agree with the field's type are accepted: `!!str` on a
/// text or a listed value, `!!int` on a whole number or a number, `!!float` on a number,
/// `!!bool`, `!!timestamp` on a date, `!!map` on a group of fields and `!!seq` on a list. They
/// say what the schema says already, and tools write them (a code forced to text with
/// `!!str`, to keep its leading zeros); refusing them would break files that mean the right
/// thing. Any other tag, a local one (`!foo`) included, is a `SCHEMA` finding at the value,
/// and the value is invalid.
extension DecodeState {
  /// Whether `tag`, on the node, is one `type` does not take; when it is, the finding is
  /// reported. Callers ask only for nodes that have a tag: nearly all have none, and cost one
  /// look at the node (``YAMLDocument/tag(of:)``).
  mutating func refuses(
    _ tag: String, on node: YAMLNodeID, type: FieldType, spec: FieldSpec, path: PathRef
  )
    -> Bool
  {
    if Self.tag(tag, agreesWith: type) { return false }
    let field = LocalizedText { SchemaFindingText.field(spec, $0) }
    schemaFinding(
      SafetyMessage.taggedValue(
        localized: [
          "field": field, "tag": LocalizedText(verbatim: Self.shortForm(tag)),
          "expected": SchemaFindingText.kindWords(type, schema: schema),
        ]), at: node, path: path)
    return true
  }

  static let corePrefix = "tag:yaml.org,2002:"

  /// Whether a core-schema tag says what the schema's type says.
  static func tag(_ tag: String, agreesWith type: FieldType) -> Bool {
    guard tag.hasPrefix(corePrefix) else { return false }
    switch (tag.dropFirst(corePrefix.count), type) {
    case ("str", .string), ("str", .enumeration), ("int", .int), ("int", .double), ("float", .double),
      ("bool", .bool), ("timestamp", .date), ("map", .object), ("seq", .list):
      return true
    default:
      return false
    }
  }

  /// A tag as it is usually written: `!!str` for the core schema's, the rest as given.
  static func shortForm(_ tag: String) -> String {
    tag.hasPrefix(corePrefix) ? "!!" + tag.dropFirst(corePrefix.count) : tag
  }
}
