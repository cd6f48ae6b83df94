import CEL
import YAML

/// The decoded data shared by every value that refers into it.
final class DataStore: Sendable {
  let data: DataDocument
  /// Field indexes by name, per type.
  let fieldIndexes: [[String: Int]]

  init(_ data: DataDocument) {
    self.data = data
    fieldIndexes = data.schema.types.map { t in
      Dictionary(uniqueKeysWithValues: t.fields.enumerated().map { ($1.name, $0) })
    }
  }

  /// The message of the error a rule meets when it reads a value that breaks the schema. The
  /// engine does not report such errors: the `SCHEMA` finding already says what is wrong.
  static let invalidDataMessage = "the data here breaks the schema"

  func value(_ slot: DataSlot, spec: FieldSpec?, elementType: FieldType? = nil) -> Value? {
    switch slot {
    case .absent: return nil
    case .invalid: return .error(EvaluationError(Self.invalidDataMessage))
    case .defaulted:
      switch spec?.defaultValue {
      case .string(let s)?: return .normalizedString(s)
      case .int(let i)?: return .int(i)
      case .double(let d)?: return .double(d)
      case .bool(let b)?: return .bool(b)
      case .date(let d)?: return .timestamp(CELTimestamp(seconds: Int64(d.daysSinceEpoch) * 86_400)!)
      case .emptyList?: return .list([])
      case nil: return nil
      }
    case .string(let node): return .normalizedString(data.string(node))
    case .int(let i): return .int(i)
    case .double(let d): return .double(d)
    case .bool(let b): return .bool(b)
    case .date(let days): return .timestamp(CELTimestamp(seconds: Int64(days) * 86_400)!)
    case .object(let id): return .object(DataObjectValue(store: self, id: id))
    case .list(let list): return .list(host: DataListValue(store: self, list: list, spec: spec))
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
    let typeIndex = store.data.typeIndex(of: id)
    guard let index = store.fieldIndexes[typeIndex][name] else { return .absent }
    let spec = store.data.schema.types[typeIndex].fields[index]
    return store.value(store.data.slot(id, field: index), spec: spec).map { .value($0) } ?? .absent
  }

  func hasField(_ name: String) -> Bool {
    let typeIndex = store.data.typeIndex(of: id)
    guard let index = store.fieldIndexes[typeIndex][name] else { return false }
    switch store.data.slot(id, field: index) {
    case .absent, .defaulted, .invalid: return false
    default: return true
    }
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
  let spec: FieldSpec?

  init(store: DataStore, list: UInt32, spec: FieldSpec?) {
    self.store = store
    self.list = list
    self.spec = spec
  }

  var count: Int { store.data.listCount(list) }

  func element(at index: Int) -> Value {
    store.value(store.data.listItem(list, index), spec: spec) ?? .null
  }
}
