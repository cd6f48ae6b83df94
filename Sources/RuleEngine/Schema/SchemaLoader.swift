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
        doc.root, what: PackPart.schema(), required: ["format", "root", "types"],
        optional: ["enums", "submission_format"])
    else { return nil }
    if let f = top["format"], let format = reader.string(f, what: PackPart.key("format")),
      format.value != "dqtv-schema/1"
    {
      reader.error("pack.schema-format", PackMessage.schemaFormat(["format": format.value]), at: f)
    }
    let submissionFormat = top["submission_format"].flatMap {
      reader.string($0, what: PackPart.key("submission_format"))
    }

    // Names first, so that fields can refer to types declared after them.
    var typeNodes: [(String, YAMLNodeID, YAMLNodeID)] = []
    var enumNodes: [(String, YAMLNodeID, YAMLNodeID)] = []
    if let types = top["types"],
      let fields = reader.mapping(
        types, what: PackPart.key("types"), optional: doc.pairs(of: types).compactMap { doc.string($0.key) })
    {
      for name in fields.order { typeNodes.append((name, fields.key(name)!, fields[name]!)) }
    }
    if let enums = top["enums"],
      let fields = reader.mapping(
        enums, what: PackPart.key("enums"), optional: doc.pairs(of: enums).compactMap { doc.string($0.key) })
    {
      for name in fields.order { enumNodes.append((name, fields.key(name)!, fields[name]!)) }
    }
    let typeNames = Set(typeNodes.map(\.0))
    let enumNames = Set(enumNodes.map(\.0))
    for (name, key, _) in typeNodes where enumNames.contains(name) || Self.scalarTypes[name] != nil {
      reader.error("pack.schema-name", PackMessage.typeNameTaken(["name": name]), at: key)
    }

    let enums = enumNodes.compactMap { readEnum($0.0, key: $0.1, node: $0.2) }
    let types = typeNodes.compactMap {
      readType($0.0, key: $0.1, node: $0.2, typeNames: typeNames, enumNames: enumNames)
    }
    var root = ""
    if let r = top["root"], let name = reader.string(r, what: PackPart.key("root")) {
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
    var message = PackMessage.unknownType(["name": name])
    if let near = NameSuggestion.nearest(to: name, in: candidates) {
      message = message + PackReaderMessage.suggestion(near)
    }
    reader.error("pack.schema-unknown-type", message, at: id)
  }

  private mutating func readEnum(_ name: String, key: YAMLNodeID, node: YAMLNodeID) -> EnumType? {
    guard
      let fields = reader.mapping(
        node, what: PackPart.enumNamed(["name": name]), required: ["values"], optional: ["title"])
    else { return nil }
    let title = fields["title"].flatMap {
      reader.localized($0, what: PackPart.titleOf(localized: ["what": PackPart.key(name)]))?.value
    }
    var values: [EnumValue] = []
    if let v = fields["values"] {
      let doc = reader.document
      if doc.kind(of: v) == .sequence {
        for item in doc.items(of: v) {
          if let s = reader.string(item, what: PackPart.valueOf(localized: ["what": PackPart.key(name)])) {
            values.append(EnumValue(name: s.value, title: nil))
          }
        }
      } else if let m = reader.mapping(
        v, what: PackPart.valuesOf(localized: ["what": PackPart.key(name)]),
        optional: doc.pairs(of: v).compactMap { doc.string($0.key) })
      {
        for valueName in m.order {
          let t = reader.localized(
            m[valueName]!, what: PackPart.titleOf(localized: ["what": PackPart.key("\(name).\(valueName)")]))?.value
          values.append(EnumValue(name: valueName, title: t))
        }
      }
      if values.isEmpty { reader.error("pack.schema-empty-enum", PackMessage.emptyEnum(["name": name]), at: v) }
    }
    return EnumType(name: name, title: title, values: values, location: reader.location(key))
  }

  private mutating func readType(
    _ name: String, key: YAMLNodeID, node: YAMLNodeID, typeNames: Set<String>, enumNames: Set<String>
  ) -> ObjectType? {
    guard
      let fields = reader.mapping(
        node, what: PackPart.typeNamed(["name": name]), required: ["fields"], optional: ["title", "doc", "key", "role"])
    else { return nil }
    let title = fields["title"].flatMap {
      reader.localized($0, what: PackPart.titleOf(localized: ["what": PackPart.key(name)]))?.value
    }
    let doc = fields["doc"].flatMap {
      reader.localized($0, what: PackPart.descriptionOf(localized: ["what": PackPart.key(name)]))?.value
    }
    var specs: [FieldSpec] = []
    if let f = fields["fields"] {
      let document = reader.document
      if let m = reader.mapping(
        f, what: PackPart.fieldsOf(localized: ["what": PackPart.key(name)]),
        optional: document.pairs(of: f).compactMap { document.string($0.key) })
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
    if let k = fields["key"], let keyName = reader.string(k, what: PackPart.key("key")) {
      keyField = keyName.value
      if !specs.contains(where: { $0.name == keyName.value }) {
        var message = PackMessage.keyNotAField(["key": keyName.value, "type": name])
        if let near = NameSuggestion.nearest(to: keyName.value, in: specs.map(\.name)) {
          message = message + PackReaderMessage.suggestion(near)
        }
        reader.error("pack.schema-key", message, at: k)
      }
    }
    let role = fields["role"].flatMap { readRole($0, forField: false, what: PackPart.typeNamed(["name": name])) }
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
    let what = PackPart.field(["name": "\(owner).\(name)"])
    guard
      let f = reader.mapping(
        node, what: what, required: ["type"],
        optional: ["required", "default", "title", "doc", "pattern", "min", "max", "ref", "role"])
    else { return nil }
    guard let typeText = f["type"].flatMap({ reader.string($0, what: PackPart.typeOf(localized: ["what": what])) }),
      let type = parseType(typeText.value, at: f["type"]!, typeNames: typeNames, enumNames: enumNames)
    else { return nil }
    var spec = FieldSpec(
      name: name, type: type, required: false, defaultValue: nil, title: nil, doc: nil, pattern: nil,
      minimum: nil, maximum: nil, reference: nil, location: reader.location(key))
    if let r = f["required"] { spec.required = reader.bool(r, what: PackPart.key("required"))?.value ?? false }
    spec.title = f["title"].flatMap { reader.localized($0, what: PackPart.titleOf(localized: ["what": what]))?.value }
    spec.doc = f["doc"].flatMap { reader.localized($0, what: PackPart.descriptionOf(localized: ["what": what]))?.value }
    if let p = f["pattern"], let pattern = reader.string(p, what: PackPart.patternOf(localized: ["what": what])) {
      if (try? Regex(pattern.value)) == nil {
        reader.error("pack.schema-pattern", PackMessage.badPattern(["pattern": pattern.value]), at: p)
      }
      spec.pattern = pattern.value
    }
    for (keyName, isMin) in [("min", true), ("max", false)] {
      guard let m = f[keyName] else { continue }
      guard let text = reader.document.string(m), let value = Double(text) else {
        reader.error(
          "pack.wrong-type", PackReaderMessage.notNumber(localized: ["key": .init(verbatim: keyName), "what": what]),
          at: m)
        continue
      }
      if isMin { spec.minimum = value } else { spec.maximum = value }
    }
    if let d = f["default"] {
      if spec.required {
        reader.error("pack.schema-default", PackMessage.requiredWithDefault(localized: ["what": what]), at: d)
      }
      spec.defaultValue = readDefault(d, type: type, enumNames: enumNames, what: what)
    }
    spec.role = f["role"].flatMap { readRole($0, forField: true, what: what) }
    if let r = f["ref"] {
      spec.reference = readReference(r, what: what, typeNames: typeNames)
      if type != .string {
        reader.error(
          "pack.schema-ref",
          PackMessage.referenceNotString(localized: ["what": what, "type": .init(verbatim: "\(type)")]), at: r)
      }
    }
    return spec
  }

  private mutating func readDefault(
    _ id: YAMLNodeID, type: FieldType, enumNames: Set<String>, what: LocalizedText
  ) -> DefaultValue? {
    let doc = reader.document
    switch type {
    case .list:
      if doc.kind(of: id) == .sequence, doc.count(of: id) == 0 { return .emptyList }
      reader.error("pack.schema-default", PackMessage.defaultEmptyList(localized: ["what": what]), at: id)
      return nil
    case .bool:
      return reader.bool(id, what: PackPart.defaultOf(localized: ["what": what])).map { .bool($0.value) }
    case .int:
      return reader.int(id, what: PackPart.defaultOf(localized: ["what": what])).map { .int(Int64($0.value)) }
    case .double:
      if let t = doc.string(id), let v = Double(t) { return .double(v) }
      reader.error("pack.schema-default", PackMessage.defaultNumber(localized: ["what": what]), at: id)
      return nil
    case .date:
      return reader.date(id, what: PackPart.defaultOf(localized: ["what": what])).map { .date($0.value) }
    case .string:
      return reader.string(id, what: PackPart.defaultOf(localized: ["what": what])).map { .string($0.value) }
    case .enumeration:
      return reader.string(id, what: PackPart.defaultOf(localized: ["what": what])).map { .string($0.value) }
    case .object:
      reader.error("pack.schema-default", PackMessage.recordDefault(), at: id)
      return nil
    }
  }

  /// Reads a `role`; a type's role given to a field, or a field's to a type, is an error.
  private mutating func readRole(_ id: YAMLNodeID, forField: Bool, what: LocalizedText) -> SchemaRole? {
    guard let name = reader.string(id, what: PackPart.roleOf(localized: ["what": what])) else { return nil }
    let candidates = SchemaRole.allCases.filter { $0.isFieldRole == forField }
    guard let role = SchemaRole(rawValue: name.value), candidates.contains(role) else {
      let entry: PackMessage = forField ? .roleNotForField : .roleNotForType
      var message = entry(
        localized: [
          "what": what, "role": .init(verbatim: name.value),
          "roles": .init(verbatim: candidates.map(\.rawValue).joined(separator: ", ")),
        ])
      if let near = NameSuggestion.nearest(to: name.value, in: candidates.map(\.rawValue)) {
        message = message + PackReaderMessage.suggestion(near)
      }
      reader.error("pack.schema-role", message, at: id)
      return nil
    }
    return role
  }

  private mutating func readReference(_ id: YAMLNodeID, what: LocalizedText, typeNames: Set<String>) -> Reference? {
    guard let f = reader.mapping(id, what: PackPart.referenceOf(localized: ["what": what]), required: ["to", "within"])
    else { return nil }
    var targets: [String] = []
    let doc = reader.document
    if let to = f["to"] {
      let nodes = doc.kind(of: to) == .sequence ? Array(doc.items(of: to)) : [to]
      for n in nodes {
        guard let name = reader.string(n, what: PackPart.referenceTarget()) else { continue }
        if typeNames.contains(name.value) {
          targets.append(name.value)
        } else {
          unknownType(name.value, at: n, candidates: typeNames)
        }
      }
    }
    guard let w = f["within"], let within = reader.string(w, what: PackPart.key("within")) else { return nil }
    if !typeNames.contains(within.value) { unknownType(within.value, at: w, candidates: typeNames) }
    return Reference(targets: targets, within: within.value)
  }

  /// Checks that each role is given once, where it makes sense: `as-of` to a date field of the
  /// root, `upper-level` to a record field of the root, `format-version` to a string field of
  /// the root, `unit-of-report` to a keyed type.
  private mutating func checkRoles(_ schema: Schema) {
    var seen: [SchemaRole: SourceLocation] = [:]
    func once(_ role: SchemaRole, at location: SourceLocation) {
      if let first = seen[role] {
        reader.diagnostics.append(
          .error(
            "pack.schema-role", PackMessage.roleTwice(["role": role.rawValue, "line": String(first.line)]), at: location
          )
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
              "pack.schema-role", PackMessage.roleWithoutKey(["type": type.name, "role": role.rawValue]),
              at: type.location))
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
        case .formatVersion: fits = type.name == schema.root && field.type == .string
        case .unitOfReport: fits = false
        }
        if !fits {
          let entry: PackMessage =
            switch role {
            case .asOf: .roleBelongsOnDate
            case .formatVersion: .roleBelongsOnString
            default: .roleBelongsOnRecord
            }
          reader.diagnostics.append(
            .error(
              "pack.schema-role", entry(["role": role.rawValue, "field": "\(type.name).\(field.name)"]),
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
            .error("pack.schema-default", PackMessage.defaultNotInEnum(["value": v, "enum": e]), at: field.location))
        }
        for target in field.reference?.targets ?? [] where schema.type(target)?.key == nil {
          reader.diagnostics.append(
            .error(
              "pack.schema-ref",
              PackMessage.referenceWithoutKey(["field": "\(type.name).\(field.name)", "target": target]),
              at: field.location))
        }
      }
    }
  }
}
