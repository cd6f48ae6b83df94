/// Escaping for XML 1.0 text and attribute values.
package enum XMLText {
  /// Escapes text for element content or a double-quoted attribute value: `& < > " '`, line
  /// breaks and tabs in attributes as character references, and characters XML 1.0 forbids
  /// (other control characters, lone surrogates cannot occur in Swift strings) as U+FFFD.
  package static func escape(_ s: String, attribute: Bool = false) -> String {
    var out = ""
    out.reserveCapacity(s.utf8.count)
    for scalar in s.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += attribute ? "&quot;" : "\""
      case "'": out += attribute ? "&apos;" : "'"
      case "\n": out += attribute ? "&#10;" : "\n"
      case "\r": out += "&#13;"
      case "\t": out += attribute ? "&#9;" : "\t"
      default:
        let v = scalar.value
        if v < 0x20 || v == 0xFFFE || v == 0xFFFF {
          out += "\u{FFFD}"
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out
  }
}
