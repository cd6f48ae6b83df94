import CEL
import Foundation
import YAML

/// The decoded data shared by every value that refers into it.
final class DataStore: Sendable {
  let data: DataDocument
  /// The document's tables, which share their storage with `data`'s. The readers of values
  /// read them here: a call on `data` from a value's reader copies the whole document (every
  /// table retained, then released) on each read.
  private let objects: [DataObject]
  private let slots: [PackedSlot]
  private let lists: [DataList]
  private let items: [PackedSlot]
  private let numbers: [UInt64]
  private let yaml: YAMLDocument
  /// Field names per type, in field order, for lookups by a short scan (faster than hashing
  /// for the dozen fields a type has).
  let fieldNames: [[String]]
  /// What a left-out field with a default reads as, per type and field.
  let defaults: [[Value?]]
  /// The enum values as CEL strings, made once.
  let enumValues: [Value]
  /// Whether each field of each type is required.
  let required: [[Bool]]

  /// Indexes of lists by a field of their records, made when a rule first asks.
  private let indexes = ListIndexes()
  /// Whether the programs that read this data were compiled against the data's own schema, so
  /// that the field positions of their layouts are this data's positions.
  let positionsTrusted: Bool

  init(_ data: DataDocument, compiledAgainst schema: Schema? = nil) {
    self.data = data
    objects = data.objects
    slots = data.slots
    lists = data.lists
    items = data.items
    numbers = data.numbers
    yaml = data.yaml
    positionsTrusted = schema.map { Self.sameLayout($0, data.schema) } ?? false
    enumValues = data.enumValues.map { .normalizedString($0) }
    fieldNames = data.schema.types.map { $0.fields.map(\.name) }
    required = data.schema.types.map { $0.fields.map(\.required) }
    defaults = data.schema.types.map { $0.fields.map { DataStore.defaultValue($0.defaultValue) } }
  }

  /// The message of the error a rule meets when it reads a value that breaks the schema. The
  /// engine does not report such errors: the `SCHEMA` finding already says what is wrong.
  static let invalidDataMessage = "the data here breaks the schema"

  /// Whether two schemas have the same types, in the same order, with the same fields in the
  /// same order.
  static func sameLayout(_ a: Schema, _ b: Schema) -> Bool {
    a.types.count == b.types.count
      && zip(a.types, b.types).allSatisfy { x, y in
        x.name == y.name && x.fields.map(\.name) == y.fields.map(\.name)
      }
  }

  static func defaultValue(_ d: DefaultValue?) -> Value? {
    switch d {
    case .string(let s)?: .normalizedString(s)
    case .int(let i)?: .int(i)
    case .double(let d)?: .double(d)
    case .bool(let b)?: .bool(b)
    case .date(let d)?: d.celTimestamp
    case .emptyList?: .list([])
    case nil: nil
    }
  }

  /// The type of a record, by its index in the schema.
  @inline(__always)
  func typeIndex(of object: ObjectID) -> Int { Int(objects[Int(object.index)].type) }

  /// The record holding this one, or `nil` for the root.
  @inline(__always)
  func parent(of object: ObjectID) -> ObjectID? {
    let p = objects[Int(object.index)].parent
    return p == UInt32.max ? nil : ObjectID(Int(p))
  }

  /// The stored slot of a field of a record, by the field's index in its type.
  @inline(__always)
  func packedSlot(_ object: ObjectID, field: Int) -> PackedSlot {
    slots[Int(objects[Int(object.index)].firstSlot) + field]
  }

  /// A record's type and the stored slot of one of its fields, reading the record once.
  @inline(__always)
  func typeAndSlot(_ object: ObjectID, field: Int) -> (type: Int, slot: PackedSlot) {
    let o = objects[Int(object.index)]
    return (Int(o.type), slots[Int(o.firstSlot) + field])
  }

  @inline(__always)
  func listCount(_ list: UInt32) -> Int { Int(lists[Int(list)].count) }

  /// The stored slot of a list's item.
  @inline(__always)
  func packedItem(_ list: UInt32, _ i: Int) -> PackedSlot { items[Int(lists[Int(list)].first) + i] }

  @inline(__always)
  func fieldIndex(_ type: Int, _ name: String) -> Int? {
    let names = fieldNames[type]
    for i in names.indices where names[i] == name { return i }
    return nil
  }

  /// The index of a list of records by one of their fields; `nil` when an item is not a record.
  func index(of list: UInt32, byField name: String) -> ListIndex? {
    indexes.index(list: list, field: name) {
      ListIndex(list, field: name, store: self, singletons: indexes.singletons(upTo: listCount(list)))
    }
  }

  /// The name of a type's field at a position; `nil` past the last field.
  func fieldName(_ type: Int, _ position: Int) -> String? {
    let names = fieldNames[type]
    return position < names.count ? names[position] : nil
  }

