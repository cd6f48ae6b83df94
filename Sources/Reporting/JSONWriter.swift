import SourceDiagnostics

/// A small JSON writer with a fixed key order, so that the same findings always give the same
/// bytes.
package struct JSONWriter {
  package private(set) var text = ""
  private var indent = 0
  private var needsComma: [Bool] = []
  private let pretty: Bool

  package init(pretty: Bool = true) { self.pretty = pretty }

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

  package mutating func beginObject(_ key: String? = nil) { open("{", key) }
  package mutating func endObject() { close("}") }
  package mutating func beginArray(_ key: String? = nil) { open("[", key) }
  package mutating func endArray() { close("]") }

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

  package mutating func key(_ key: String?, raw: String) {
    separate()
    writeKey(key)
    text += raw
  }

  package mutating func string(_ key: String?, _ value: String) {
    separate()
    writeKey(key)
    Self.appendQuoted(value, to: &text)
  }
  package mutating func int(_ key: String?, _ value: Int) { self.key(key, raw: String(value)) }
  package mutating func bool(_ key: String?, _ value: Bool) { self.key(key, raw: value ? "true" : "false") }
  package mutating func null(_ key: String?) { self.key(key, raw: "null") }

  package mutating func double(_ key: String?, _ value: Double) {
    if value.isFinite {
      self.key(key, raw: value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) + ".0" : String(value))
    } else {
      self.key(key, raw: "null")
    }
  }

  /// A JSON string literal, escaping what JSON requires and nothing else (UTF-8 passes through).
  package static func quote(_ s: String) -> String { JSONString.quoted(s) }

  /// Appends `s` as a JSON string literal.
  static func appendQuoted(_ s: String, to out: inout String) { JSONString.append(s, to: &out) }
}
