import SourceDiagnostics

/// A blank submission to fill in: every field, with its meaning as a comment in one language
/// (``FormMessage``) and the values it may take.
package struct BlankForm {
  package let schema: Schema
  package let asOf: CalendarDate
  package let language: Language

  package init(schema: Schema, asOf: CalendarDate, language: Language = .vi) {
    self.schema = schema
    self.asOf = asOf
    self.language = language
  }

  /// The form for a unit of report (without the root's `upper-level` field) or for the level
  /// above (with it, and one unit).
  package func text(upperLevel: Bool) -> String {
    var out = FormMessage.header.text(language) + "\n"
    guard let root = schema.type(schema.root) else { return out }
    write(root, indent: 0, into: &out, upperLevel: upperLevel, listItem: false)
    return out
  }

  private func comment(_ f: FieldSpec) -> String {
    var parts: [String] = []
    if let t = f.title { parts.append(t[language]) }
    if f.required {
      parts.append(FormMessage.required.text(language))
    } else if let value = f.defaultValue {
      parts.append(
        FormMessage.optionalDefault.text(language, ["value": SchemaDocuments.text(value).replacingBackticks]))
    } else {
      parts.append(FormMessage.optional.text(language))
    }
    if case .enumeration(let e) = f.type.elementType, let en = schema.enumType(e) {
      parts.append(FormMessage.values.text(language, ["values": en.values.map(\.name).joined(separator: " | ")]))
    }
    if let r = f.reference {
      // Types are named by their titles, as the official knows them.
      func title(_ name: String) -> String { schema.type(name)?.title?[language] ?? name }
      let targets = r.targets.map(title).joined(separator: FindingMessage.or.text(language))
      parts.append(FormMessage.reference.text(language, ["targets": targets, "within": title(r.within)]))
    }
    if f.type == .date { parts.append(FormMessage.dateForm.text(language)) }
    return "# " + parts.joined(separator: "; ")
  }

  private func placeholder(_ f: FieldSpec) -> String {
    switch f.type {
    case .string: return f.role == .formatVersion ? (schema.submissionFormat ?? "\"\"") : "\"\""
    case .int: return "0"
    case .double: return "0.0"
    case .bool:
      if case .bool(let b)? = f.defaultValue { return String(b) }
      return "false"
    case .date: return asOf.description
    case .enumeration(let e):
      if case .string(let d)? = f.defaultValue { return d }
      return schema.enumType(e)?.values.first?.name ?? "\"\""
    case .list(let element):
      if case .object = element { return "" }
      return "[]"
    case .object: return ""
    }
  }

  private func write(_ type: ObjectType, indent: Int, into out: inout String, upperLevel: Bool, listItem: Bool) {
    var first = true
    for f in type.fields {
      if f.role == .upperLevel && type.name == schema.root && !upperLevel { continue }
      let pad = String(repeating: " ", count: indent)
      let lead = listItem && first ? String(repeating: " ", count: max(0, indent - 2)) + "- " : pad
      first = false
      out += "\(pad)\(comment(f))\n"
      switch f.type {
      case .object(let name):
        out += "\(lead)\(f.name):\n"
        if let t = schema.type(name) {
          write(t, indent: indent + 2, into: &out, upperLevel: upperLevel, listItem: false)
        }
      case .list(.object(let name)):
        out += "\(lead)\(f.name):\n"
        if let t = schema.type(name) {
          write(t, indent: indent + 4, into: &out, upperLevel: upperLevel, listItem: true)
        }
      case .string, .int, .double, .bool, .date, .enumeration, .list:
        out += "\(lead)\(f.name): \(placeholder(f))\n"
      }
    }
  }
}

extension String {
  fileprivate var replacingBackticks: String { filter { $0 != "`" } }
}
