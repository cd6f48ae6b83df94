import SourceDiagnostics
import YAML

/// Reads `schema.yaml` (docs/schema-language.md) into a ``Schema``, reporting every mistake at
/// its line.
struct SchemaLoader {
  static let scalarTypes: [String: FieldType] = [
    "string": .string, "int": .int, "double": .double, "bool": .bool, "date": .date,
  ]

  var reader: NodeReader

  init(document: YAMLDocument) {
    reader = NodeReader(document: document)
  }

  /// The schema, or `nil` when it has errors (in `reader.diagnostics`).
  mutating func load() -> Schema? {
    let doc = reader.document
    guard
      let top = reader.mapping(
        doc.root, what: "the schema", required: ["format", "root", "types"],
        optional: ["enums", "submission_format"])
    else { return nil }
    if let f = top["format"], let format = reader.string(f, what: "format"), format.value != "dqtv-schema/1" {
      reader.error("pack.schema-format", "unknown schema format '\(format.value)'; expected 'dqtv-schema/1'", at: f)
    }
    let submissionFormat = top["submission_format"].flatMap { reader.string($0, what: "submission_format")?.value }

    // Names first, so that fields can refer to types declared after them.
    var typeNodes: [(String, YAMLNodeID, YAMLNodeID)] = []
    var enumNodes: [(String, YAMLNodeID, YAMLNodeID)] = []
    if let types = top["types"],
      let fields = reader.mapping(
        types, what: "types", optional: doc.pairs(of: types).compactMap { doc.string($0.key) })
    {
      for name in fields.order { typeNodes.append((name, fields.key(name)!, fields[name]!)) }
    }
    if let enums = top["enums"],
      let fields = reader.mapping(
        enums, what: "enums", optional: doc.pairs(of: enums).compactMap { doc.string($0.key) })
    {
      for name in fields.order { enumNodes.append((name, fields.key(name)!, fields[name]!)) }
    }
    let typeNames = Set(typeNodes.map(\.0))
    let enumNames = Set(enumNodes.map(\.0))
    for (name, key, _) in typeNodes where enumNames.contains(name) || Self.scalarTypes[name] != nil {
      reader.error("pack.schema-name", "the type name '\(name)' is already used by an enum or a built-in type", at: key)
    }

    let enums = enumNodes.compactMap { readEnum($0.0, key: $0.1, node: $0.2) }
    let types = typeNodes.compactMap {
      readType($0.0, key: $0.1, node: $0.2, typeNames: typeNames, enumNames: enumNames)
    }
    var root = ""
    if let r = top["root"], let name = reader.string(r, what: "root") {
      root = name.value
      if !typeNames.contains(root) {
        unknownType(root, at: r, candidates: typeNames)
      }
    }
    let schema = Schema(root: root, submissionFormat: submissionFormat, types: types, enums: enums)
    checkReferencesAndKeys(schema)
    return reader.diagnostics.hasErrors ? nil : schema
  }

  private mutating func unknownType(_ name: String, at id: YAMLNodeID, candidates: Set<String>) {
    var message = "unknown type '\(name)'"
    if let near = NameSuggestion.nearest(to: name, in: candidates) { message += "; did you mean '\(near)'?" }
    reader.error("pack.schema-unknown-type", message, at: id)
  }

  private mutating func readEnum(_ name: String, key: YAMLNodeID, node: YAMLNodeID) -> EnumType? {
    guard let fields = reader.mapping(node, what: "the enum '\(name)'", required: ["values"], optional: ["title"])
    else { return nil }
    let title = fields["title"].flatMap { reader.localized($0, what: "the title of '\(name)'")?.value }
    var values: [EnumValue] = []
    if let v = fields["values"] {
      let doc = reader.document
      if doc.kind(of: v) == .sequence {
        for item in doc.items(of: v) {
          if let s = reader.string(item, what: "a value of '\(name)'") {
            values.append(EnumValue(name: s.value, title: nil))
          }
        }
      } else if let m = reader.mapping(
        v, what: "the values of '\(name)'", optional: doc.pairs(of: v).compactMap { doc.string($0.key) })
      {
        for valueName in m.order {
          let t = reader.localized(m[valueName]!, what: "the title of '\(name).\(valueName)'")?.value
          values.append(EnumValue(name: valueName, title: t))
        }
      }
      if values.isEmpty { reader.error("pack.schema-empty-enum", "the enum '\(name)' has no values", at: v) }
    }
    return EnumType(name: name, title: title, values: values, location: reader.location(key))
  }

