import SourceDiagnostics
import YAML

/// The index of a record in a ``DataDocument``.
package struct ObjectID: Hashable, Comparable, Sendable {
  package let index: UInt32
  init(_ index: Int) { self.index = UInt32(truncatingIfNeeded: index) }
  package static func < (lhs: ObjectID, rhs: ObjectID) -> Bool { lhs.index < rhs.index }
}

/// The decoded value of one field or list item. Strings stay in the YAML document's arena and
/// are named by their node; records and lists by their index.
package enum DataSlot: Hashable, Sendable {
  /// Left out, with no default.
  case absent
  /// Left out; the schema's default applies.
  case defaulted
  /// Present but breaking the schema (a `SCHEMA` finding says why); rules see it as absent.
  case invalid
  case string(YAMLNodeID)
  /// An enum value, by its index in ``DataDocument/enumValues`` (the text is the schema's).
  case enumValue(UInt32)
  case int(Int64)
  case double(Double)
  case bool(Bool)
  /// Days since 1970-01-01.
  case date(Int32)
  case object(ObjectID)
  case list(UInt32)
}

/// A slot as the document stores it: a tag and a 32-bit payload, 8 bytes. The bits of an int
/// that does not fit in 32 bits, and of every double, are kept in the document's side table
/// and the payload names their place there.
struct PackedSlot: Equatable {
  var payload: UInt32
  var tag: Tag

  enum Tag: UInt8 {
    case absent, defaulted, invalid, string, enumValue, int, wideInt, double, bool, date, object, list
  }

  static let absent = PackedSlot(payload: 0, tag: .absent)
  static let defaulted = PackedSlot(payload: 0, tag: .defaulted)
  static let invalid = PackedSlot(payload: 0, tag: .invalid)
}

/// A record of the data: its type, its node, where it hangs, and its fields' slots (20 bytes).
struct DataObject {
  var node: YAMLNodeID
  /// The record holding this one; `UInt32.max` for the root.
  var parent: UInt32
  /// The position in the parent's list; -1 when the field holds the record directly.
  var listIndex: Int32
  var firstSlot: UInt32
  var type: UInt16
  /// The field of the parent that holds this record.
  var parentField: UInt16
}

/// A list of the data: its node and its items' slots.
struct DataList {
  var node: YAMLNodeID
  var first: UInt32
  var count: UInt32
}

