import SourceDiagnostics
import YAML

/// What reading a submission against its schema gave.
public struct DecodeResult: Sendable {
  /// The typed data; `nil` when the file is not a submission at all (see `diagnostics`).
  public let data: DataDocument?
  /// Every schema break, as `SCHEMA` findings.
  public let findings: [Finding]
  /// Problems that stop the check (exit 2): a root that is not a mapping, an unknown format.
  public let diagnostics: Diagnostics
}

/// Reads a submission's YAML tree against a ``Schema``: types scalars by the schema (so `yes`
/// stays a string and `2025-07-01` is a date only where a date is expected), and reports every
/// break as a `SCHEMA` finding at its line, going on so that the rules that can still run, run.
public struct SubmissionDecoder: Sendable {
  public let schema: Schema

  public init(schema: Schema) {
    self.schema = schema
  }

  public func decode(_ yaml: YAMLDocument) -> DecodeResult {
    var state = DecodeState(yaml: yaml, schema: schema)
    state.decodeRoot()
    return DecodeResult(
      data: state.failed ? nil : state.data, findings: state.findings, diagnostics: state.diagnostics)
  }
}

private struct DecodeState {
  let yaml: YAMLDocument
  let schema: Schema
  var data: DataDocument
  var findings: [Finding] = []
  var diagnostics = Diagnostics()
  var failed = false
  /// Compiled `pattern`s, by their text.
  var patterns: [String: Regex<AnyRegexOutput>?] = [:]
  /// Field names by type, as bytes, for key lookups without making strings.
  let fieldNames: [[[UInt8]]]
  /// Each enum's values as bytes, and the index of its first value in the document's table.
  let enumValues: [String: (base: UInt32, values: [[UInt8]])]

  init(yaml: YAMLDocument, schema: Schema) {
    self.yaml = yaml
    self.schema = schema
    self.data = DataDocument(yaml: yaml, schema: schema)
    fieldNames = schema.types.map { $0.fields.map { Array($0.name.utf8) } }
    var enums: [String: (base: UInt32, values: [[UInt8]])] = [:]
    let data = self.data
    for e in schema.enums {
      enums[e.name] = (data.enumOffsets[e.name] ?? 0, e.values.map { Array($0.name.utf8) })
    }
    enumValues = enums
  }

  /// The index of the field a key names, comparing bytes.
  func fieldIndex(_ key: YAMLNodeID, type: Int) -> Int? {
    guard yaml.kind(of: key) == .scalar else { return nil }
    let names = fieldNames[type]
    for i in names.indices where yaml.scalar(key, equalsBytes: names[i]) { return i }
    return nil
  }

  /// The index in the document's enum table of the value a node holds, if the enum has it.
  func enumIndex(_ node: YAMLNodeID, enum name: String) -> UInt32? {
    guard let e = enumValues[name] else { return nil }
    for i in e.values.indices where yaml.scalar(node, equalsBytes: e.values[i]) { return e.base + UInt32(i) }
    return nil
  }

  /// Where a value sits, turned into a data path only when a finding needs it (building paths
  /// for every value would cost more than the decoding itself).
  struct PathRef {
    var owner: ObjectID?
    var field: String?
    var index: Int?

    func text(_ data: DataDocument) -> String {
      var path = owner.map { data.path(of: $0) } ?? ""
      if let field { path = path.isEmpty ? field : "\(path).\(field)" }
      if let index { path += "[\(index)]" }
      return path
    }
  }

  mutating func schemaFinding(_ message: LocalizedText, at node: YAMLNodeID, path: PathRef) {
    findings.append(
      Finding(
        rule: Finding.schemaRule, kind: .schema, severity: .error, message: message,
        location: yaml.location(of: node), path: path.text(data)))
  }

