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

  /// The slot of a field of a record, by the field's index in its type.
  @inline(__always)
  func slot(_ object: ObjectID, field: Int) -> DataSlot {
    unpack(slots[Int(objects[Int(object.index)].firstSlot) + field])
  }

  @inline(__always)
  func listCount(_ list: UInt32) -> Int { Int(lists[Int(list)].count) }

  @inline(__always)
  func listItem(_ list: UInt32, _ i: Int) -> DataSlot { unpack(items[Int(lists[Int(list)].first) + i]) }

  /// ``DataDocument/unpack(_:numbers:)`` over the tables held here.
  @inline(__always)
  private func unpack(_ p: PackedSlot) -> DataSlot { DataDocument.unpack(p, numbers: numbers) }

  @inline(__always)
  func fieldIndex(_ type: Int, _ name: String) -> Int? {
    let names = fieldNames[type]
    for i in names.indices where names[i] == name { return i }
    return nil
  }

  /// The index of a list of records by one of their fields; `nil` when an item is not a record.
  func index(of list: UInt32, byField name: String) -> ListIndex? {
    indexes.index(list: list, field: name) { ListIndex(list, field: name, store: self) }
  }

  /// The name of a type's field at a position; `nil` past the last field.
  func fieldName(_ type: Int, _ position: Int) -> String? {
    let names = fieldNames[type]
    return position < names.count ? names[position] : nil
  }

  /// The CEL value of a slot; `nil` for a field left out without a default.
  func value(_ slot: DataSlot, type: Int, field: Int) -> Value? {
    switch slot {
    case .absent:
      // A required field left out has its SCHEMA finding already: a rule reading it is not
      // judged there, rather than failing once per rule and node.
      return required[type][field] ? .error(EvaluationError(Self.invalidDataMessage, kind: .invalidData)) : nil
    case .invalid: return .error(EvaluationError(Self.invalidDataMessage, kind: .invalidData))
    case .defaulted: return defaults[type][field]
    case .string(let node): return .normalizedString(yaml.string(node) ?? "")
    case .enumValue(let index): return enumValues[Int(index)]
    case .int(let i): return .int(i)
    case .double(let d): return .double(d)
    case .bool(let b): return .bool(b)
    case .date(let days): return .timestamp(CELTimestamp(seconds: Int64(days) * 86_400)!)
    case .object(let id): return .object(DataObjectValue(store: self, id: id))
    case .list(let list): return .list(host: DataListValue(store: self, list: list, type: type, field: field))
    }
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
    return store.value(store.slot(id, field: index), type: typeIndex, field: index).map { .value($0) } ?? .absent
  }

  func hasField(_ name: String) -> Bool {
    let typeIndex = store.typeIndex(of: id)
    guard let index = store.fieldIndex(typeIndex, name) else { return false }
    return isSet(index)
  }

  private func isSet(_ field: Int) -> Bool {
    switch store.slot(id, field: field) {
    case .absent, .defaulted, .invalid: return false
    case .string, .enumValue, .int, .double, .bool, .date, .object, .list: return true
    }
  }

  /// The field at a position of the schema's order, once its name is confirmed (a program's
  /// layout and the schema both follow the declaration order).
  func field(at position: Int, named name: String) -> HostField {
    let typeIndex = store.typeIndex(of: id)
    guard store.positionsTrusted || store.fieldName(typeIndex, position) == name else { return field(name) }
    return store.value(store.slot(id, field: position), type: typeIndex, field: position).map { .value($0) }
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
    store.value(store.listItem(list, index), type: type, field: field) ?? .null
  }

  func positions(whereField field: String, mayEqual key: String) -> [Int]? {
    store.index(of: list, byField: field)?.positions(mayEqual: key)
  }
}

/// The items of a list of records grouped by the string one of their fields holds, for joins
/// by id (`commune.units.exists(u, u.id == self.unit && ...)`).
struct ListIndex: Sendable {
  /// Positions of the items whose field holds each string (NFC, as rules read it).
  private var byKey: [String: [Int]] = [:]
  /// Positions of the items whose field holds no string: left out, invalid or of another
  /// type. A rule must read them all.
  private var other: [Int] = []

  /// `nil` when an item of the list is not a record.
  init?(_ list: UInt32, field name: String, store: DataStore) {
    for i in 0..<store.listCount(list) {
      guard case .object(let id) = store.listItem(list, i) else { return nil }
      let type = store.typeIndex(of: id)
      guard let f = store.fieldIndex(type, name),
        case .string(let key)? = store.value(store.slot(id, field: f), type: type, field: f)
      else {
        other.append(i)
        continue
      }
      byKey[key, default: []].append(i)
    }
  }

  func positions(mayEqual key: String) -> [Int] {
    let matching = byKey[key] ?? []
    if other.isEmpty { return matching }
    return (matching + other).sorted()
  }
}

/// The list indexes of one store, made once each and shared between threads.
final class ListIndexes: @unchecked Sendable {
  private let lock = NSLock()
  /// By the field indexed (rules join on a few, so a short scan finds it, without hashing the
  /// name), then by list. Read and written under the lock only.
  @exclusivity(unchecked) private var made: [(field: String, lists: [UInt32: ListIndex?])] = []

  func index(list: UInt32, field: String, make: () -> ListIndex?) -> ListIndex? {
    lock.lock()
    if let f = made.firstIndex(where: { $0.field == field }), let found = made[f].lists[list] {
      lock.unlock()
      return found
    }
    lock.unlock()
    let index = make()
    lock.lock()
    if let f = made.firstIndex(where: { $0.field == field }) {
      made[f].lists[list] = index
    } else {
      made.append((field, [list: index]))
    }
    lock.unlock()
    return index
  }
}
