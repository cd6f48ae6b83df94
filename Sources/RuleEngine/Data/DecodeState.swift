import SourceDiagnostics
import YAML

/// One decoding in progress: the data built so far, the findings, and the caches the checks
/// reuse. The fast path (``DecodeReader``) reads the common values; the general path
/// (`DecodeState+GeneralPath.swift`) reads the rest and reports every break; duplicate keys
/// and references are checked once the tree is built.
struct DecodeState {
  let yaml: YAMLDocument
  let schema: Schema
  let plan: DecodePlan
  let reader: DecodeReader
  var data: DataDocument
  var findings: [Finding] = []
  var diagnostics = Diagnostics()
  var failed = false
  /// The folded spellings of the enums whose values were misspelt, by enum name.
  var enumForms: [String: EnumSpelling.Forms] = [:]
  /// Compiled `pattern`s, by their text.
  var patterns: [String: Regex<AnyRegexOutput>?] = [:]
  /// The keys of one list, while its uniqueness is checked: reused from list to list.
  var keys: [(hash: UInt64, position: Int32, node: YAMLNodeID)] = []
  /// The table of ``repeatedKeys()``: by hash, the first of `keys` with it (-1: none).
  var firstOfHash: [Int32] = []
  /// Set when this decoding makes pieces of a list for another (`DecodeState+Pieces.swift`).
  let piece: PieceContext?
  /// As many absent slots as the widest type has fields (and at least 64): what a record's
  /// slots, or a short list's items, start as, appended as one contiguous run.
  let absentSlots: [PackedSlot]
  /// Whether a list is being decoded on two threads now, and how many were.
  var sharing = false
  var sharedLists = 0
  /// The fewest nodes of a document whose largest list is decoded on two threads.
  var shareAbove: Int

  init(
    yaml: YAMLDocument, view: YAMLDocument.UnsafeView, schema: Schema, piece: PieceContext? = nil,
    shareAbove: Int = SubmissionDecoder.defaultShareAbove
  ) {
    self.yaml = yaml
    self.schema = schema
    self.plan = DecodePlan(schema: schema)
    self.absentSlots = Array(repeating: .absent, count: Swift.max(64, plan.types.map(\.fieldCount).max() ?? 0))
    self.reader = DecodeReader(view: view, plan: plan)
    self.data = DataDocument(yaml: yaml, schema: schema)
    self.piece = piece
    self.shareAbove = shareAbove
    guard piece == nil else { return }
    // Room for what a file of this many nodes usually decodes to, so that the tables do not
    // grow and copy themselves mid-decode; capacity never touched is never resident.
    let nodes = yaml.nodeCount
    data.objects.reserveCapacity(nodes / 8 + 16)
    data.slots.reserveCapacity(nodes + 64)
    data.lists.reserveCapacity(nodes / 32 + 16)
    data.items.reserveCapacity(nodes / 8 + 16)
  }

  /// The slot of a field of a record.
  @inline(__always)
  func slot(_ object: ObjectID, _ field: Int) -> DataSlot {
    data.unpack(data.slots[Int(data.objects[Int(object.index)].firstSlot) + field])
  }

  /// Where a value sits, turned into a data path only when a finding needs it (building paths
  /// for every value would cost more than the decoding itself).
  struct PathRef {
    var owner: ObjectID?
    var field: String?
    var index: Int?

  }

  /// The text of a path.
  func text(_ path: PathRef) -> String {
    var text = path.owner.map { recordPath($0) } ?? ""
    if let field = path.field { text = text.isEmpty ? field : "\(text).\(field)" }
    if let index = path.index { text += "[\(index)]" }
    return text
  }

  mutating func schemaFinding(_ message: LocalizedText, at node: YAMLNodeID, path: PathRef) {
    findings.append(
      Finding(
        rule: Finding.schemaRule, kind: .schema, severity: .error, message: message,
        location: yaml.location(of: node), path: text(path)))
  }

  mutating func decodeRoot() {
    let root = yaml.root
    guard let rootType = schema.typeIndex(schema.root) else {
      diagnostics.append(.error("schema.no-root", InputMessage.noRoot(["root": schema.root]), at: nil))
      failed = true
      return
    }
    guard yaml.kind(of: root) == .mapping else {
      diagnostics.append(
        .error(
          "data.not-a-submission",
          InputMessage.notASubmission(
            localized: [
              "file": .init(verbatim: yaml.file), "found": NodeReader.describe(yaml, root),
              "fields": .init(
                verbatim: (schema.type(schema.root)?.fields.prefix(3).map { "`\($0.name)`" } ?? []).joined(
                  separator: ", ")),
            ]),
          at: yaml.location(of: root)))
      failed = true
      return
    }
    if let expected = schema.submissionFormat, let formatField = schema.formatVersionField {
      guard let f = yaml.value(forKey: formatField, in: root) else {
        diagnostics.append(
          .error(
            "data.no-format", InputMessage.noFormat(["file": yaml.file, "field": formatField, "expected": expected]),
            at: yaml.location(of: root)))
        failed = true
        return
      }
      guard yaml.scalar(f, equals: expected) else {
        diagnostics.append(
          .error(
            "data.unknown-format",
            InputMessage.unknownFormat(
              localized: ["found": NodeReader.describe(yaml, f), "expected": .init(verbatim: expected)]),
            at: yaml.location(of: f)))
        failed = true
        return
      }
    }
    _ = decodeObject(root, type: rootType, parent: UInt32.max, parentField: 0, listIndex: -1)
    checkReferences()
  }

