import SourceDiagnostics

/// The growing buffer of bytes a ``JSONWriter`` writes into. Small appends copy into a chunk
/// of memory it owns, with no check that the storage is shared, as an array's appends make;
/// each full chunk is moved into the array handed over at the end, in one copy.
final class ByteBuffer {
  private var storage: [UInt8] = []
  private let chunk: UnsafeMutablePointer<UInt8>
  private var used = 0
  private static let chunkSize = 1 << 16

  /// A buffer with room for `capacity` bytes.
  init(capacity: Int = 0) {
    storage.reserveCapacity(capacity)
    chunk = .allocate(capacity: Self.chunkSize)
  }

  deinit { chunk.deallocate() }

  /// The bytes written.
  var array: [UInt8] {
    flush()
    return storage
  }

  /// Hands over the bytes written, leaving the buffer empty.
  func take() -> [UInt8] {
    flush()
    defer { storage = [] }
    return storage
  }

  private func flush() {
    guard used > 0 else { return }
    storage.append(contentsOf: UnsafeBufferPointer(start: chunk, count: used))
    used = 0
  }

  /// Makes room for `n` more bytes in the chunk; `false` when they do not fit in one.
  @inline(__always) private func reserve(_ n: Int) -> Bool {
    if used + n <= Self.chunkSize { return true }
    flush()
    return n <= Self.chunkSize
  }

  @inline(__always) func append(_ byte: UInt8) {
    _ = reserve(1)
    chunk[used] = byte
    used += 1
  }

  func append(_ bytes: UnsafeRawBufferPointer) {
    guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
    guard reserve(bytes.count) else {
      storage.append(
        contentsOf: UnsafeBufferPointer(start: source.assumingMemoryBound(to: UInt8.self), count: bytes.count))
      return
    }
    (chunk + used).initialize(from: source.assumingMemoryBound(to: UInt8.self), count: bytes.count)
    used += bytes.count
  }

  func append(_ bytes: [UInt8]) { bytes.withUnsafeBytes { append($0) } }

  /// Appends the UTF-8 of `text`.
  func append(_ text: String) {
    var text = text
    text.withUTF8 { append(UnsafeRawBufferPointer($0)) }
  }

  /// Appends `text` as a JSON string literal, as ``JSONString`` writes it. Most texts need no
  /// escape: eight bytes are checked at a time, and the text copied whole.
  func appendQuoted(_ text: String) {
    var text = text
    let plain = text.withUTF8 { utf8 in
      let bytes = UnsafeRawBufferPointer(utf8)
      guard Self.isPlain(bytes) else { return false }
      guard let source = bytes.baseAddress, reserve(bytes.count + 2) else {
        append(UInt8(ascii: "\""))
        append(bytes)
        append(UInt8(ascii: "\""))
        return true
      }
      chunk[used] = UInt8(ascii: "\"")
      (chunk + used + 1).initialize(from: source.assumingMemoryBound(to: UInt8.self), count: bytes.count)
      used += bytes.count + 2
      chunk[used - 1] = UInt8(ascii: "\"")
      return true
    }
    if !plain {
      var escaped: [UInt8] = []
      JSONString.append(text, toBytes: &escaped)
      append(escaped)
    }
  }

  /// Whether no byte needs an escape in a JSON string: none is below 0x20, a quote or a
  /// backslash.
  static func isPlain(_ bytes: UnsafeRawBufferPointer) -> Bool {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    /// Whether a byte of `w` is zero.
    func hasZero(_ w: UInt64) -> Bool { (w &- ones) & ~w & highs != 0 }
    /// Whether a byte of `w` is less than 0x20.
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
  func appendDecimal(_ value: Int) {
    _ = reserve(20)
    if value < 0 {
      chunk[used] = UInt8(ascii: "-")
      used += 1
    }
    var magnitude = value.magnitude
    var digits = 1
    var rest = magnitude / 10
    while rest > 0 {
      digits += 1
      rest /= 10
    }
    var at = used + digits
    used = at
    repeat {
      at -= 1
      chunk[at] = UInt8(ascii: "0") + UInt8(magnitude % 10)
      magnitude /= 10
    } while magnitude > 0
  }
}
