/// JSON string literals: the one escaper of every JSON dqtv writes (reports, the schema for
/// editors, CEL values) and of the double-quoted YAML scalars it writes (JSON's strings are
/// YAML's too).
package enum JSONString {
  /// `text` as a JSON string literal, escaping what JSON requires and nothing else (UTF-8
  /// passes through).
  package static func quoted(_ text: String) -> String {
    var out = ""
    append(text, to: &out)
    return out
  }

  /// Appends `text` as a JSON string literal. Most strings need no escape: their bytes are
  /// checked once and copied whole.
  package static func append(_ text: String, to out: inout String) {
    var plain = true
    for byte in text.utf8 where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
      plain = false
      break
    }
    out += "\""
    if plain {
      out += text
      out += "\""
      return
    }
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      default:
        if scalar.value < 0x20 {
          let hex = String(scalar.value, radix: 16)
          out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    out += "\""
  }
}
