import Foundation

/// Unicode normalisation of strings entering CEL.
///
/// Every string compared by an expression is in NFC, so that text typed with combining accents
/// (`e` + U+0301) equals the precomposed form (`é`). Where it happens:
/// - string literals are normalised once, when a ``Program`` is planned;
/// - strings from the host are normalised at the boundary by whoever builds the ``Value``:
///   ``Value/normalizedString(_:)`` and Swift string literals (`let v: Value = "Hòa"`) do it;
///   `.string(_:)` itself does not, so a host building values by hand must call ``nfc(_:)``;
/// - strings built at run time from NFC parts (concatenation, `lower()`...) are normalised
///   again only where an operation can break NFC (concatenation, case mapping).
package enum CELString {
  /// `text` in NFC. ASCII text, the common case, is returned unchanged without calling
  /// Foundation.
  package static func nfc(_ text: String) -> String {
    if isASCII(text) { return text }
    return text.precomposedStringWithCanonicalMapping
  }

  /// Equality of two NFC strings by their UTF-8 bytes: the same as Swift's `==` (canonical
  /// equivalence) for NFC text, without its normalising slow path for non-ASCII text.
  package static func equal(_ a: String, _ b: String) -> Bool {
    var a = a
    var b = b
    return a.withUTF8 { x in
      b.withUTF8 { y in
        x.count == y.count && (x.isEmpty || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0)
      }
    }
  }

  /// Code-point order of two NFC strings (their UTF-8 byte order): -1, 0 or 1.
  package static func compare(_ a: String, _ b: String) -> Int {
    var a = a
    var b = b
    return a.withUTF8 { x in
      b.withUTF8 { y in
        let common = min(x.count, y.count)
        let order = common == 0 ? 0 : memcmp(x.baseAddress!, y.baseAddress!, common)
        if order != 0 { return order < 0 ? -1 : 1 }
        return x.count < y.count ? -1 : (x.count == y.count ? 0 : 1)
      }
    }
  }

  /// Whether every byte of the UTF-8 form is below 0x80.
  @inlinable
  package static func isASCII(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { buffer in
      var index = 0
      let count = buffer.count
      // Eight bytes at a time.
      while index + 8 <= count {
        let word = UnsafeRawPointer(buffer.baseAddress! + index).loadUnaligned(as: UInt64.self)
        if word & 0x8080_8080_8080_8080 != 0 { return false }
        index += 8
      }
      while index < count {
        if buffer[index] >= 0x80 { return false }
        index += 1
      }
      return true
    }
  }
}
