import SourceDiagnostics

/// A small JSON writer with a fixed key order, so that the same findings always give the same
/// bytes.
///
/// It writes UTF-8 bytes into one buffer, and makes the text once at the end: a report of
/// ten thousand findings is a million small appends, which cost several times more on a
/// `String` (each checks the join of the two texts) than on bytes.
package struct JSONWriter {
  private let buffer: ByteBuffer
  private var indent = 0
  private var needsComma: [Bool] = []
  private let pretty: Bool

  /// A writer; `capacity` is how many bytes to make room for at once.
  package init(pretty: Bool = true, capacity: Int = 0) {
    self.pretty = pretty
    buffer = ByteBuffer(capacity: capacity)
  }

  /// What has been written, in UTF-8.
  package var bytes: [UInt8] { buffer.array }

  /// Hands over what has been written, with `last` after it, leaving the writer empty.
  package func takeBytes(appending last: UInt8) -> [UInt8] {
    buffer.append(last)
    return buffer.take()
  }

  /// What has been written, as text.
  package var text: String { String(decoding: buffer.array, as: UTF8.self) }

  /// Two spaces per level of the deepest indentation written in one copy.
  private static let spaces = [UInt8](repeating: UInt8(ascii: " "), count: 64)

  private mutating func newline() {
    guard pretty else { return }
    buffer.append(UInt8(ascii: "\n"))
    var left = 2 * indent
    while left > 0 {
      let n = Swift.min(left, Self.spaces.count)
      Self.spaces.withUnsafeBytes { buffer.append(UnsafeRawBufferPointer(rebasing: $0[..<n])) }
      left -= n
    }
  }

  private mutating func separate() {
    guard !needsComma.isEmpty else { return }
    if needsComma[needsComma.count - 1] { buffer.append(UInt8(ascii: ",")) }
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
    buffer.append(bracket)
    indent += 1
    needsComma.append(false)
  }

  /// `"key": `, when there is a key.
  private func writeKey(_ key: String?) {
    guard let key else { return }
    buffer.appendQuoted(key)
    buffer.append(UInt8(ascii: ":"))
    if pretty { buffer.append(UInt8(ascii: " ")) }
  }

  private mutating func close(_ bracket: UInt8) {
    indent -= 1
    let had = needsComma.removeLast()
    if had { newline() }
    buffer.append(bracket)
  }

  package mutating func key(_ key: String?, raw: String) {
    separate()
    writeKey(key)
    buffer.append(raw)
  }

  package mutating func string(_ key: String?, _ value: String) {
    separate()
    writeKey(key)
    buffer.appendQuoted(value)
  }

  package mutating func int(_ key: String?, _ value: Int) {
    separate()
    writeKey(key)
    buffer.appendDecimal(value)
  }

  package mutating func bool(_ key: String?, _ value: Bool) { self.key(key, raw: value ? "true" : "false") }
  package mutating func null(_ key: String?) { self.key(key, raw: "null") }

  package mutating func double(_ key: String?, _ value: Double) {
    if value.isFinite {
      self.key(key, raw: value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) + ".0" : String(value))
    } else {
      self.key(key, raw: "null")
    }
  }

  /// A member's key as written before its value: with the line break and indentation before
  /// it, for members of an object `nested` levels below the one being written.
  package struct Key {
    fileprivate let bytes: [UInt8]
  }

  package func key(_ name: String, nested: Int = 0) -> Key {
    let key = ByteBuffer()
    if pretty {
      key.append(UInt8(ascii: "\n"))
      for _ in 0..<(2 * (indent + nested)) { key.append(UInt8(ascii: " ")) }
    }
    key.appendQuoted(name)
    key.append(UInt8(ascii: ":"))
    if pretty { key.append(UInt8(ascii: " ")) }
    return Key(bytes: key.array)
  }

  /// The separator and key before a member's value, from a key made at this depth.
  private mutating func member(_ key: Key) {
    let last = needsComma.count - 1
    if needsComma[last] { buffer.append(UInt8(ascii: ",")) } else { needsComma[last] = true }
    buffer.append(key.bytes)
  }

  package mutating func string(_ key: Key, _ value: String) {
    member(key)
    buffer.appendQuoted(value)
  }

  package mutating func int(_ key: Key, _ value: Int) {
    member(key)
    buffer.appendDecimal(value)
  }

  /// The bytes of what `body` writes here (one member or more of the object, or items of the
  /// array, being written), to be written again by ``write(fragment:)`` at the same depth.
  package func fragment(_ body: (inout JSONWriter) -> Void) -> [UInt8] {
    var w = JSONWriter(pretty: pretty)
    w.indent = indent
    w.needsComma = [false]
    body(&w)
    // The separator before the first member is the writer's to write.
    return Array(w.bytes.dropFirst(pretty ? 1 + 2 * indent : 0))
  }

  /// Writes what ``fragment(_:)`` made, as if written here.
  package mutating func write(fragment: [UInt8]) {
    separate()
    buffer.append(fragment)
  }

  /// A JSON string literal, escaping what JSON requires and nothing else (UTF-8 passes through).
  package static func quote(_ s: String) -> String { JSONString.quoted(s) }
}
