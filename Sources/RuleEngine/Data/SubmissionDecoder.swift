import SourceDiagnostics
import YAML

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

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
    yaml.withUnsafeView { view in
      var state = DecodeState(yaml: yaml, view: view, schema: schema)
      state.decodeRoot()
      return DecodeResult(
        data: state.failed ? nil : state.data, findings: state.findings, diagnostics: state.diagnostics)
    }
  }
}

/// What the decoder reads and never changes: the document's tables and the plan, with the
/// readers of values that need nothing else. A class, so that calling them copies no state.
private final class DecodeReader {
  let view: YAMLDocument.UnsafeView
  let plan: DecodePlan

  init(view: YAMLDocument.UnsafeView, plan: DecodePlan) {
    self.view = view
    self.plan = plan
  }

  /// The index of the field a key names, comparing bytes; `guess` (the field after the one
  /// before, as files mostly follow the schema's order) is tried first.
  func fieldIndex(_ key: YAMLNodeID, type: DecodePlan.TypeInfo, guess: Int) -> Int? {
    guard view.kind(of: key) == .scalar else { return nil }
    let k = view.bytes(of: key)
    return plan.bytes.withUnsafeBufferPointer { names -> Int? in
      func matches(_ i: Int) -> Bool {
        let f = plan.fields[type.firstField + i]
        return Int(f.nameCount) == k.count && DecodeReader.equal(names, Int(f.nameStart), k)
      }
      if guess < type.fieldCount, matches(guess) { return guess }
      for i in 0..<type.fieldCount where i != guess && matches(i) { return i }
      return nil
    }
  }

  /// Whether `count(b)` bytes of `a` from `start` are `b`.
  @inline(__always)
  static func equal(_ a: UnsafeBufferPointer<UInt8>, _ start: Int, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
    b.count == 0 || memcmp(a.baseAddress! + start, b.baseAddress!, b.count) == 0
  }

  /// The slot of an enum value the node holds, if the enum has it.
  func enumSlot(_ node: YAMLNodeID, enum index: Int) -> DataSlot? {
    let e = plan.enums[index]
    let v = view.bytes(of: node)
    return plan.bytes.withUnsafeBufferPointer { all -> DataSlot? in
      for i in 0..<e.count {
        let span = plan.values[e.firstValue + i]
        if Int(span.count) == v.count && DecodeReader.equal(all, Int(span.start), v) {
          return .enumValue(e.base + UInt32(i))
        }
      }
      return nil
    }
  }

  /// A decimal integer as `Int64(_:)` reads it (a sign, then digits), for up to 18 digits; `nil`
  /// for anything else, which the general path then reads.
  static func parseInt(_ b: UnsafeBufferPointer<UInt8>) -> Int64? {
    var i = 0
    var negative = false
    if b.count > 0 && (b[0] == UInt8(ascii: "-") || b[0] == UInt8(ascii: "+")) {
      negative = b[0] == UInt8(ascii: "-")
      i = 1
    }
    guard b.count - i >= 1, b.count - i <= 18 else { return nil }
    var value: Int64 = 0
    while i < b.count {
      let digit = b[i] &- 48
      guard digit < 10 else { return nil }
      value = value * 10 + Int64(digit)
      i += 1
    }
    return negative ? -value : value
  }

  /// The slot of a scalar that is valid as `kind`, read from its bytes; `nil` when it is not
  /// (or not surely), for the general path to read and report.
  func scalarSlot(_ node: YAMLNodeID, _ kind: DecodePlan.Resolved, minimum: Double, maximum: Double) -> DataSlot? {
    guard view.kind(of: node) == .scalar else { return nil }
    switch kind.kind {
    case .string:
      return .string(node)
    case .enumeration:
      return enumSlot(node, enum: Int(kind.index))
    case .int:
      guard view.isPlainScalar(node), let value = DecodeReader.parseInt(view.bytes(of: node)) else { return nil }
      let d = Double(value)
      return d < minimum || d > maximum ? nil : .int(value)
    case .bool:
      guard view.isPlainScalar(node) else { return nil }
      let b = view.bytes(of: node)
      if b.count == 4 && b[0] == UInt8(ascii: "t") && b[1] == UInt8(ascii: "r") && b[2] == UInt8(ascii: "u")
        && b[3] == UInt8(ascii: "e")
      {
        return .bool(true)
      }
      if b.count == 5 && b[0] == UInt8(ascii: "f") && b[1] == UInt8(ascii: "a") && b[2] == UInt8(ascii: "l")
        && b[3] == UInt8(ascii: "s") && b[4] == UInt8(ascii: "e")
      {
        return .bool(false)
      }
      return nil
    case .date:
      return CalendarDate(utf8: view.bytes(of: node)).map { .date(Int32($0.daysSinceEpoch)) }
    default:
      return nil
    }
  }

