import SourceDiagnostics
import YAML

/// Writes a YAML document as block YAML text: mappings in their order, lists of records as
/// `- ` items, lists of scalars in `[a, b]`, and scalars plain when YAML reads them back as
/// the same text, double-quoted otherwise. Used to convert a workbook to a YAML submission.
package enum YAMLTextWriter {
  package static func text(_ document: YAMLDocument, header: String = "") -> String {
    var out = header
    write(document, document.root, indent: 0, into: &out)
    return out
  }

  private static func write(_ d: YAMLDocument, _ node: YAMLNodeID, indent: Int, into out: inout String) {
    let pad = String(repeating: " ", count: indent)
    for pair in d.pairs(of: node) {
      let key = scalar(d.string(pair.key) ?? "")
      writeValue(d, pair.value, prefix: pad + key + ":", indent: indent, into: &out)
    }
  }

  private static func writeValue(
    _ d: YAMLDocument, _ value: YAMLNodeID, prefix: String, indent: Int, into out: inout String
  ) {
    switch d.kind(of: value) {
    case .scalar:
      out += prefix + " " + scalar(d.string(value) ?? "") + "\n"
    case .mapping:
      if d.count(of: value) == 0 {
        out += prefix + " {}\n"
        return
      }
      out += prefix + "\n"
      write(d, value, indent: indent + 2, into: &out)
    case .sequence:
      let items = d.items(of: value)
      if items.allSatisfy({ d.kind(of: $0) == .scalar }) {
        out += prefix + " [" + items.map { scalar(d.string($0) ?? "") }.joined(separator: ", ") + "]\n"
        return
      }
      out += prefix + "\n"
      let pad = String(repeating: " ", count: indent + 2)
      for item in items {
        if d.kind(of: item) == .mapping && d.count(of: item) > 0 {
          var inner = ""
          write(d, item, indent: indent + 4, into: &inner)
          // The first line of the record goes after the dash.
          let trimmed = inner.dropFirst(indent + 4)
          out += pad + "- " + trimmed
        } else {
          writeValue(d, item, prefix: pad + "-", indent: indent + 2, into: &out)
        }
      }
    }
  }

  /// A scalar as YAML text: plain when safe, else in double quotes with JSON's escapes.
  package static func scalar(_ s: String) -> String {
    plainIsSafe(s) ? s : JSONString.quoted(s)
  }

  static func plainIsSafe(_ s: String) -> Bool {
    guard let first = s.unicodeScalars.first, let last = s.unicodeScalars.last else { return false }
    if "-?:,[]{}#&*!|>'\"%@`".unicodeScalars.contains(first) || first.properties.isWhitespace
      || last.properties.isWhitespace || last == ":"
    {
      return false
    }
    if ["null", "Null", "NULL", "~"].contains(s) { return false }
    if s.contains(": ") || s.contains(" #") || s.contains(",") { return false }
    return !s.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F || $0 == "\u{FEFF}" }
  }
}