  mutating func decodeRoot() {
    let root = yaml.root
    guard let rootType = schema.typeIndex(schema.root) else {
      diagnostics.append(.error("schema.no-root", "the schema has no root type '\(schema.root)'", at: nil))
      failed = true
      return
    }
    guard yaml.kind(of: root) == .mapping else {
      diagnostics.append(
        .error(
          "data.not-a-submission",
          "\(yaml.file) is not a submission: its top level must be a mapping of fields (format, as_of, communes...), not \(NodeReader.describe(yaml, root))",
          at: yaml.location(of: root)
        ).translated("vi", "\(yaml.file) không phải là một báo cáo: cấp ngoài cùng phải là các trường format, as_of, communes..."))
      failed = true
      return
    }
    if let expected = schema.submissionFormat {
      guard let f = yaml.value(forKey: "format", in: root) else {
        diagnostics.append(
          .error(
            "data.no-format", "\(yaml.file) is not a submission: it has no 'format: \(expected)' line",
            at: yaml.location(of: root)
          ).translated("vi", "\(yaml.file) không phải là một báo cáo: thiếu dòng 'format: \(expected)'"))
        failed = true
        return
      }
      guard yaml.scalar(f, equals: expected) else {
        diagnostics.append(
          .error(
            "data.unknown-format",
            "unknown format \(NodeReader.describe(yaml, f)); this version of dqtv reads '\(expected)'",
            at: yaml.location(of: f)
          ).translated("vi", "khuôn dạng \(NodeReader.describe(yaml, f)) không được hỗ trợ; phiên bản dqtv này đọc '\(expected)'"))
        failed = true
        return
      }
    }
    _ = decodeObject(root, type: rootType, parent: UInt32.max, parentField: 0, listIndex: -1)
    checkReferences()
  }

  /// Decodes a mapping as a record of the type; returns its id, or `nil` when the node is not a
  /// mapping (reported).
  mutating func decodeObject(
    _ node: YAMLNodeID, type typeIndex: Int, parent: UInt32, parentField: UInt16, listIndex: Int32
  ) -> ObjectID? {
    let type = schema.types[typeIndex]
    let id = ObjectID(data.objects.count)
    let firstSlot = UInt32(data.slots.count)
    data.objects.append(
      DataObject(
        type: UInt16(typeIndex), node: node, parent: parent, parentField: parentField,
        listIndex: listIndex, firstSlot: firstSlot))
    data.byType[typeIndex].append(id)
    data.slots.append(contentsOf: repeatElement(DataSlot.absent, count: type.fields.count))
    var seenNull: Set<Int> = []
    for pair in yaml.pairs(of: node) {
      guard let fieldIndex = fieldIndex(pair.key, type: typeIndex) else {
        let name = yaml.string(pair.key) ?? ""
        let suggestion = NameSuggestion.nearest(to: name, in: type.fields.map(\.name))
        schemaFinding(
          SchemaFindingText.unknownField(name, in: type, suggestion: suggestion), at: pair.key,
          path: PathRef(owner: id, field: name))
        continue
      }
      let spec = type.fields[fieldIndex]
      if yaml.isNull(pair.value) {  // `field:` with nothing after it: left out
        seenNull.insert(fieldIndex)
        continue
      }
      let slot = decodeValue(
        pair.value, type: spec.type, spec: spec, owner: id, fieldIndex: fieldIndex,
        path: PathRef(owner: id, field: spec.name))
      data.slots[Int(firstSlot) + fieldIndex] = slot
    }
    for (i, spec) in type.fields.enumerated() where data.slots[Int(firstSlot) + i] == .absent {
      if spec.required {
        // A present-but-null required field is reported as missing too.
        schemaFinding(SchemaFindingText.missing(spec, in: type), at: node, path: PathRef(owner: id))
        if seenNull.contains(i) { data.slots[Int(firstSlot) + i] = .invalid }
      } else if spec.defaultValue != nil {
        data.slots[Int(firstSlot) + i] = .defaulted
      }
    }
    return id
  }

