import SourceDiagnostics

/// The growing buffer of bytes a ``JSONWriter`` writes into: appends copy into memory it owns,
/// with no check that the storage is shared, as an array's appends make.
final class ByteBuffer {
  private var base: UnsafeMutablePointer<UInt8>
  private(set) var count = 0
  private var capacity: Int

  init(capacity: Int = 0) {
    self.capacity = Swift.max(capacity, 256)
    base = .allocate(capacity: self.capacity)
  }

  deinit { base.deallocate() }

  /// The bytes written.
  var array: [UInt8] { Array(UnsafeBufferPointer(start: base, count: count)) }

  /// Makes room for `n` more bytes.
  @inline(__always) private func reserve(_ n: Int) {
    if count + n > capacity { grow(to: count + n) }
  }

  private func grow(to needed: Int) {
    var larger = capacity * 2
    while larger < needed { larger *= 2 }
    let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: larger)
    moved.initialize(from: base, count: count)
    base.deallocate()
    base = moved
    capacity = larger
  }

  @inline(__always) func append(_ byte: UInt8) {
    reserve(1)
    base[count] = byte
    count += 1
  }

  func append(_ bytes: UnsafeRawBufferPointer) {
    guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
    reserve(bytes.count)
    (base + count).initialize(from: source.assumingMemoryBound(to: UInt8.self), count: bytes.count)
    count += bytes.count
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
      reserve(bytes.count + 2)
      base[count] = UInt8(ascii: "\"")
      count += 1
      append(bytes)
      base[count] = UInt8(ascii: "\"")
      count += 1
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
    reserve(20)
    if value < 0 {
      base[count] = UInt8(ascii: "-")
      count += 1
    }
    var magnitude = value.magnitude
    var digits = 1
    var rest = magnitude / 10
    while rest > 0 {
      digits += 1
      rest /= 10
    }
    var at = count + digits
    count = at
    repeat {
      at -= 1
      base[at] = UInt8(ascii: "0") + UInt8(magnitude % 10)
      magnitude /= 10
    } while magnitude > 0
  }
}
