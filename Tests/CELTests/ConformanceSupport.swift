import Foundation
import Testing

@testable import CEL

/// One test of the conformance files in `Conformance/` (see its README).
struct ConformanceCase: Sendable, CustomTestStringConvertible {
  let file: String
  let section: String
  let name: String
  let position: Int
  let expr: String
  let disableMacros: Bool
  let disableCheck: Bool
  let container: String?
  let bindings: [String: Value]
  /// Declared variables (`type_env`), by name; `nil` type when it has no simple spelling.
  let declarations: [String: CELType?]
  let expected: Expectation
  let needs: [String]

  enum Expectation: Sendable {
    case value(Value)
    case error(String)
    case unsupported(String)
  }

  var key: String { "\(file)/\(section)/\(name)" }
  var testDescription: String { "\(key) [\(position)]: \(expr)" }
}

enum ConformanceData {
  /// `Conformance/`, beside this file: cel-spec's conformance tests as JSON (see its README).
  static let directory: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().appendingPathComponent("Conformance")

  static let files = [
    "basic", "comparisons", "conversions", "fields", "fp_math", "integer_math", "lists",
    "logic", "macros", "macros2", "parse", "string", "string_ext", "math_ext", "bindings_ext",
    "timestamps", "optionals",
  ]

  static func load(_ file: String) throws -> [ConformanceCase] {
    let data = try Data(contentsOf: directory.appendingPathComponent("\(file).json"))
    guard let array = try JSONSerialization.jsonObject(with: data) as? [[String: Any]] else {
      return []
    }
    return array.enumerated().map { position, object in
      var bindings: [String: Value] = [:]
      var unsupported: String?
      for (name, encoded) in object["bindings"] as? [String: Any] ?? [:] {
        switch decode(encoded) {
        case .success(let value): bindings[name] = value
        case .failure(let reason): unsupported = reason.message
        }
      }
      var declarations: [String: CELType?] = [:]
      for entry in object["type_env"] as? [[String: Any]] ?? [] {
        guard let name = entry["name"] as? String, let type = entry["type"] as? String else {
          continue
        }
        declarations[name] = parseType(type)
      }
      let expect = object["expect"] as? [String: Any] ?? [:]
      var expected: ConformanceCase.Expectation
      if let value = expect["value"] {
        switch decode(value) {
        case .success(let v): expected = .value(v)
        case .failure(let reason): expected = .unsupported(reason.message)
        }
      } else if let error = expect["error"] as? String {
        expected = .error(error)
      } else {
        expected = .unsupported("unsupported expectation \(expect.keys.sorted())")
      }
      if let unsupported { expected = .unsupported(unsupported) }
      return ConformanceCase(
        file: file, section: object["section"] as? String ?? "",
        name: object["name"] as? String ?? "", position: position,
        expr: object["expr"] as? String ?? "",
        disableMacros: object["disable_macros"] as? Bool ?? false,
        disableCheck: object["disable_check"] as? Bool ?? false,
        container: object["container"] as? String, bindings: bindings,
        declarations: declarations, expected: expected,
        needs: object["needs"] as? [String] ?? [])
    }
  }

  struct Unsupported: Error { let message: String }

  /// Reads the README's simplified type spelling (`int`, `list(string)`, `map(K, V)`...).
  static func parseType(_ text: String) -> CELType? { TypeText.parse(text) }

  /// Decodes the README's value encoding.
  static func decode(_ encoded: Any) -> Result<Value, Unsupported> {
    guard let object = encoded as? [String: Any], let (key, payload) = object.first else {
      return .failure(Unsupported(message: "malformed value"))
    }
    switch key {
    case "null": return .success(.null)
    case "bool": return .success(.bool(payload as? Bool ?? false))
    case "int":
      guard let text = payload as? String, let i = Int64(text) else { break }
      return .success(.int(i))
    case "uint":
      guard let text = payload as? String, let u = UInt64(text) else { break }
      return .success(.uint(u))
    case "double":
      if let text = payload as? String {
        switch text {
        case "NaN": return .success(.double(.nan))
        case "Infinity": return .success(.double(.infinity))
        case "-Infinity": return .success(.double(-.infinity))
        default: break
        }
      }
      if let number = payload as? NSNumber { return .success(.double(number.doubleValue)) }
    case "string":
      guard let text = payload as? String else { break }
      return .success(.string(CELString.nfc(text)))
    case "bytes_b64":
      guard let text = payload as? String, let data = Data(base64Encoded: text) else { break }
      return .success(.bytes(Array(data)))
    case "list":
      guard let items = payload as? [Any] else { break }
      var values: [Value] = []
      for item in items {
        switch decode(item) {
        case .success(let v): values.append(v)
        case .failure(let e): return .failure(e)
        }
      }
      return .success(.list(values))
    case "map":
      guard let pairs = payload as? [[Any]] else { break }
      var entries: [(key: Value, value: Value)] = []
      for pair in pairs where pair.count == 2 {
        guard case .success(let k) = decode(pair[0]), case .success(let v) = decode(pair[1])
        else { return .failure(Unsupported(message: "undecodable map entry")) }
        entries.append((k, v))
      }
      switch MapValue.make(entries) {
      case .success(let map): return .success(.map(map))
      case .failure(let e): return .failure(Unsupported(message: e.message))
      }
    case "type":
      guard let name = payload as? String else { break }
      return .success(.type(TypeValue(name)))
    case "timestamp":
      guard let text = payload as? String, case .success(let t) = CELTimestamp.parse(text) else {
        break
      }
      return .success(.timestamp(t))
    case "duration":
      guard let text = payload as? String, case .success(let d) = CELDuration.parse(text) else {
        break
      }
      return .success(.duration(d))
    default:
      return .failure(Unsupported(message: "value kind '\(key)' is not supported"))
    }
    return .failure(Unsupported(message: "malformed \(key) value"))
  }

  /// Equality for checking results: same type and value (CEL equality would accept `1u` for
  /// `1`), NaN matching NaN, maps regardless of order.
  static func same(_ a: Value, _ b: Value) -> Bool {
    switch (a, b) {
    case (.double(let x), .double(let y)):
      return (x.isNaN && y.isNaN) || x == y
    case (.list(let x), .list(let y)):
      return x.count == y.count && zip(x, y).allSatisfy { same($0, $1) }
    case (.map(let x), .map(let y)):
      guard x.count == y.count else { return false }
      for (key, value) in zip(x.keys, x.values) {
        guard let other = y.value(forKey: key), same(value, other) else { return false }
        // Keys must have the same type too.
        guard y.keys.contains(where: { same($0, key) }) else { return false }
      }
      return true
    default:
      return a.celType == b.celType && Value.celEquals(a, b)
    }
  }
}
