import SourceDiagnostics
/// The words of `SCHEMA` findings, in Vietnamese and English, naming fields by the titles of
/// the form an official filled in.
enum SchemaFindingText {
  static func field(_ spec: FieldSpec, _ language: Language) -> String {
    if let title = spec.title?[language], title != spec.name { return "'\(title)' (\(spec.name))" }
    return "'\(spec.name)'"
  }

  static func typeName(_ type: ObjectType, _ language: Language) -> String {
    type.title?[language] ?? type.name
  }

  static func kindWords(_ type: FieldType, schema: Schema) -> LocalizedText {
    switch type {
    case .string: LocalizedText(vi: "một đoạn văn bản", en: "a text")
    case .int: LocalizedText(vi: "một số nguyên", en: "a whole number")
    case .double: LocalizedText(vi: "một số", en: "a number")
    case .bool: LocalizedText(vi: "true hoặc false", en: "true or false")
    case .date: LocalizedText(vi: "một ngày dạng YYYY-MM-DD", en: "a date written YYYY-MM-DD")
    case .enumeration: LocalizedText(vi: "một giá trị trong danh mục", en: "one of the listed values")
    case .object(let name):
      LocalizedText(
        vi: "một nhóm trường (\(schema.type(name).map { typeName($0, .vi) } ?? name))",
        en: "a group of fields (\(schema.type(name).map { typeName($0, .en) } ?? name))")
    case .list: LocalizedText(vi: "một danh sách", en: "a list")
    }
  }

  static func found(_ text: String?) -> LocalizedText {
    guard let text else { return LocalizedText(vi: "một nhóm", en: "a group") }
    return LocalizedText(vi: "'\(text)'", en: "'\(text)'")
  }

  static func unknownField(_ name: String, in type: ObjectType, suggestion: String?) -> LocalizedText {
    var vi = "Trường '\(name)' không có trong \(typeName(type, .vi))"
    var en = "unknown field '\(name)' in \(typeName(type, .en))"
    if let s = suggestion {
      vi += "; có phải là '\(s)'?"
      en += "; did you mean '\(s)'?"
    } else {
      vi += "."
    }
    return LocalizedText(vi: vi, en: en)
  }

  static func missing(_ spec: FieldSpec, in type: ObjectType) -> LocalizedText {
    LocalizedText(
      vi: "Thiếu trường bắt buộc \(field(spec, .vi)) của \(typeName(type, .vi)).",
      en: "missing required field \(field(spec, .en)) of \(typeName(type, .en))")
  }

  static func wrongType(_ spec: FieldSpec, expected: LocalizedText, found: LocalizedText) -> LocalizedText {
    LocalizedText(
      vi: "\(field(spec, .vi)) phải là \(expected.vi), không phải \(found.vi).",
      en: "\(field(spec, .en)) must be \(expected.en), not \(found.en)")
  }

  static func impossibleDate(_ spec: FieldSpec, _ text: String) -> LocalizedText {
    LocalizedText(
      vi: "\(field(spec, .vi)): ngày '\(text)' không có thật.",
      en: "\(field(spec, .en)): '\(text)' is not a real date")
  }

  static func enumValue(_ spec: FieldSpec, _ value: String, _ e: EnumType, suggestion: String?) -> LocalizedText {
    let allowed = e.values.map(\.name).joined(separator: ", ")
    var vi = "\(field(spec, .vi)): '\(value)' không phải giá trị hợp lệ"
    var en = "\(field(spec, .en)): '\(value)' is not an allowed value"
    if let s = suggestion {
      vi += "; có phải là '\(s)'?"
      en += "; did you mean '\(s)'?"
    } else {
      vi += " (các giá trị: \(allowed))."
      en += " (allowed: \(allowed))"
    }
    return LocalizedText(vi: vi, en: en)
  }

  static func pattern(_ spec: FieldSpec, _ value: String) -> LocalizedText {
    LocalizedText(
      vi: "\(field(spec, .vi)): '\(value)' không đúng dạng quy định.",
      en: "\(field(spec, .en)): '\(value)' does not have the required form")
  }

  static func outOfRange(_ spec: FieldSpec, _ value: String, min: Double?, max: Double?) -> LocalizedText {
    func n(_ d: Double) -> String { d == d.rounded() ? String(Int64(d)) : String(d) }
    let bound: LocalizedText
    switch (min, max) {
    case (let lo?, let hi?): bound = LocalizedText(vi: "từ \(n(lo)) đến \(n(hi))", en: "from \(n(lo)) to \(n(hi))")
    case (let lo?, nil): bound = LocalizedText(vi: "ít nhất \(n(lo))", en: "at least \(n(lo))")
    case (nil, let hi?): bound = LocalizedText(vi: "nhiều nhất \(n(hi))", en: "at most \(n(hi))")
    default: bound = LocalizedText(vi: "", en: "")
    }
    return LocalizedText(
      vi: "\(field(spec, .vi)) là \(value), phải \(bound.vi).",
      en: "\(field(spec, .en)) is \(value); it must be \(bound.en)")
  }

  static func duplicateKey(_ spec: FieldSpec, _ value: String, firstLine: Int) -> LocalizedText {
    LocalizedText(
      vi: "\(field(spec, .vi)) '\(value)' bị trùng; đã dùng ở dòng \(firstLine).",
      en: "\(field(spec, .en)) '\(value)' is used twice; first on line \(firstLine)")
  }

  static func danglingReference(
    _ spec: FieldSpec, _ value: String, targets: [ObjectType], within: ObjectType
  ) -> LocalizedText {
    let vi = targets.map { typeName($0, .vi) }.joined(separator: " hoặc ")
    let en = targets.map { typeName($0, .en) }.joined(separator: " or ")
    return LocalizedText(
      vi: "\(field(spec, .vi)) là '\(value)', nhưng không có \(vi) nào mang mã này trong \(typeName(within, .vi)).",
      en: "\(field(spec, .en)) is '\(value)', but no \(en) of this \(typeName(within, .en)) has that id")
  }
}
