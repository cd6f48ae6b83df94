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

  /// Appends `text` as a JSON string literal, in UTF-8, with the same escapes as
  /// ``append(_:to:)``: for writers that build their output as bytes. A string that needs no
  /// escape is copied whole.
  package static func append(_ text: String, toBytes out: inout [UInt8]) {
    var text = text
    text.withUTF8 { utf8 in
      out.append(UInt8(ascii: "\""))
      var start = 0
      for i in 0..<utf8.count {
        let byte = utf8[i]
        guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<i]))
        start = i + 1
        out.append(UInt8(ascii: "\\"))
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): out.append(byte)
        case UInt8(ascii: "\n"): out.append(UInt8(ascii: "n"))
        case UInt8(ascii: "\r"): out.append(UInt8(ascii: "r"))
        case UInt8(ascii: "\t"): out.append(UInt8(ascii: "t"))
        default:
          let hex: [UInt8] = Array("0123456789abcdef".utf8)
          out.append(contentsOf: [
            UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hex[Int(byte >> 4)], hex[Int(byte & 15)],
          ])
        }
      }
      out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<utf8.count]))
      out.append(UInt8(ascii: "\""))
    }
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
