/// A blank submission to fill in: every field, with its meaning in Vietnamese as a comment and
/// the values it may take.
package struct BlankForm {
  package let schema: Schema
  package let asOf: CalendarDate

  package init(schema: Schema, asOf: CalendarDate) {
    self.schema = schema
    self.asOf = asOf
  }

  /// The form for a unit of report (without the root's `upper-level` field) or for the level
  /// above (with it, and one unit).
  package func text(upperLevel: Bool) -> String {
    var out = """
      # Báo cáo Dân quân tự vệ: mẫu để điền. Mỗi trường có ghi chú ý nghĩa, bắt buộc hay không,
      # và các giá trị được phép. Xóa các trường tùy chọn không dùng; kiểm tra bằng: dqtv check <tệp>
      # DQTV submission: a blank form. Each field has a comment with its meaning; delete optional
      # fields you do not use, then check the file with: dqtv check <file>

      """
    guard let root = schema.type(schema.root) else { return out }
    write(root, indent: 0, into: &out, upperLevel: upperLevel, listItem: false)
    return out
  }

  private func comment(_ f: FieldSpec) -> String {
    var parts: [String] = []
    if let t = f.title { parts.append(t.vi) }
    parts.append(
      f.required
        ? "bắt buộc"
        : (f.defaultValue != nil
          ? "tùy chọn, mặc định \(SchemaDocuments.text(f.defaultValue!).replacingBackticks)" : "tùy chọn"))
    if case .enumeration(let e) = f.type.elementType, let en = schema.enumType(e) {
      parts.append("giá trị: " + en.values.map(\.name).joined(separator: " | "))
    }
    if let r = f.reference {
      parts.append("mã của một " + r.targets.joined(separator: " hoặc ") + " trong cùng " + r.within)
    }
    if f.type == .date { parts.append("dạng YYYY-MM-DD") }
    return "# " + parts.joined(separator: "; ")
  }

  private func placeholder(_ f: FieldSpec) -> String {
    switch f.type {
    case .string: return f.name == "format" ? (schema.submissionFormat ?? "\"\"") : "\"\""
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
