/// Finds a byte string in another in time linear in both (Knuth–Morris–Pratt), so that the
/// cost the budget charges for a search, the sizes of the two strings, bounds its work.
///
/// CEL strings are valid UTF-8, in which no code point's bytes start inside another's: a match
/// of one string's bytes in another's always starts and ends on code point boundaries.
struct ByteSearch {
  let needle: [UInt8]
  /// `borders[i]`: the length of the longest proper prefix of `needle[...i]` that is also its
  /// suffix.
  private let borders: [Int]

  init(_ needle: [UInt8]) {
    self.needle = needle
    var borders = [Int](repeating: 0, count: needle.count)
    var k = 0
    var i = 1
    while i < needle.count {
      while k > 0 && needle[i] != needle[k] { k = borders[k - 1] }
      if needle[i] == needle[k] { k += 1 }
      borders[i] = k
      i += 1
    }
    self.borders = borders
  }

  /// Calls `body` with the offset of each occurrence in `text` at or after `start`, in order,
  /// until it returns false. With `overlapping` false, an occurrence starts only after the end
  /// of the one before (as `replace` and `split` find them). The needle must not be empty.
  func occurrences(
    in text: [UInt8], from start: Int = 0, overlapping: Bool, _ body: (Int) -> Bool
  ) {
    let m = needle.count
    guard m > 0 else { return }
    var k = 0
    var i = start
    while i < text.count {
      let byte = text[i]
      while k > 0 && byte != needle[k] { k = borders[k - 1] }
      if byte == needle[k] { k += 1 }
      if k == m {
        if !body(i - m + 1) { return }
        k = overlapping ? borders[m - 1] : 0
      }
      i += 1
    }
  }

  /// The offset of the first occurrence at or after `start`.
  func first(in text: [UInt8], from start: Int = 0) -> Int? {
    var found: Int?
    occurrences(in: text, from: start, overlapping: true) {
      found = $0
      return false
    }
    return found
  }
}

extension Strings {
  /// The number of code points in UTF-8 bytes: the bytes that do not continue a sequence.
  static func codePoints(_ bytes: ArraySlice<UInt8>) -> Int {
    var count = 0
    for byte in bytes where byte & 0xC0 != 0x80 { count += 1 }
    return count
  }

  /// The byte offset of code point `index` (at most the number of code points).
  static func byteOffset(ofCodePoint index: Int, in bytes: [UInt8]) -> Int {
    var seen = 0
    for (offset, byte) in bytes.enumerated() where byte & 0xC0 != 0x80 {
      if seen == index { return offset }
      seen += 1
    }
    return bytes.count
  }
}
