/// A CEL map: keys of type int, uint, bool or string, in insertion order.
///
/// Numeric keys are looked up by value, so `{1: 'a'}[1u]` and `{1: 'a'}[1.0]` find the entry
/// (CEL's heterogeneous equality for map keys).
package struct MapValue: Sendable {
  final class Storage: Sendable {
    let keys: [Value]
    let values: [Value]
    let index: [MapKey: Int]
    init(keys: [Value], values: [Value], index: [MapKey: Int]) {
      self.keys = keys
      self.values = values
      self.index = index
    }
  }
  let storage: Storage

  /// The keys in insertion order.
  package var keys: [Value] { storage.keys }
  /// The values, parallel to ``keys``.
  package var values: [Value] { storage.values }
  /// The number of entries.
  package var count: Int { storage.keys.count }

  /// Builds a map; fails with an error message on a repeated key or a key of a type CEL
  /// does not allow.
  package static func make(_ entries: [(key: Value, value: Value)]) -> Result<MapValue, EvaluationError> {
    var keys: [Value] = []
    var values: [Value] = []
    var index: [MapKey: Int] = [:]
    keys.reserveCapacity(entries.count)
    values.reserveCapacity(entries.count)
    for (key, value) in entries {
      guard let mapKey = MapKey(key) else {
        return .failure(EvaluationError("unsupported key type: \(key.typeName)", kind: .invalidArgument))
      }
      if index[mapKey] != nil {
        return .failure(EvaluationError("Failed with repeated key", kind: .invalidArgument))
      }
      index[mapKey] = keys.count
      keys.append(key)
      values.append(value)
    }
    return .success(MapValue(storage: Storage(keys: keys, values: values, index: index)))
  }

  /// A map from string keys (a convenience for hosts and tests); later duplicates win.
  package init(_ dictionary: KeyValuePairs<String, Value>) {
    var keys: [Value] = []
    var values: [Value] = []
    var index: [MapKey: Int] = [:]
    for (key, value) in dictionary {
      if let existing = index[.string(key)] {
        var newValues = values
        newValues[existing] = value
        values = newValues
        continue
      }
      index[.string(key)] = keys.count
      keys.append(.string(key))
      values.append(value)
    }
    storage = Storage(keys: keys, values: values, index: index)
  }

  init(storage: Storage) { self.storage = storage }

  /// The value at `key`, or `nil` when absent (also for keys of types a map cannot hold).
  package func value(forKey key: Value) -> Value? {
    guard let mapKey = MapKey(lookup: key), let position = storage.index[mapKey] else {
      return nil
    }
    return storage.values[position]
  }

  /// The value at a string key.
  package func value(forKey key: String) -> Value? {
    guard let position = storage.index[.string(key)] else { return nil }
    return storage.values[position]
  }
}

/// A hashable map key with CEL's numeric key equivalence: an int and a uint of the same value
/// are the same key.
enum MapKey: Hashable, Sendable {
  case bool(Bool)
  case int(Int64)
  /// Only for values above `Int64.max`; smaller uints are stored as ``int(_:)``.
  case bigUInt(UInt64)
  case string(String)

  /// The key for storing `value`; `nil` for types that cannot be map keys.
  init?(_ value: Value) {
    switch value {
    case .bool(let b): self = .bool(b)
    case .int(let i): self = .int(i)
    case .uint(let u): self = u <= UInt64(Int64.max) ? .int(Int64(u)) : .bigUInt(u)
    case .string(let s): self = .string(s)
    default: return nil
    }
  }

  /// The key for looking `value` up: as ``init(_:)``, and integral doubles find numeric keys.
  init?(lookup value: Value) {
    if case .double(let d) = value {
      guard d == d.rounded(.towardZero) else { return nil }
      if d >= -9.223372036854775808e18 && d < 9.223372036854775808e18 {
        self = .int(Int64(d))
      } else if d >= 0 && d < 1.8446744073709551616e19 {
        self = .bigUInt(UInt64(d))
      } else {
        return nil
      }
      return
    }
    self.init(value)
  }
}
