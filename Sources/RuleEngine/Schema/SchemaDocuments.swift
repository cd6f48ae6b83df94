import SourceDiagnostics

/// The schema written out for people (Markdown), for editors (JSON Schema), and as a blank
/// form to fill in.
package enum SchemaDocuments {
  // MARK: - Markdown

  /// The format in Markdown. In English, each title is given in Vietnamese and in English; in
  /// Vietnamese, in Vietnamese only, with the schema's own names as code.
  package static func markdown(_ schema: Schema, language: Language = .en) -> String {
    typealias M = DocumentMessage
    let en = language == .en
    let name = { (n: String) in en ? n : "`\(n)`" }
    var out = M.schemaTitle.text(language) + "\n\n"
    out += M.schemaRoot.text(language, ["root": schema.root])
    if let format = schema.submissionFormat,
      let field = schema.type(schema.root)?.fields.first(where: { $0.role == .formatVersion })
    {
      out += M.schemaFormat.text(language, ["field": field.name, "format": format])
    }
    out += ".\n"
    for type in schema.types {
      out += "\n## \(name(type.name))"
      if let t = type.title { out += en ? " — \(t.vi) (\(t.en))" : " — \(t.vi)" }
      out += "\n\n"
      if let d = type.doc { out += en ? "\(d.vi)\n\n*\(d.en)*\n\n" : "\(d.vi)\n\n" }
      if let key = type.key { out += M.identifiedBy.text(language, ["key": key]) + "\n\n" }
      out +=
        M.fieldsHeader.text(language) + (en ? "\n| --- | --- | --- | --- | --- |\n" : "\n| --- | --- | --- | --- |\n")
      for f in type.fields {
        let need =
          f.required
          ? M.required.text(language)
          : f.defaultValue.map { M.defaultValue.text(language, ["value": text($0)]) } ?? M.optional.text(language)
        var kind = "`\(f.type)`"
        if let r = f.reference {
          let targets = r.targets.map(name).joined(separator: M.or.text(language))
          kind += M.reference.text(language, ["targets": targets, "within": r.within])
        }
        let titles = en ? "\(f.title?.vi ?? "") | \(f.title?.en ?? "")" : f.title?.vi ?? ""
        out += "| `\(f.name)` | \(kind) | \(need) | \(titles) |\n"
      }
    }
    out += "\n" + M.enumerations.text(language) + "\n"
    for e in schema.enums {
      out += "\n### \(name(e.name))"
      if let t = e.title { out += en ? " — \(t.vi) (\(t.en))" : " — \(t.vi)" }
      out += "\n\n" + M.enumHeader.text(language) + (en ? "\n| --- | --- | --- |\n" : "\n| --- | --- |\n")
      for v in e.values {
        out += "| `\(v.name)` | \(v.title?.vi ?? "")" + (en ? " | \(v.title?.en ?? "")" : "") + " |\n"
      }
    }
    return out
  }

  static func text(_ d: DefaultValue) -> String {
    switch d {
    case .string(let s): "`\(s)`"
    case .int(let i): "`\(i)`"
    case .double(let x): "`\(x)`"
    case .bool(let b): "`\(b)`"
    case .date(let d): "`\(d)`"
    case .emptyList: "`[]`"
    }
  }

  // MARK: - JSON Schema

  /// A draft-07 JSON Schema, for editors: with `# yaml-language-server: $schema=FILE` at the top
  /// of a submission, an editor completes field names and enum values and flags mistakes.
  package static func jsonSchema(_ schema: Schema) -> String {
    var w = SchemaJSON()
    w.open()
    w.field("$schema", "\"http://json-schema.org/draft-07/schema#\"")
    w.field("title", quote("DQTV submission"))
    w.field("$ref", quote("#/definitions/\(schema.root)"))
    w.openObject("definitions")
    for type in schema.types {
      w.openObject(type.name)
      w.field("type", quote("object"))
      if let t = type.title {
        w.field("title", quote(t.vi))
        w.field("description", quote(t.en))
      }
      w.field("additionalProperties", "false")
      let required = type.fields.filter(\.required).map { quote($0.name) }
      if !required.isEmpty { w.field("required", "[" + required.joined(separator: ", ") + "]") }
      w.openObject("properties")
      for f in type.fields {
        w.openObject(f.name)
        property(f.type, schema: schema, into: &w)
        if let t = f.title {
          w.field("title", quote(t.vi))
          w.field("description", quote(t.en))
        }
        if f.role == .formatVersion, type.name == schema.root, let format = schema.submissionFormat {
          w.field("const", quote(format))
        }
        if let p = f.pattern { w.field("pattern", quote("^(?:\(p))$")) }
        if let m = f.minimum { w.field("minimum", number(m)) }
        if let m = f.maximum { w.field("maximum", number(m)) }
        w.close()
      }
      w.close()
      w.close()
    }
    for e in schema.enums {
      w.openObject(e.name)
      w.field("type", quote("string"))
      if let t = e.title { w.field("title", quote(t.vi)) }
      w.field("enum", "[" + e.values.map { quote($0.name) }.joined(separator: ", ") + "]")
      w.field(
        "enumDescriptions",
        "[" + e.values.map { quote($0.title.map { "\($0.vi) — \($0.en)" } ?? $0.name) }.joined(separator: ", ") + "]")
      w.close()
    }
    w.close()
    w.close()
    return w.text + "\n"
  }

  static func property(_ type: FieldType, schema: Schema, into w: inout SchemaJSON) {
    switch type {
    case .string: w.field("type", quote("string"))
    case .int: w.field("type", quote("integer"))
    case .double: w.field("type", quote("number"))
    case .bool: w.field("type", quote("boolean"))
    case .date:
      w.field("type", quote("string"))
      w.field("pattern", quote("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"))
    case .enumeration(let name), .object(let name): w.field("$ref", quote("#/definitions/\(name)"))
    case .list(let element):
      w.field("type", quote("array"))
      w.openObject("items")
      property(element, schema: schema, into: &w)
      w.close()
    }
  }

  static func number(_ d: Double) -> String { d == d.rounded() ? String(Int64(d)) : String(d) }

  static func quote(_ s: String) -> String { JSONString.quoted(s) }

}

/// A minimal pretty JSON object writer for the schema document.
struct SchemaJSON {
  var text = ""
  private var depth = 0
  private var first = [true]

  private mutating func item() {
    if !first[first.count - 1] { text += "," }
    first[first.count - 1] = false
    text += "\n" + String(repeating: "  ", count: depth)
  }

  mutating func open() {
    text += "{"
    depth += 1
    first.append(true)
  }

  mutating func openObject(_ key: String) {
    item()
    text += SchemaDocuments.quote(key) + ": {"
    depth += 1
    first.append(true)
  }

  mutating func field(_ key: String, _ raw: String) {
    item()
    text += SchemaDocuments.quote(key) + ": " + raw
  }

  mutating func close() {
    depth -= 1
    let empty = first.removeLast()
    if !empty { text += "\n" + String(repeating: "  ", count: depth) }
    text += "}"
  }
}
