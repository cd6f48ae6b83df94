extension Value {
  /// The value as a person reads it in a message (`{n}` in a rule's message): strings without
  /// quotes, numbers as `string()` prints them, bools, `null`, a timestamp at midnight UTC (a
  /// date of the data) as `2025-07-01` and any other as RFC 3339, durations as `3600s`, lists
  /// as `[a, b]`, maps as `{k: v}`, bytes as their text, types by name, a host record by its
  /// type name, an error as `error: message`.
  package var displayText: String {
    switch self {
    case .null: return "null"
    case .bool(let b): return b ? "true" : "false"
    case .int(let i): return String(i)
    case .uint(let u): return String(u)
    case .double(let d): return Conversions.formatDouble(d)
    case .string(let s): return s
    case .bytes(let b): return String(decoding: b, as: UTF8.self)
    case .timestamp(let t):
      let text = t.description
      return t.seconds % 86_400 == 0 && t.nanos == 0 ? String(text.prefix(10)) : text
    case .duration(let d): return d.description
    case .type(let t): return t.name
    case .list(let list): return "[" + list.map(\.displayText).joined(separator: ", ") + "]"
    case .map(let map):
      let entries = zip(map.keys, map.values).map { "\($0.displayText): \($1.displayText)" }
      return "{" + entries.joined(separator: ", ") + "}"
    case .object(let object): return object.typeName
    case .error(let error): return "error: \(error.message)"
    }
  }
}