/// A submission read against its schema: typed records that refer back to the YAML nodes they
/// came from, so that every value keeps its place in the file.
package struct DataDocument: Sendable {
  package let yaml: YAMLDocument
  package let schema: Schema
  var objects: [DataObject] = []
  var slots: [PackedSlot] = []
  var lists: [DataList] = []
  var items: [PackedSlot] = []
  /// The bits of the ints that do not fit in a slot, and of the doubles.
  var numbers: [UInt64] = []
  /// The records of each type, in document order, by the type's index in the schema.
  var byType: [[ObjectID]]
  /// Every value of every enum of the schema, enum after enum: what `.enumValue` slots name.
  package let enumValues: [String]
  /// Where each enum's values start in ``enumValues``, by enum name.
  let enumOffsets: [String: UInt32]

  init(yaml: YAMLDocument, schema: Schema) {
    self.yaml = yaml
    self.schema = schema
    self.byType = Array(repeating: [], count: schema.types.count)
    var values: [String] = []
    var offsets: [String: UInt32] = [:]
    for e in schema.enums {
      offsets[e.name] = UInt32(values.count)
      values += e.values.map(\.name)
    }
    enumValues = values
    enumOffsets = offsets
  }

  package var file: String { yaml.file }

  /// The root record.
  package var root: ObjectID { ObjectID(0) }

  package var objectCount: Int { objects.count }

  /// The records of a type, in the order they appear in the file.
  package func objects(ofType name: String) -> [ObjectID] {
    guard let i = schema.typeIndex(name) else { return [] }
    return byType[i]
  }

  package func type(of object: ObjectID) -> ObjectType {
    schema.types[Int(objects[Int(object.index)].type)]
  }

  package func typeIndex(of object: ObjectID) -> Int {
    Int(objects[Int(object.index)].type)
  }

  package func node(of object: ObjectID) -> YAMLNodeID { objects[Int(object.index)].node }

  package func location(of object: ObjectID) -> SourceLocation { yaml.location(of: node(of: object)) }

  /// The record holding this one, or `nil` for the root.
  package func parent(of object: ObjectID) -> ObjectID? {
    let p = objects[Int(object.index)].parent
    return p == UInt32.max ? nil : ObjectID(Int(p))
  }

  /// The slot of a field, by the field's index in its type.
  package func slot(_ object: ObjectID, field: Int) -> DataSlot {
    unpack(slots[Int(objects[Int(object.index)].firstSlot) + field])
  }

  /// A slot as it is stored; what ``unpack(_:)`` reads back. Numbers that do not fit go to the
  /// side table.
  @inline(__always)
  mutating func pack(_ slot: DataSlot) -> PackedSlot {
    switch slot {
    case .absent: return .absent
    case .defaulted: return .defaulted
    case .invalid: return .invalid
    case .string(let node): return PackedSlot(payload: node.index, tag: .string)
    case .enumValue(let index): return PackedSlot(payload: index, tag: .enumValue)
    case .int(let i):
      if let small = Int32(exactly: i) { return PackedSlot(payload: UInt32(bitPattern: small), tag: .int) }
      numbers.append(UInt64(bitPattern: i))
      return PackedSlot(payload: UInt32(numbers.count - 1), tag: .wideInt)
    case .double(let d):
      numbers.append(d.bitPattern)
      return PackedSlot(payload: UInt32(numbers.count - 1), tag: .double)
    case .bool(let b): return PackedSlot(payload: b ? 1 : 0, tag: .bool)
    case .date(let days): return PackedSlot(payload: UInt32(bitPattern: days), tag: .date)
    case .object(let id): return PackedSlot(payload: id.index, tag: .object)
    case .list(let list): return PackedSlot(payload: list, tag: .list)
    }
  }

  /// The slot a stored slot stands for.
  @inline(__always)
  func unpack(_ p: PackedSlot) -> DataSlot { Self.unpack(p, numbers: numbers) }

  /// The slot a stored slot stands for, its wide numbers read from `numbers`: the one reading of
  /// a packed slot, for the document and for the stores that share its tables.
  @inline(__always)
  static func unpack(_ p: PackedSlot, numbers: [UInt64]) -> DataSlot {
    switch p.tag {
    case .absent: .absent
    case .defaulted: .defaulted
    case .invalid: .invalid
    case .string: .string(YAMLNodeID(index: p.payload))
    case .enumValue: .enumValue(p.payload)
    case .int: .int(Int64(Int32(bitPattern: p.payload)))
    case .wideInt: .int(Int64(bitPattern: numbers[Int(p.payload)]))
    case .double: .double(Double(bitPattern: numbers[Int(p.payload)]))
    case .bool: .bool(p.payload != 0)
    case .date: .date(Int32(bitPattern: p.payload))
    case .object: .object(ObjectID(Int(p.payload)))
    case .list: .list(p.payload)
    }
  }

  /// The slot of a field by name; `nil` when the type has no such field.
  package func slot(_ object: ObjectID, field name: String) -> DataSlot? {
    type(of: object).fieldIndex(name).map { slot(object, field: $0) }
  }

  /// The YAML node of a field's value, when the field is written in the data.
  package func valueNode(_ object: ObjectID, field name: String) -> YAMLNodeID? {
    yaml.value(forKey: name, in: node(of: object))
  }

  package func listCount(_ list: UInt32) -> Int { Int(lists[Int(list)].count) }

  package func listItem(_ list: UInt32, _ i: Int) -> DataSlot {
    unpack(items[Int(lists[Int(list)].first) + i])
  }

  package func listNode(_ list: UInt32) -> YAMLNodeID { lists[Int(list)].node }

  /// The text of a string or enum slot; `nil` for any other slot.
  package func text(of slot: DataSlot) -> String? {
    switch slot {
    case .string(let node): string(node)
    case .enumValue(let index): enumValues[Int(index)]
    case .absent, .defaulted, .invalid, .int, .double, .bool, .date, .object, .list: nil
    }
  }

  /// A string slot's text, NFC as the loader left it.
  package func string(_ node: YAMLNodeID) -> String { yaml.string(node) ?? "" }

  /// The value of the record's key field (`code`, `id`), when its type has one.
  package func key(of object: ObjectID) -> String? {
    let t = type(of: object)
    guard let k = t.key, let i = t.fieldIndex(k), case .string(let n) = slot(object, field: i) else {
      return nil
    }
    return string(n)
  }

  /// The data path of a record, as findings and rule tests write it: `communes[0].villages[2]`.
  package func path(of object: ObjectID) -> String {
    // Written straight into one string, root first: a check with many findings writes one
    // path or more for each.
    var chain: [ObjectID] = []
    var current = object
    while let parent = parent(of: current) {
      chain.append(current)
      current = parent
    }
    var path = ""
    for step in chain.reversed() {
      let o = objects[Int(step.index)]
      if !path.isEmpty { path.append(".") }
      path.append(schema.types[Int(objects[Int(o.parent)].type)].fields[Int(o.parentField)].name)
      if o.listIndex >= 0 {
        path.append("[")
        path.append(String(o.listIndex))
        path.append("]")
      }
    }
    return path
  }

  /// The path of a field of a record: `communes[0].command_board.seal`.
  package func path(of object: ObjectID, field: String) -> String {
    let base = path(of: object)
    return base.isEmpty ? field : base + "." + field
  }

  /// The chain of records from the root down to `object`, root first.
  package func ancestry(of object: ObjectID) -> [ObjectID] {
    var chain = [object]
    var current = object
    while let p = parent(of: current) {
      chain.append(p)
      current = p
    }
    return chain.reversed()
  }
}