  private mutating func readType(
    _ name: String, key: YAMLNodeID, node: YAMLNodeID, typeNames: Set<String>, enumNames: Set<String>
  ) -> ObjectType? {
    guard
      let fields = reader.mapping(
        node, what: "the type '\(name)'", required: ["fields"], optional: ["title", "doc", "key", "role"])
    else { return nil }
    let title = fields["title"].flatMap { reader.localized($0, what: "the title of '\(name)'")?.value }
    let doc = fields["doc"].flatMap { reader.localized($0, what: "the description of '\(name)'")?.value }
    var specs: [FieldSpec] = []
    if let f = fields["fields"] {
      let document = reader.document
      if let m = reader.mapping(
        f, what: "the fields of '\(name)'", optional: document.pairs(of: f).compactMap { document.string($0.key) })
      {
        for fieldName in m.order {
          if let spec = readField(
            fieldName, of: name, key: m.key(fieldName)!, node: m[fieldName]!, typeNames: typeNames, enumNames: enumNames
          ) {
            specs.append(spec)
          }
        }
      }
    }
    var keyField: String?
    if let k = fields["key"], let keyName = reader.string(k, what: "key") {
      keyField = keyName.value
      if !specs.contains(where: { $0.name == keyName.value }) {
        var message = "the key field '\(keyName.value)' is not a field of '\(name)'"
        if let near = NameSuggestion.nearest(to: keyName.value, in: specs.map(\.name)) {
          message += "; did you mean '\(near)'?"
        }
        reader.error("pack.schema-key", message, at: k)
      }
    }
    let role = fields["role"].flatMap { readRole($0, forField: false, what: "the type '\(name)'") }
    return ObjectType(
      name: name, title: title, doc: doc, key: keyField, fields: specs, role: role, location: reader.location(key))
  }

  /// Parses `string`, `list(Commune)`, `Position`...
  private mutating func parseType(
    _ text: String, at id: YAMLNodeID, typeNames: Set<String>, enumNames: Set<String>
  ) -> FieldType? {
    let t = String(text.filter { $0 != " " })
    if t.hasPrefix("list("), t.hasSuffix(")") {
      let inner = String(t.dropFirst(5).dropLast())
      return parseType(inner, at: id, typeNames: typeNames, enumNames: enumNames).map { .list($0) }
    }
    if let scalar = Self.scalarTypes[t] { return scalar }
    if enumNames.contains(t) { return .enumeration(t) }
    if typeNames.contains(t) { return .object(t) }
    unknownType(t, at: id, candidates: typeNames.union(enumNames).union(Self.scalarTypes.keys))
    return nil
  }

  private mutating func readField(
    _ name: String, of owner: String, key: YAMLNodeID, node: YAMLNodeID, typeNames: Set<String>, enumNames: Set<String>
  ) -> FieldSpec? {
    let what = "the field '\(owner).\(name)'"
    guard
      let f = reader.mapping(
        node, what: what, required: ["type"],
        optional: ["required", "default", "title", "doc", "pattern", "min", "max", "ref", "role"])
    else { return nil }
    guard let typeText = f["type"].flatMap({ reader.string($0, what: "the type of \(what)") }),
      let type = parseType(typeText.value, at: f["type"]!, typeNames: typeNames, enumNames: enumNames)
    else { return nil }
    var spec = FieldSpec(
      name: name, type: type, required: false, defaultValue: nil, title: nil, doc: nil, pattern: nil,
      minimum: nil, maximum: nil, reference: nil, location: reader.location(key))
    if let r = f["required"] { spec.required = reader.bool(r, what: "'required'")?.value ?? false }
    spec.title = f["title"].flatMap { reader.localized($0, what: "the title of \(what)")?.value }
    spec.doc = f["doc"].flatMap { reader.localized($0, what: "the description of \(what)")?.value }
    if let p = f["pattern"], let pattern = reader.string(p, what: "the pattern of \(what)") {
      if (try? Regex(pattern.value)) == nil {
        reader.error("pack.schema-pattern", "the pattern '\(pattern.value)' is not a valid regular expression", at: p)
      }
      spec.pattern = pattern.value
    }
    for (keyName, isMin) in [("min", true), ("max", false)] {
      guard let m = f[keyName] else { continue }
      guard let text = reader.document.string(m), let value = Double(text) else {
        reader.error("pack.wrong-type", "'\(keyName)' of \(what) must be a number", at: m)
        continue
      }
      if isMin { spec.minimum = value } else { spec.maximum = value }
    }
    if let d = f["default"] {
      if spec.required {
        reader.error("pack.schema-default", "\(what) is required, so it cannot have a default", at: d)
      }
      spec.defaultValue = readDefault(d, type: type, enumNames: enumNames, what: what)
    }
    spec.role = f["role"].flatMap { readRole($0, forField: true, what: what) }
    if let r = f["ref"] {
      spec.reference = readReference(r, what: what, typeNames: typeNames)
      if type != .string {
        reader.error("pack.schema-ref", "only string fields can refer to other nodes; \(what) is \(type)", at: r)
      }
    }
    return spec
  }

