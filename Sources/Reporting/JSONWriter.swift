import SourceDiagnostics

/// A small JSON writer with a fixed key order, so that the same findings always give the same
/// bytes.
///
/// It writes UTF-8 bytes into one buffer, and makes the text once at the end: a report of
/// ten thousand findings is a million small appends, which cost several times more on a
/// `String` (each checks the join of the two texts) than on bytes.
package struct JSONWriter {
  /// What has been written, in UTF-8.
  package private(set) var bytes: [UInt8] = []
  private var indent = 0
  private var needsComma: [Bool] = []
  private let pretty: Bool

  /// A writer; `capacity` is how many bytes to make room for at once.
  package init(pretty: Bool = true, capacity: Int = 0) {
    self.pretty = pretty
    bytes.reserveCapacity(capacity)
  }

  /// Hands over what has been written, leaving the writer empty.
  package mutating func takeBytes() -> [UInt8] {
    defer { bytes = [] }
    return bytes
  }

  /// What has been written, as text.
  package var text: String { String(decoding: bytes, as: UTF8.self) }

  /// Two spaces per level of the deepest indentation written in one copy.
  private static let spaces = [UInt8](repeating: UInt8(ascii: " "), count: 64)

  private mutating func newline() {
    guard pretty else { return }
    bytes.append(UInt8(ascii: "\n"))
    var left = 2 * indent
    while left > 0 {
      let n = Swift.min(left, Self.spaces.count)
      bytes.append(contentsOf: Self.spaces[..<n])
      left -= n
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
    Self.quote(key, to: &bytes)
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
    Self.quote(value, to: &bytes)
  }

  package mutating func int(_ key: String?, _ value: Int) {
    separate()
    writeKey(key)
    Self.decimal(value, to: &bytes)
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
  package struct Key: Sendable {
    fileprivate let bytes: [UInt8]
  }

  package func key(_ name: String, nested: Int = 0) -> Key {
    var bytes: [UInt8] = []
    if pretty {
      bytes.append(UInt8(ascii: "\n"))
      bytes += repeatElement(UInt8(ascii: " "), count: 2 * (indent + nested))
    }
    Self.quote(name, to: &bytes)
    bytes.append(UInt8(ascii: ":"))
    if pretty { bytes.append(UInt8(ascii: " ")) }
    return Key(bytes: bytes)
  }

  /// The separator and key before a member's value, from a key made at this depth.
  private mutating func member(_ key: Key) {
    let last = needsComma.count - 1
    if needsComma[last] { bytes.append(UInt8(ascii: ",")) } else { needsComma[last] = true }
    bytes.append(contentsOf: key.bytes)
  }

  package mutating func string(_ key: Key, _ value: String) {
    member(key)
    Self.quote(value, to: &bytes)
  }

  package mutating func int(_ key: Key, _ value: Int) {
    member(key)
    Self.decimal(value, to: &bytes)
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
    bytes.append(contentsOf: fragment)
  }

  /// A JSON string literal, escaping what JSON requires and nothing else (UTF-8 passes through).
  package static func quote(_ s: String) -> String { JSONString.quoted(s) }

  /// Appends `text` as ``JSONString`` writes it. Most texts need no escape: eight bytes are
  /// checked at a time, and the text copied whole.
  static func quote(_ text: String, to out: inout [UInt8]) {
    var text = text
    let plain = text.withUTF8 { utf8 in
      guard Self.isPlain(UnsafeRawBufferPointer(utf8)) else { return false }
      out.append(UInt8(ascii: "\""))
      out.append(contentsOf: utf8)
      out.append(UInt8(ascii: "\""))
      return true
    }
    if !plain { JSONString.append(text, toBytes: &out) }
  }

  /// Whether no byte needs an escape: none is below 0x20, a quote or a backslash.
  private static func isPlain(_ bytes: UnsafeRawBufferPointer) -> Bool {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    /// Whether a byte of `w` is zero, or (with `below`) less than 0x20.
    func hasZero(_ w: UInt64) -> Bool { (w &- ones) & ~w & highs != 0 }
    func hasControl(_ w: UInt64) -> Bool { (w &- ones &* 0x20) & ~w & highs != 0 }
    var i = 0
    let n = bytes.count
    while i + 8 <= n {
      let w = bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self)
      if hasControl(w) || hasZero(w ^ (ones &* 0x22)) || hasZero(w ^ (ones &* 0x5C)) { return false }
      i += 8
    }
    while i < n {
      let b = bytes[i]
      if b < 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") { return false }
      i += 1
    }
    return true
  }

  /// Appends the decimal digits of `value`, as `String(value)` writes them.
  static func decimal(_ value: Int, to out: inout [UInt8]) {
    if value < 0 { out.append(UInt8(ascii: "-")) }
    var magnitude = value.magnitude
    var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // room for the 20 digits of any Int
    withUnsafeMutableBytes(of: &digits) { buffer in
      var start = buffer.count
      repeat {
        start -= 1
        buffer[start] = UInt8(ascii: "0") + UInt8(magnitude % 10)
        magnitude /= 10
      } while magnitude > 0
      out.append(contentsOf: UnsafeRawBufferPointer(rebasing: buffer[start...]))
    }
  }
}
