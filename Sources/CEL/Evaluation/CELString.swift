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
@usableFromInline package enum CELString {
  /// `text` in NFC. ASCII text, the common case, and text that is NFC by
  /// ``isSurelyNFC(_:)`` (Vietnamese typed precomposed) are returned unchanged without calling
  /// Foundation.
  package static func nfc(_ text: String) -> String {
    if isASCII(text) || isSurelyNFC(text) { return text }
    return text.precomposedStringWithCanonicalMapping
  }

  /// Whether `text` is certainly in NFC by Unicode's quick check: every scalar is in a range
  /// whose scalars are all starters (combining class 0) with `NFC_Quick_Check=Yes`, so no
  /// scalar decomposes and none combines with its neighbour. The ranges: U+0000–U+02FF (Latin
  /// up to the spacing modifiers), U+1E00–U+1EFF (Latin Extended Additional: Vietnamese
  /// letters with their tone marks), U+2002–U+206F (general punctuation after the two
  /// singletons U+2000 and U+2001) and U+20A0–U+20BF (currency signs, ₫). `false` means only
  /// that the text must be normalised to know.
  package static func isSurelyNFC(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { bytes in
      var i = 0
      let count = bytes.count
      while i < count {
        let lead = bytes[i]
        if lead < 0x80 {
          i += 1
        } else if lead < 0xCC {  // two bytes, U+0080–U+02FF (a lead byte below 0xC2 is not UTF-8)
          i += 2
        } else if lead == 0xE1, i + 2 < count, (0xB8...0xBB).contains(bytes[i + 1]) {  // U+1E00–U+1EFF
          i += 3
        } else if lead == 0xE2, i + 2 < count {
          let second = bytes[i + 1]
          let third = bytes[i + 2]
          let inRange =
            (second == 0x80 && third >= 0x82)  // U+2002–U+203F
            || (second == 0x81 && third <= 0xAF)  // U+2040–U+206F
            || (second == 0x82 && third >= 0xA0)  // U+20A0–U+20BF
          guard inRange else { return false }
          i += 3
        } else {
          return false
        }
      }
      return true
    }
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