  private mutating func readDefault(
    _ id: YAMLNodeID, type: FieldType, enumNames: Set<String>, what: String
  ) -> DefaultValue? {
    let doc = reader.document
    switch type {
    case .list:
      if doc.kind(of: id) == .sequence, doc.count(of: id) == 0 { return .emptyList }
      reader.error("pack.schema-default", "the default of \(what) can only be the empty list []", at: id)
      return nil
    case .bool:
      return reader.bool(id, what: "the default of \(what)").map { .bool($0.value) }
    case .int:
      return reader.int(id, what: "the default of \(what)").map { .int(Int64($0.value)) }
    case .double:
      if let t = doc.string(id), let v = Double(t) { return .double(v) }
      reader.error("pack.schema-default", "the default of \(what) must be a number", at: id)
      return nil
    case .date:
      return reader.date(id, what: "the default of \(what)").map { .date($0.value) }
    case .string:
      return reader.string(id, what: "the default of \(what)").map { .string($0.value) }
    case .enumeration:
      return reader.string(id, what: "the default of \(what)").map { .string($0.value) }
    case .object:
      reader.error("pack.schema-default", "a record field cannot have a default", at: id)
      return nil
    }
  }

  /// Reads a `role`; a type's role given to a field, or a field's to a type, is an error.
  private mutating func readRole(_ id: YAMLNodeID, forField: Bool, what: String) -> SchemaRole? {
    guard let name = reader.string(id, what: "the role of \(what)") else { return nil }
    let candidates = SchemaRole.allCases.filter { $0.isFieldRole == forField }
    guard let role = SchemaRole(rawValue: name.value), candidates.contains(role) else {
      var message = "\(what) cannot have the role '\(name.value)'; "
      message += "a \(forField ? "field" : "type") may have: " + candidates.map(\.rawValue).joined(separator: ", ")
      if let near = NameSuggestion.nearest(to: name.value, in: candidates.map(\.rawValue)) {
        message += "; did you mean '\(near)'?"
      }
      reader.error("pack.schema-role", message, at: id)
      return nil
    }
    return role
  }

  private mutating func readReference(_ id: YAMLNodeID, what: String, typeNames: Set<String>) -> Reference? {
    guard let f = reader.mapping(id, what: "the reference of \(what)", required: ["to", "within"]) else { return nil }
    var targets: [String] = []
    let doc = reader.document
    if let to = f["to"] {
      let nodes = doc.kind(of: to) == .sequence ? Array(doc.items(of: to)) : [to]
      for n in nodes {
        guard let name = reader.string(n, what: "a target of the reference") else { continue }
        if typeNames.contains(name.value) {
          targets.append(name.value)
        } else {
          unknownType(name.value, at: n, candidates: typeNames)
        }
      }
    }
    guard let w = f["within"], let within = reader.string(w, what: "'within'") else { return nil }
    if !typeNames.contains(within.value) { unknownType(within.value, at: w, candidates: typeNames) }
    return Reference(targets: targets, within: within.value)
  }

  /// Checks that each role is given once, where it makes sense: `as-of` to a date field of the
  /// root, `upper-level` to a record field of the root, `unit-of-report` to a keyed type.
  private mutating func checkRoles(_ schema: Schema) {
    var seen: [SchemaRole: SourceLocation] = [:]
    func once(_ role: SchemaRole, at location: SourceLocation) {
      if let first = seen[role] {
        reader.diagnostics.append(
          .error("pack.schema-role", "the role '\(role.rawValue)' is already given at line \(first.line)", at: location)
        )
      }
      seen[role] = seen[role] ?? location
    }
    for type in schema.types {
      if let role = type.role {
        once(role, at: type.location)
        if type.key == nil {
          reader.diagnostics.append(
            .error(
              "pack.schema-role", "'\(type.name)' has the role '\(role.rawValue)' but no key field", at: type.location))
        }
      }
      for field in type.fields {
        guard let role = field.role else { continue }
        once(role, at: field.location)
        let fits: Bool
        switch role {
        case .asOf: fits = type.name == schema.root && field.type == .date
        case .upperLevel:
          if case .object = field.type { fits = type.name == schema.root } else { fits = false }
        case .unitOfReport: fits = false
        }
        if !fits {
          let wanted = role == .asOf ? "a date field of the root type" : "a record field of the root type"
          reader.diagnostics.append(
            .error(
              "pack.schema-role",
              "the role '\(role.rawValue)' belongs on \(wanted); '\(type.name).\(field.name)' is not one",
              at: field.location))
        }
      }
    }
  }

  /// Checks that default enum values exist, reference targets have keys, and every type is
  /// reachable from the root.
  private mutating func checkReferencesAndKeys(_ schema: Schema) {
    checkRoles(schema)
    for type in schema.types {
      for field in type.fields {
        if case .enumeration(let e) = field.type, case .string(let v)? = field.defaultValue,
          let en = schema.enumType(e), !en.contains(v)
        {
          reader.diagnostics.append(
            .error("pack.schema-default", "the default '\(v)' is not a value of \(e)", at: field.location))
        }
        for target in field.reference?.targets ?? [] where schema.type(target)?.key == nil {
          reader.diagnostics.append(
            .error(
              "pack.schema-ref", "'\(type.name).\(field.name)' refers to \(target), which has no key field",
              at: field.location))
        }
      }
    }
  }
}
