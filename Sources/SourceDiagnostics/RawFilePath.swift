/// A file's path as the system knows it, a string of bytes, with the form it is shown in.
///
/// Linux allows any bytes but `/` and NUL in a name, and names copied from old systems are
/// often not UTF-8 (Vietnamese in a legacy code page). A Swift `String` cannot hold such a
/// name, so the command line keeps the bytes of the arguments that are not UTF-8 and files
/// are opened by them. Such a name is shown with each byte that is not part of valid UTF-8
/// written `\xE3`, in every output; a name that is UTF-8 is shown as it is.
package struct RawFilePath: Hashable, Sendable, CustomStringConvertible {
  /// The bytes of the path, without a terminating NUL.
  package let bytes: [UInt8]
  /// How the path is shown.
  package let display: String
  /// The path as a string, when its bytes are UTF-8.
  package let string: String?

  /// A path given as a string.
  package init(_ string: String) {
    bytes = Array(string.utf8)
    display = string
    self.string = string
  }

  /// A path given as bytes.
  package init(bytes: [UInt8]) {
    self.bytes = bytes
    if let text = String(validating: bytes, as: UTF8.self) {
      display = text
      string = text
    } else {
      display = Self.escaped(bytes)
      string = nil
    }
  }

  package var description: String { display }

  /// `bytes` as text: valid UTF-8 as it is, each other byte as `\xHH` (uppercase).
  package static func escaped(_ bytes: [UInt8]) -> String {
    var out = String.UnicodeScalarView()
    var parser = Unicode.UTF8.ForwardParser()
    var iterator = bytes.makeIterator()
    var position = 0
    while true {
      switch parser.parseScalar(from: &iterator) {
      case .valid(let encoded):
        out.append(Unicode.UTF8.decode(encoded))
        position += encoded.count
      case .error(let length):
        for byte in bytes[position..<position + length] {
          let hex = String(byte, radix: 16, uppercase: true)
          out.append(contentsOf: "\\x\(hex.count == 1 ? "0" + hex : hex)".unicodeScalars)
        }
        position += length
      case .emptyInput:
        return String(out)
      }
    }
  }
}