  mutating func decodeValue(
    _ node: YAMLNodeID, type: FieldType, spec: FieldSpec, owner: ObjectID, fieldIndex: Int, path: PathRef
  ) -> DataSlot {
    func wrong(_ state: inout DecodeState) -> DataSlot {
      let found = state.yaml.kind(of: node) == .scalar
        ? SchemaFindingText.found(state.yaml.string(node))
        : LocalizedText(
          vi: state.yaml.kind(of: node) == .sequence ? "một danh sách" : "một nhóm trường",
          en: state.yaml.kind(of: node) == .sequence ? "a list" : "a group of fields")
      state.schemaFinding(
        SchemaFindingText.wrongType(spec, expected: SchemaFindingText.kindWords(type, schema: state.schema), found: found),
        at: node, path: path)
      return .invalid
    }
    switch type {
    case .list(let element):
      guard yaml.kind(of: node) == .sequence else { return wrong(&self) }
      let items = yaml.items(of: node)
      let listID = UInt32(data.lists.count)
      data.lists.append(DataList(node: node, first: 0, count: UInt32(items.count)))
      var decoded: [DataSlot] = []
      decoded.reserveCapacity(items.count)
      for (i, item) in items.enumerated() {
        if case .object(let name) = element, let t = schema.typeIndex(name) {
          guard yaml.kind(of: item) == .mapping else {
            decoded.append(wrongItem(item, expected: element, spec: spec, path: PathRef(owner: path.owner, field: path.field, index: i)))
            continue
          }
          let child = decodeObject(
            item, type: t, parent: owner.index, parentField: UInt16(fieldIndex), listIndex: Int32(i))
          decoded.append(child.map { .object($0) } ?? .invalid)
        } else {
          decoded.append(
            decodeValue(
              item, type: element, spec: spec, owner: owner, fieldIndex: fieldIndex,
              path: PathRef(owner: path.owner, field: path.field, index: i)))
        }
      }
      data.lists[Int(listID)].first = UInt32(data.items.count)
      data.items.append(contentsOf: decoded)
      if case .object(let name) = element, let t = schema.type(name), t.key != nil {
        checkUniqueKeys(decoded, type: t)
      }
      return .list(listID)
    case .object(let name):
      guard yaml.kind(of: node) == .mapping, let t = schema.typeIndex(name) else { return wrong(&self) }
      return decodeObject(
        node, type: t, parent: owner.index, parentField: UInt16(fieldIndex), listIndex: -1
      ).map { .object($0) } ?? .invalid
    default:
      guard yaml.kind(of: node) == .scalar else { return wrong(&self) }
      // The common cases, read from the bytes without making a string.
      switch type {
      case .string where spec.pattern == nil:
        return .string(node)
      case .enumeration(let name):
        if let index = enumIndex(node, enum: name) { return .enumValue(index) }
      default:
        break
      }
      let text = yaml.string(node) ?? ""
      let plain = yaml.scalarStyle(of: node) == .plain
      switch type {
      case .string:
        if let pattern = spec.pattern, let regex = compiled(pattern), (try? regex.wholeMatch(in: text)) == nil {
          schemaFinding(SchemaFindingText.pattern(spec, text), at: node, path: path)
          return .invalid
        }
        return .string(node)
      case .enumeration(let name):
        // Not one of the enum's values (those returned above).
        guard let e = schema.enumType(name) else { return .invalid }
        let suggestion = NameSuggestion.nearest(to: text, in: e.values.map(\.name))
        schemaFinding(SchemaFindingText.enumValue(spec, text, e, suggestion: suggestion), at: node, path: path)
        return .invalid
      case .int:
        guard plain, let value = Int64(text) else { return wrong(&self) }
        return checkRange(spec, Double(value), text, node: node, path: path) ? .int(value) : .invalid
      case .double:
        guard plain, let value = Double(text), value.isFinite else { return wrong(&self) }
        return checkRange(spec, value, text, node: node, path: path) ? .double(value) : .invalid
      case .bool:
        guard plain, text == "true" || text == "false" else { return wrong(&self) }
        return .bool(text == "true")
      case .date:
        guard let date = CalendarDate(text) else {
          if text.utf8.count == 10, text.utf8.filter({ $0 == UInt8(ascii: "-") }).count == 2,
            text.utf8.allSatisfy({ ($0 >= 48 && $0 <= 57) || $0 == UInt8(ascii: "-") })
          {
            schemaFinding(SchemaFindingText.impossibleDate(spec, text), at: node, path: path)
            return .invalid
          }
          return wrong(&self)
        }
        return .date(Int32(date.daysSinceEpoch))
      default:
        return .invalid
      }
    }
  }