  /// Decodes a mapping as a record of the type; returns its id.
  mutating func decodeObject(
    _ node: YAMLNodeID, type typeIndex: Int, parent: UInt32, parentField: UInt16, listIndex: Int32
  ) -> ObjectID {
    let info = plan.types[typeIndex]
    let id = ObjectID(data.objects.count)
    let firstSlot = data.slots.count
    data.objects.append(
      DataObject(
        node: node, parent: parent, listIndex: listIndex, firstSlot: UInt32(firstSlot), type: UInt16(typeIndex),
        parentField: parentField))
    data.byType[typeIndex].append(id)
    data.slots.append(contentsOf: absentSlots[0..<info.fieldCount])
    var seenNull: Set<Int> = []
    var guess = 0
    let pairs = reader.view.pairs(of: node)
    for p in 0..<pairs.count {
      let pair = (key: reader.view.child(pairs.start + 2 * p), value: reader.view.child(pairs.start + 2 * p + 1))
      guard let fieldIndex = reader.fieldIndex(pair.key, type: info, guess: guess) else {
        let type = schema.types[typeIndex]
        let name = yaml.string(pair.key) ?? ""
        let suggestion = NameSuggestion.nearest(to: name, in: type.fields.map(\.name))
        schemaFinding(
          SchemaFindingText.unknownField(name, in: type, suggestion: suggestion), at: pair.key,
          path: PathRef(owner: id, field: name))
        continue
      }
      guess = fieldIndex + 1
      if reader.view.isNull(pair.value) {  // `field:` with nothing after it: left out
        seenNull.insert(fieldIndex)
        continue
      }
      let field = plan.fields[info.firstField + fieldIndex]
      var slot = decodeField(pair.value, field, owner: id, type: typeIndex, field: fieldIndex)
      if case .string(let text) = slot, field.required,
        reader.view.bytes(of: text).allSatisfy({ $0 == UInt8(ascii: " ") })
      {
        slot = blankRequired(pair.value, type: typeIndex, field: fieldIndex, owner: id)
      }
      let packed = data.pack(slot)
      data.slots[firstSlot + fieldIndex] = packed
    }
    for i in 0..<info.fieldCount {
      guard data.slots[firstSlot + i].tag == .absent else { continue }
      let field = plan.fields[info.firstField + i]
      if field.required {
        // A present-but-null required field is reported as missing too.
        let type = schema.types[typeIndex]
        schemaFinding(SchemaFindingText.missing(type.fields[i], in: type), at: node, path: PathRef(owner: id))
        if seenNull.contains(i) { data.slots[firstSlot + i] = .invalid }
      } else if field.hasDefault {
        data.slots[firstSlot + i] = .defaulted
      }
    }
    return id
  }

  /// A required text written empty (`name: ""`, as a blank form leaves it): reported as not
  /// filled in, at the value, and held as invalid.
  mutating func blankRequired(
    _ node: YAMLNodeID, type typeIndex: Int, field fieldIndex: Int, owner: ObjectID
  )
    -> DataSlot
  {
    let type = schema.types[typeIndex]
    let spec = type.fields[fieldIndex]
    schemaFinding(
      DataEntryMessage.blankRequired(
        localized: [
          "field": LocalizedText(vi: SchemaFindingText.field(spec, .vi), en: SchemaFindingText.field(spec, .en)),
          "type": LocalizedText(vi: SchemaFindingText.typeName(type, .vi), en: SchemaFindingText.typeName(type, .en)),
        ]), at: node, path: PathRef(owner: owner, field: spec.name))
    return .invalid
  }

