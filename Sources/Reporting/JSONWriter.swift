import SourceDiagnostics
/// A small JSON writer with a fixed key order, so that the same findings always give the same
/// bytes.
public struct JSONWriter {
  public private(set) var text = ""
  private var indent = 0
  private var needsComma: [Bool] = []
  private let pretty: Bool

  public init(pretty: Bool = true) { self.pretty = pretty }

  private mutating func newline() {
    guard pretty else { return }
    text += "\n" + String(repeating: "  ", count: indent)
  }

  private mutating func separate() {
    if let last = needsComma.last {
      if last { text += "," }
      needsComma[needsComma.count - 1] = true
      newline()
    }
  }

  public mutating func beginObject(_ key: String? = nil) { open("{", key) }
  public mutating func endObject() { close("}") }
  public mutating func beginArray(_ key: String? = nil) { open("[", key) }
  public mutating func endArray() { close("]") }

  private mutating func open(_ bracket: String, _ key: String?) {
    separate()
    writeKey(key)
    text += bracket
    indent += 1
    needsComma.append(false)
  }

  /// `"key": `, when there is a key.
  private mutating func writeKey(_ key: String?) {
    guard let key else { return }
    Self.appendQuoted(key, to: &text)
    text += pretty ? ": " : ":"
  }

  private mutating func close(_ bracket: String) {
    indent -= 1
    let had = needsComma.removeLast()
    if had { newline() }
    text += bracket
  }

  public mutating func key(_ key: String?, raw: String) {
    separate()
    writeKey(key)
    text += raw
  }

  public mutating func string(_ key: String?, _ value: String) {
    separate()
    writeKey(key)
    Self.appendQuoted(value, to: &text)
  }
  public mutating func int(_ key: String?, _ value: Int) { self.key(key, raw: String(value)) }
  public mutating func bool(_ key: String?, _ value: Bool) { self.key(key, raw: value ? "true" : "false") }
  public mutating func null(_ key: String?) { self.key(key, raw: "null") }

  public mutating func double(_ key: String?, _ value: Double) {
    if value.isFinite {
      self.key(key, raw: value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) + ".0" : String(value))
    } else {
      self.key(key, raw: "null")
    }
  }

  /// A JSON string literal, escaping what JSON requires and nothing else (UTF-8 passes through).
  public static func quote(_ s: String) -> String { JSONString.quoted(s) }

  /// Appends `s` as a JSON string literal.
  static func appendQuoted(_ s: String, to out: inout String) { JSONString.append(s, to: &out) }
}
