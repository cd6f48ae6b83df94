import Testing

@testable import RuleEngine

/// The byte-level readings of a workbook's texts agree with what strings tell.
struct WorkbookTextTests {
  @Test func spacesAreUnicodeWhiteSpace() {
    for value in UInt32(0)...0x10_FFFF {
      guard let scalar = Unicode.Scalar(value) else { continue }
      if CellText.isSpace(value) != scalar.properties.isWhitespace {
        Issue.record("U+\(String(value, radix: 16)) is told wrong")
      }
    }
  }

  @Test func aTextEndsVisibleAsItsLastScalarTells() {
    for text in ["Nữ", "Hà", "a\u{3000}", "a\u{00A0}", "b\u{1680}", "ế", "x\u{2029}", "𝄞", "a\u{1F600}", "Không"] {
      let told = Array(text.utf8).withUnsafeBufferPointer { CellText.endsVisible($0) }
      #expect(told == !text.unicodeScalars.last!.properties.isWhitespace, "\(text)")
    }
  }

  private func set(_ chains: inout KeyChains, _ text: String, _ row: Int) {
    Array(text.utf8).withUnsafeBufferPointer { chains.set($0, row: row) }
  }

  private func row(_ chains: inout KeyChains, _ text: String) -> Int? {
    Array(text.utf8).withUnsafeBufferPointer { chains.row(of: $0) }
  }

  /// Chains are found as a dictionary of strings finds them: the last row set for a chain, and
  /// a chain spelled in other but canonically equivalent bytes.
  @Test func keyChainsFindRowsAsStringsDo() {
    var chains = KeyChains(capacity: 2)
    for i in 0..<100 { set(&chains, "14755\u{1F}M\(i)", i) }
    set(&chains, "14755\u{1F}M7", 100)
    #expect(row(&chains, "14755\u{1F}M7") == 100)
    #expect(row(&chains, "14755\u{1F}M99") == 99)
    #expect(row(&chains, "14755\u{1F}M100") == nil)
    #expect(row(&chains, "") == nil)
    // The Kelvin sign is canonically equivalent to K.
    #expect(row(&chains, "14755\u{1F}\u{212A}") == nil)
    set(&chains, "K", 200)
    #expect(row(&chains, "\u{212A}") == 200)
    // Composed and decomposed: the later setting of equivalent chains wins.
    set(&chains, "Nữ", 300)
    set(&chains, "Nu\u{031B}\u{0303}", 301)
    #expect(row(&chains, "Nữ") == 301)
    set(&chains, "Nữ", 302)
    #expect(row(&chains, "Nu\u{031B}\u{0303}") == 302)
    #expect(row(&chains, "14755\u{1F}M7") == 100)
    // The same, with the strings made only at the first lookup.
    var later = KeyChains(capacity: 2)
    set(&later, "Nữ", 1)
    set(&later, "Nu\u{031B}\u{0303}", 2)
    set(&later, "Nữ", 3)
    #expect(row(&later, "Nu\u{031B}\u{0303}") == 3)
  }
}