  /// FNV-1a of a scalar's bytes, and whether they are all ASCII (where byte equality is
  /// string equality; other text is compared as strings, which equate canonically
  /// equivalent spellings).
  func hash(_ node: YAMLNodeID) -> (hash: UInt64, ascii: Bool) {
    let bytes = view.bytes(of: node)
    return (Repeats.hash(bytes), bytes.allSatisfy { $0 < 0x80 })
  }

  /// Whether two scalars hold the same bytes.
  func sameBytes(_ a: YAMLNodeID, _ b: YAMLNodeID) -> Bool {
    let x = view.bytes(of: a)
    let y = view.bytes(of: b)
    return x.count == y.count && DecodeReader.equal(x, 0, y)
  }
}

private struct DecodeState {
  let yaml: YAMLDocument
  let schema: Schema
  let plan: DecodePlan
  let reader: DecodeReader
  var data: DataDocument
  var findings: [Finding] = []
  var diagnostics = Diagnostics()
  var failed = false
  /// Compiled `pattern`s, by their text.
  var patterns: [String: Regex<AnyRegexOutput>?] = [:]
  /// The keys of one list, while its uniqueness is checked: reused from list to list.
  var keys: [(hash: UInt64, position: Int32, node: YAMLNodeID)] = []

  init(yaml: YAMLDocument, view: YAMLDocument.UnsafeView, schema: Schema) {
    self.yaml = yaml
    self.schema = schema
    self.plan = DecodePlan(schema: schema)
    self.reader = DecodeReader(view: view, plan: plan)
    self.data = DataDocument(yaml: yaml, schema: schema)
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
    data.slots.append(contentsOf: repeatElement(PackedSlot.absent, count: info.fieldCount))
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
      let slot = decodeField(
        pair.value, plan.fields[info.firstField + fieldIndex], owner: id, type: typeIndex, field: fieldIndex)
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

  /// Decodes the value of a field: the common cases by the plan, the rest (and every break)
  /// by the general path.
  mutating func decodeField(
    _ node: YAMLNodeID, _ field: DecodePlan.Field, owner: ObjectID, type typeIndex: Int, field fieldIndex: Int
  ) -> DataSlot {
    switch field.value.kind {
    case .object:
      if reader.view.kind(of: node) == .mapping {
        return .object(
          decodeObject(
            node, type: Int(field.value.index), parent: owner.index, parentField: UInt16(fieldIndex),
            listIndex: -1))
      }
    case .list:
      if reader.view.kind(of: node) == .sequence {
        return decodeList(
          node, element: field.element, elementType: nil, minimum: field.minimum, maximum: field.maximum,
          owner: owner, type: typeIndex, field: fieldIndex)
      }
    case .general:
      break
    default:
      if let slot = reader.scalarSlot(node, field.value, minimum: field.minimum, maximum: field.maximum) { return slot }
    }
    let spec = schema.types[typeIndex].fields[fieldIndex]
    return decodeValue(
      node, type: spec.type, spec: spec, owner: owner, typeIndex: typeIndex, fieldIndex: fieldIndex,
      path: PathRef(owner: owner, field: spec.name))
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
    data.items.append(contentsOf: repeatElement(PackedSlot.absent, count: count))
    for i in 0..<count {
      let item = reader.view.child(items.start + i)
      var slot: DataSlot?
      switch element.kind {
      case .object:
        if reader.view.kind(of: item) == .mapping {
          slot = .object(
            decodeObject(
              item, type: Int(element.index), parent: owner.index, parentField: UInt16(fieldIndex),
              listIndex: Int32(i)))
        } else {
          let spec = schema.types[typeIndex].fields[fieldIndex]
          slot = wrongItem(
            item, expected: elementType ?? spec.type.listElement, spec: spec,
            path: PathRef(owner: owner, field: spec.name, index: i))
        }
      case .list, .general:
        break
      default:
        slot = reader.scalarSlot(item, element, minimum: minimum, maximum: maximum)
      }
      if slot == nil {
        let spec = schema.types[typeIndex].fields[fieldIndex]
        slot = decodeValue(
          item, type: elementType ?? spec.type.listElement, spec: spec, owner: owner, typeIndex: typeIndex,
          fieldIndex: fieldIndex, path: PathRef(owner: owner, field: spec.name, index: i))
      }
      let packed = data.pack(slot!)
      data.items[first + i] = packed
    }
    if element.kind == .object {
      let keyField = plan.types[Int(element.index)].keyField
      if keyField >= 0 { checkUniqueKeys(first..<first + count, type: Int(element.index), keyField: keyField) }
    }
    return .list(listID)
  }

  /// The general path: reads a value of any type, and reports whatever breaks the schema.
  mutating func decodeValue(
    _ node: YAMLNodeID, type: FieldType, spec: FieldSpec, owner: ObjectID, typeIndex: Int, fieldIndex: Int,
    path: PathRef
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
      return decodeList(
        node, element: DecodePlan.resolve(element, spec, schema), elementType: element,
        minimum: spec.minimum ?? -.infinity, maximum: spec.maximum ?? .infinity, owner: owner, type: typeIndex,
        field: fieldIndex)
    case .object(let name):
      guard yaml.kind(of: node) == .mapping, let t = schema.typeIndex(name) else { return wrong(&self) }
      return .object(
        decodeObject(node, type: t, parent: owner.index, parentField: UInt16(fieldIndex), listIndex: -1))
    default:
      guard yaml.kind(of: node) == .scalar else { return wrong(&self) }
      // The common cases, read from the bytes without making a string.
      switch type {
      case .string where spec.pattern == nil:
        return .string(node)
      case .enumeration(let name):
        if let e = schema.enums.lastIndex(where: { $0.name == name }), let slot = reader.enumSlot(node, enum: e) {
          return slot
        }
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

  /// Reports every item of a list of records whose key repeats an earlier item's.
  mutating func checkUniqueKeys(_ positions: Range<Int>, type typeIndex: Int, keyField: Int) {
    keys.removeAll(keepingCapacity: true)
    var ascii = true
    for p in positions {
      guard case .object(let o) = data.unpack(data.items[p]), case .string(let node) = slot(o, keyField) else {
        continue
      }
      let h = reader.hash(node)
      ascii = ascii && h.ascii
      keys.append((h.hash, Int32(p), node))
    }
    guard keys.count > 1 else { return }
    guard ascii else {
      checkUniqueKeysByText(positions, type: typeIndex, keyField: keyField)
      return
    }
    // Pairs of (repeat, first) positions in `keys`.
    let reader = self.reader
    let keys = self.keys
    let repeats = Repeats.find(hashes: keys.map(\.hash)) { reader.sameBytes(keys[$0].node, keys[$1].node) }
    guard !repeats.isEmpty else { return }
    let type = schema.types[typeIndex]
    for (again, first) in repeats {
      let node = keys[again].node
      guard case .object(let o) = data.unpack(data.items[Int(keys[again].position)]) else { continue }
      schemaFinding(
        SchemaFindingText.duplicateKey(
          type.fields[keyField], yaml.string(node) ?? "", firstLine: yaml.range(of: keys[first].node).start.line),
        at: node, path: PathRef(owner: o, field: type.fields[keyField].name))
    }
  }

  /// ``checkUniqueKeys(_:type:keyField:)`` comparing the keys as strings.
  mutating func checkUniqueKeysByText(_ positions: Range<Int>, type typeIndex: Int, keyField: Int) {
    let type = schema.types[typeIndex]
    var seen: [String: YAMLNodeID] = [:]
    for p in positions {
      guard case .object(let o) = data.unpack(data.items[p]), case .string(let node) = slot(o, keyField) else {
        continue
      }
      let value = yaml.string(node) ?? ""
      if let first = seen[value] {
        schemaFinding(
          SchemaFindingText.duplicateKey(type.fields[keyField], value, firstLine: yaml.range(of: first).start.line),
          at: node, path: PathRef(owner: o, field: type.fields[keyField].name))
      } else {
        seen[value] = node
      }
    }
  }

  /// The nearest record of a type holding `object` (the record itself included).
  @inline(__always)
  func ancestor(_ object: ObjectID, ofType typeIndex: Int) -> UInt32? {
    var current = object.index
    while current != UInt32.max {
      let o = data.objects[Int(current)]
      if Int(o.type) == typeIndex { return current }
      current = o.parent
    }
    return nil
  }

  /// The keys of the records of one type, by the record of another type that holds them.
  struct KeyIndex {
    struct Key: Hashable {
      var scope: UInt32
      var hash: UInt64
    }
    /// A key node of each (scope, hash).
    var nodes: [Key: YAMLNodeID] = [:]
    /// Whether `nodes` answers exactly: every key is ASCII, and no two keys share a hash.
    var exact = true
    /// The keys as strings, by scope: made when `nodes` cannot answer.
    var strings: [UInt32: Set<String>]?
  }

  func keyIndex(within: Int, target: Int) -> KeyIndex {
    var index = KeyIndex()
    let keyField = plan.types[target].keyField
    guard keyField >= 0 else { return index }
    for o in data.byType[target] {
      guard let scope = ancestor(o, ofType: within), case .string(let node) = slot(o, keyField) else { continue }
      let h = reader.hash(node)
      if !h.ascii { index.exact = false }
      let key = KeyIndex.Key(scope: scope, hash: h.hash)
      if let other = index.nodes[key] {
        if !reader.sameBytes(other, node) { index.exact = false }
      } else {
        index.nodes[key] = node
      }
    }
    return index
  }

  func keyStrings(within: Int, target: Int) -> [UInt32: Set<String>] {
    var strings: [UInt32: Set<String>] = [:]
    let keyField = plan.types[target].keyField
    guard keyField >= 0 else { return strings }
    for o in data.byType[target] {
      guard let scope = ancestor(o, ofType: within), case .string(let node) = slot(o, keyField) else { continue }
      strings[scope, default: []].insert(yaml.string(node) ?? "")
    }
    return strings
  }

  /// Checks every reference field names a node that exists under the same ancestor.
  mutating func checkReferences() {
    struct IndexKey: Hashable {
      let within: Int
      let target: Int
    }
    var indexes: [IndexKey: KeyIndex] = [:]
    for (typeIndex, type) in schema.types.enumerated() {
      for (fieldIndex, spec) in type.fields.enumerated() {
        guard let ref = spec.reference, let within = schema.typeIndex(ref.within) else { continue }
        let targets = ref.targets.compactMap { schema.typeIndex($0) }
        var local: [KeyIndex] = []
        for t in targets {
          let key = IndexKey(within: within, target: t)
          if indexes[key] == nil { indexes[key] = keyIndex(within: within, target: t) }
          local.append(indexes[key]!)
        }
        for o in data.byType[typeIndex] {
          guard case .string(let node) = slot(o, fieldIndex) else { continue }
          var found = false
          if let scope = ancestor(o, ofType: within) {
            let h = reader.hash(node)
            for k in local.indices {
              if local[k].exact && h.ascii {
                if let other = local[k].nodes[KeyIndex.Key(scope: scope, hash: h.hash)], reader.sameBytes(other, node) {
                  found = true
                }
              } else {
                if local[k].strings == nil { local[k].strings = keyStrings(within: within, target: targets[k]) }
                found = local[k].strings![scope]?.contains(yaml.string(node) ?? "") ?? false
              }
              if found { break }
            }
          }
          if !found {
            schemaFinding(
              SchemaFindingText.danglingReference(
                spec, yaml.string(node) ?? "", targets: targets.map { schema.types[$0] }, within: schema.types[within]),
              at: node, path: PathRef(owner: o, field: spec.name))
          }
        }
      }
    }
  }
}

extension FieldType {
  /// The type of a list's items (the type itself for anything else).
  fileprivate var listElement: FieldType {
    if case .list(let e) = self { return e }
    return self
  }
}
