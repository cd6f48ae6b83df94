/// Text from data (names, messages, file paths) made safe to print on one line of a terminal.
///
/// Every character that could move the cursor, start an escape sequence, break the line or
/// reorder what is shown is written as a Swift escape, `\u{1B}`, with the scalar's value in
/// uppercase hexadecimal: C0 controls (tab and newline included), DEL, C1 controls, the line
/// and paragraph separators (U+2028, U+2029) and the bidirectional controls (U+061C, U+200E,
/// U+200F, U+202A to U+202E, U+2066 to U+2069). Everything else, Vietnamese included, is kept.
/// A backslash is kept as it is, as compilers do.
package enum TerminalText {
  /// Whether a scalar is printed as an escape.
  package static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x00..<0x20, 0x7F..<0xA0, 0x2028, 0x2029: true
    case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
    default: false
    }
  }

  /// `text` with each control character written as `\u{XX}`.
  package static func escaped(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: needsEscape) else { return text }
    var out = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      if needsEscape(scalar) {
        out.append(contentsOf: "\\u{\(String(scalar.value, radix: 16, uppercase: true))}".unicodeScalars)
      } else {
        out.append(scalar)
      }
    }
    return String(out)
  }
}
