import SourceDiagnostics

/// A small JSON writer with a fixed key order, so that the same findings always give the same
/// bytes.
///
/// It writes UTF-8 bytes into one buffer, and makes the text once at the end: a report of
/// ten thousand findings is a million small appends, which cost several times more on a
/// `String` (each checks the join of the two texts) than on bytes.
package struct JSONWriter {
  private var bytes: [UInt8] = []
  private var indent = 0
  private var needsComma: [Bool] = []
  private let pretty: Bool

  package init(pretty: Bool = true) { self.pretty = pretty }

  /// What has been written, as text.
  package var text: String { String(decoding: bytes, as: UTF8.self) }

  private mutating func newline() {
    guard pretty else { return }
    bytes.append(UInt8(ascii: "\n"))
    for _ in 0..<indent {
      bytes.append(UInt8(ascii: " "))
      bytes.append(UInt8(ascii: " "))
    }
  }

  private mutating func separate() {
    guard !needsComma.isEmpty else { return }
    if needsComma[needsComma.count - 1] { bytes.append(UInt8(ascii: ",")) }
    needsComma[needsComma.count - 1] = true
    newline()
  }

  package mutating func beginObject(_ key: String? = nil) { open(UInt8(ascii: "{"), key) }
  package mutating func endObject() { close(UInt8(ascii: "}")) }
  package mutating func beginArray(_ key: String? = nil) { open(UInt8(ascii: "["), key) }
  package mutating func endArray() { close(UInt8(ascii: "]")) }

  private mutating func open(_ bracket: UInt8, _ key: String?) {
    separate()
    writeKey(key)
    bytes.append(bracket)
    indent += 1
    needsComma.append(false)
  }

  /// `"key": `, when there is a key.
  private mutating func writeKey(_ key: String?) {
    guard let key else { return }
    JSONString.append(key, toBytes: &bytes)
    bytes.append(UInt8(ascii: ":"))
    if pretty { bytes.append(UInt8(ascii: " ")) }
  }

  private mutating func close(_ bracket: UInt8) {
    indent -= 1
    let had = needsComma.removeLast()
    if had { newline() }
    bytes.append(bracket)
  }

  package mutating func key(_ key: String?, raw: String) {
    separate()
    writeKey(key)
    bytes.append(contentsOf: raw.utf8)
  }

  package mutating func string(_ key: String?, _ value: String) {
    separate()
    writeKey(key)
    JSONString.append(value, toBytes: &bytes)
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
}