  /// The CEL value of a stored slot; `nil` for a field left out without a default. Read from
  /// the stored slot itself, with no ``DataSlot`` in between.
  @inline(__always)
  func value(_ p: PackedSlot, type: Int, field: Int) -> Value? {
    switch p.tag {
    case .string: return string(YAMLNodeID(index: p.payload))
    case .enumValue: return enumValues[Int(p.payload)]
    case .int: return .int(Int64(Int32(bitPattern: p.payload)))
    case .object: return .object(DataObjectValue(store: self, id: ObjectID(Int(p.payload))))
    case .list: return .list(host: DataListValue(store: self, list: p.payload, type: type, field: field))
    case .date: return .timestamp(CELTimestamp(seconds: Int64(Int32(bitPattern: p.payload)) * 86_400)!)
    case .bool: return .bool(p.payload != 0)
    case .absent:
      // A required field left out has its SCHEMA finding already: a rule reading it is not
      // judged there, rather than failing once per rule and node.
      return required[type][field] ? .error(EvaluationError(Self.invalidDataMessage, kind: .invalidData)) : nil
    case .invalid: return .error(EvaluationError(Self.invalidDataMessage, kind: .invalidData))
    case .defaulted: return defaults[type][field]
    case .wideInt: return .int(Int64(bitPattern: numbers[Int(p.payload)]))
    case .double: return .double(Double(bitPattern: numbers[Int(p.payload)]))
    }
  }

  /// A string slot's value. Text that is all ASCII is in NFC already: only other text is
  /// normalised.
  @inline(__always)
  private func string(_ node: YAMLNodeID) -> Value {
    yaml.withScalarBytes(node) { bytes in
      let text = String(decoding: bytes, as: UTF8.self)
      return DataStore.isASCII(bytes) ? .string(text) : .normalizedString(text)
    }
  }

  /// Calls `body` with the UTF-8 of the NFC string a slot reads as (what ``value(_:type:field:)``
  /// would wrap in `.string`); returns `nil` without calling it when the slot reads as no
  /// string. ASCII text is read in place.
  func withKeyBytes<R>(
    _ p: PackedSlot, type: Int, field: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R
  ) -> R? {
    switch p.tag {
    case .string:
      let node = YAMLNodeID(index: p.payload)
      if let ascii = yaml.withScalarBytes(node, { DataStore.isASCII($0) ? body($0) : nil }) { return ascii }
    case .enumValue, .defaulted: break
    case .absent, .invalid, .int, .wideInt, .double, .bool, .date, .object, .list: return nil
    }
    guard case .string(var text)? = value(p, type: type, field: field) else { return nil }
    return text.withUTF8 { body($0) }
  }

  /// Whether every byte is ASCII, eight at a time.
  @inline(__always)
  static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = bytes.baseAddress else { return true }
    let raw = UnsafeRawPointer(base)
    let count = bytes.count
    var i = 0
    while i + 8 <= count {
      if raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { return false }
      i += 8
    }
    while i < count {
      if base[i] >= 0x80 { return false }
      i += 1
    }
    return true
  }
}

/// A record of the submission as a CEL object: fields are read from the decoded slots on
/// demand.
final class DataObjectValue: HostObject {
  let store: DataStore
  let id: ObjectID

  init(store: DataStore, id: ObjectID) {
    self.store = store
    self.id = id
  }

  var typeName: String { store.data.type(of: id).name }

  func field(_ name: String) -> HostField {
    let typeIndex = store.typeIndex(of: id)
    guard let index = store.fieldIndex(typeIndex, name) else { return .absent }
    return store.value(store.packedSlot(id, field: index), type: typeIndex, field: index).map { .value($0) }
      ?? .absent
  }

  func hasField(_ name: String) -> Bool {
    let typeIndex = store.typeIndex(of: id)
    guard let index = store.fieldIndex(typeIndex, name) else { return false }
    return isSet(index)
  }

  private func isSet(_ field: Int) -> Bool {
    switch store.packedSlot(id, field: field).tag {
    case .absent, .defaulted, .invalid: return false
    case .string, .enumValue, .int, .wideInt, .double, .bool, .date, .object, .list: return true
    }
  }

  /// The field at a position of the schema's order, once its name is confirmed (a program's
  /// layout and the schema both follow the declaration order).
  func field(at position: Int, named name: String) -> HostField {
    guard store.positionsTrusted else { return untrustedField(at: position, named: name) }
    let (typeIndex, slot) = store.typeAndSlot(id, field: position)
    return store.value(slot, type: typeIndex, field: position).map { .value($0) } ?? .absent
  }

  /// ``field(at:named:)`` when the program was compiled against another schema.
  private func untrustedField(at position: Int, named name: String) -> HostField {
    let typeIndex = store.typeIndex(of: id)
    guard store.fieldName(typeIndex, position) == name else { return field(name) }
    return store.value(store.packedSlot(id, field: position), type: typeIndex, field: position).map { .value($0) }
      ?? .absent
  }

  func hasField(at position: Int, named name: String) -> Bool {
    guard store.positionsTrusted || store.fieldName(store.typeIndex(of: id), position) == name else {
      return hasField(name)
    }
    return isSet(position)
  }

  var fieldNames: [String] {
    let type = store.data.type(of: id)
    return type.fields.enumerated().compactMap { i, f in
      store.data.slot(id, field: i) == .absent ? nil : f.name
    }
  }
}

/// A list of the submission as a CEL list, its items made on demand.
final class DataListValue: HostList {
  let store: DataStore
  let list: UInt32
  /// The type and field holding the list.
  let type: Int
  let field: Int

  init(store: DataStore, list: UInt32, type: Int, field: Int) {
    self.store = store
    self.list = list
    self.type = type
    self.field = field
  }

  var count: Int { store.listCount(list) }

  func element(at index: Int) -> Value {
    store.value(store.packedItem(list, index), type: type, field: field) ?? .null
  }

  func positions(whereField field: String, mayEqual key: String) -> [Int]? {
    store.index(of: list, byField: field)?.positions(mayEqual: key)
  }
}