  /// Decodes the value of a field: the common cases by the plan, the rest (and every break)
  /// by the general path.
  @inline(__always)
  mutating func decodeField(
    _ node: YAMLNodeID, _ field: DecodePlan.Field, owner: ObjectID, type typeIndex: Int, field fieldIndex: Int
  ) -> DataSlot {
    #if !DQTV_WITHOUT_SAFETY  // scripts/safety_cost.sh measures the check without it
      if let tag = yaml.tag(of: node) {
        let spec = schema.types[typeIndex].fields[fieldIndex]
        if refuses(tag, on: node, type: spec.type, spec: spec, path: PathRef(owner: owner, field: spec.name)) {
          return .invalid
        }
      }
    #endif
    switch field.value.kind {
    case .object:
      if reader.isMapping(node) {
        return .object(
          decodeObject(
            node, type: Int(field.value.index), parent: owner.index, parentField: UInt16(fieldIndex),
            listIndex: -1))
      }
    case .list:
      if reader.isSequence(node) {
        return decodeList(
          node, element: field.element, elementType: nil, minimum: field.minimum, maximum: field.maximum,
          owner: owner, type: typeIndex, field: fieldIndex)
      }
    case .general:
      break
    case .string, .enumeration, .int, .bool, .date:
      if let slot = reader.scalarSlot(node, field.value, minimum: field.minimum, maximum: field.maximum) { return slot }
    }
    let spec = schema.types[typeIndex].fields[fieldIndex]
    return decodeValue(
      node, type: spec.type, spec: spec, owner: owner, typeIndex: typeIndex, fieldIndex: fieldIndex,
      path: PathRef(owner: owner, field: spec.name))
  }

  /// How the items of one list are read.
  struct ListItem {
    var element: DecodePlan.Resolved
    /// The type of the items, when it is not the field's list type.
    var elementType: FieldType?
    var minimum: Double
    var maximum: Double
    /// The record holding the list, and the field it is in.
    var owner: ObjectID
    var type: Int
    var field: Int
  }

  /// Decodes a sequence as a list whose items are read as `element` (of the type `elementType`,
  /// or else of the field's list type).
  mutating func decodeList(
    _ node: YAMLNodeID, element: DecodePlan.Resolved, elementType: FieldType?, minimum: Double, maximum: Double,
    owner: ObjectID, type typeIndex: Int, field fieldIndex: Int
  ) -> DataSlot {
    let items = reader.view.items(of: node)
    let count = items.count
    let listID = UInt32(data.lists.count)
    let first = data.items.count
    data.lists.append(DataList(node: node, first: UInt32(first), count: UInt32(count)))
    if count <= absentSlots.count {
      data.items.append(contentsOf: absentSlots[0..<count])
    } else {
      data.items.append(contentsOf: repeatElement(PackedSlot.absent, count: count))
    }
    let list = ListItem(
      element: element, elementType: elementType, minimum: minimum, maximum: maximum, owner: owner, type: typeIndex,
      field: fieldIndex)
    if sharesWork(node, items: items, element: element) {
      decodeSharing(items, list, first: first)
    } else {
      for i in 0..<count {
        data.items[first + i] = data.pack(decodeItem(reader.view.child(items.start + i), at: i, list))
      }
    }
    if element.kind == .object {
      let keyField = plan.types[Int(element.index)].keyField
      if keyField >= 0 { checkUniqueKeys(first..<first + count, type: Int(element.index), keyField: keyField) }
    }
    return .list(listID)
  }

  /// Decodes the item at `i` of a list.
  mutating func decodeItem(_ item: YAMLNodeID, at i: Int, _ list: ListItem) -> DataSlot {
    let (element, owner, typeIndex, fieldIndex) = (list.element, list.owner, list.type, list.field)
    var slot: DataSlot?
    #if !DQTV_WITHOUT_SAFETY  // scripts/safety_cost.sh measures the check without it
      if let tag = yaml.tag(of: item) {
        let spec = schema.types[typeIndex].fields[fieldIndex]
        let type = list.elementType ?? spec.type.listElement
        if refuses(tag, on: item, type: type, spec: spec, path: PathRef(owner: owner, field: spec.name, index: i)) {
          slot = .invalid
        }
      }
    #endif
    switch slot == nil ? element.kind : .general {
    case .object:
      if reader.isMapping(item) {
        slot = .object(
          decodeObject(
            item, type: Int(element.index), parent: owner.index, parentField: UInt16(fieldIndex),
            listIndex: Int32(i)))
      } else {
        let spec = schema.types[typeIndex].fields[fieldIndex]
        slot = wrongItem(
          item, expected: list.elementType ?? spec.type.listElement, spec: spec,
          path: PathRef(owner: owner, field: spec.name, index: i))
      }
    case .list, .general:
      break
    case .string, .enumeration, .int, .bool, .date:
      slot = reader.scalarSlot(item, element, minimum: list.minimum, maximum: list.maximum)
    }
    if let slot { return slot }
    let spec = schema.types[typeIndex].fields[fieldIndex]
    return decodeValue(
      item, type: list.elementType ?? spec.type.listElement, spec: spec, owner: owner, typeIndex: typeIndex,
      fieldIndex: fieldIndex, path: PathRef(owner: owner, field: spec.name, index: i))
  }
}

extension FieldType {
  /// The type of a list's items (the type itself for anything else).
  var listElement: FieldType {
    if case .list(let e) = self { return e }
    return self
  }
}