  mutating func compiled(_ pattern: String) -> Regex<AnyRegexOutput>? {
    if let cached = patterns[pattern] { return cached }
    let regex = try? Regex(pattern)
    patterns[pattern] = regex
    return regex
  }

  mutating func wrongItem(_ node: YAMLNodeID, expected: FieldType, spec: FieldSpec, path: PathRef) -> DataSlot {
    let found = yaml.kind(of: node) == .scalar ? SchemaFindingText.found(yaml.string(node)) : LocalizedText(vi: "một danh sách", en: "a list")
    let words = SchemaFindingText.kindWords(expected, schema: schema)
    schemaFinding(
      LocalizedText(
        vi: "Mỗi mục của \(SchemaFindingText.field(spec, .vi)) phải là \(words.vi), không phải \(found.vi).",
        en: "each item of \(SchemaFindingText.field(spec, .en)) must be \(words.en), not \(found.en)"),
      at: node, path: path)
    return .invalid
  }

  mutating func checkRange(_ spec: FieldSpec, _ value: Double, _ text: String, node: YAMLNodeID, path: PathRef) -> Bool {
    if let lo = spec.minimum, value < lo {
      schemaFinding(SchemaFindingText.outOfRange(spec, text, min: spec.minimum, max: spec.maximum), at: node, path: path)
      return false
    }
    if let hi = spec.maximum, value > hi {
      schemaFinding(SchemaFindingText.outOfRange(spec, text, min: spec.minimum, max: spec.maximum), at: node, path: path)
      return false
    }
    return true
  }

  mutating func checkUniqueKeys(_ items: [DataSlot], type: ObjectType) {
    guard let keyName = type.key, let keyIndex = type.fieldIndex(keyName) else { return }
    var seen: [String: YAMLNodeID] = [:]
    for case .object(let o) in items {
      guard case .string(let node) = data.slot(o, field: keyIndex) else { continue }
      let value = yaml.string(node) ?? ""
      if let first = seen[value] {
        schemaFinding(
          SchemaFindingText.duplicateKey(type.fields[keyIndex], value, firstLine: yaml.range(of: first).start.line),
          at: node, path: PathRef(owner: o, field: keyName))
      } else {
        seen[value] = node
      }
    }
  }

  /// Checks every reference field names a node that exists under the same ancestor.
  mutating func checkReferences() {
    struct IndexKey: Hashable {
      let within: Int
      let target: Int
    }
    var indexes: [IndexKey: [ObjectID: Set<String>]] = [:]
    func ancestor(_ data: DataDocument, _ o: ObjectID, ofType t: Int) -> ObjectID? {
      var current: ObjectID? = o
      while let c = current {
        if data.typeIndex(of: c) == t { return c }
        current = data.parent(of: c)
      }
      return nil
    }
    for (typeIndex, type) in schema.types.enumerated() {
      for (fieldIndex, spec) in type.fields.enumerated() {
        guard let ref = spec.reference, let within = schema.typeIndex(ref.within) else { continue }
        let targets = ref.targets.compactMap { schema.typeIndex($0) }
        for t in targets where indexes[IndexKey(within: within, target: t)] == nil {
          var index: [ObjectID: Set<String>] = [:]
          for o in data.byType[t] {
            if let a = ancestor(data, o, ofType: within), let k = data.key(of: o) { index[a, default: []].insert(k) }
          }
          indexes[IndexKey(within: within, target: t)] = index
        }
        for o in data.byType[typeIndex] {
          guard case .string(let node) = data.slot(o, field: fieldIndex) else { continue }
          let value = yaml.string(node) ?? ""
          let scope = ancestor(data, o, ofType: within)
          let found = targets.contains { t in
            scope.flatMap { indexes[IndexKey(within: within, target: t)]?[$0]?.contains(value) } ?? false
          }
          if !found {
            schemaFinding(
              SchemaFindingText.danglingReference(
                spec, value, targets: targets.map { schema.types[$0] }, within: schema.types[within]),
              at: node, path: PathRef(owner: o, field: spec.name))
          }
        }
      }
    }
  }
}
