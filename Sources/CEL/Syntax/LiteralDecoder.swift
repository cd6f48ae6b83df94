/// Accumulates the decoded content of a string or bytes literal.
struct LiteralDecoder {
  let bytes: Bool
  private var scalars = String.UnicodeScalarView()
  private var octets: [UInt8] = []

  init(bytes: Bool) { self.bytes = bytes }

  /// A character written as itself (UTF-8 encoded in bytes).
  mutating func append(_ scalar: Unicode.Scalar) {
    if bytes { octets.append(contentsOf: Array(String(scalar).utf8)) } else { scalars.append(scalar) }
  }

  /// A `\x` or octal escape: a byte in bytes, the code point U+00..U+FF in strings.
  mutating func appendCode(_ value: UInt32) {
    if bytes {
      octets.append(UInt8(truncatingIfNeeded: value))
    } else if let scalar = Unicode.Scalar(value) {
      scalars.append(scalar)
    }
  }

  /// A `\u` or `\U` escape: the code point (UTF-8 encoded in bytes).
  mutating func appendScalarUTF8(_ scalar: Unicode.Scalar) { append(scalar) }

  var literal: Literal { bytes ? .bytes(octets) : .string(String(scalars)) }
}
