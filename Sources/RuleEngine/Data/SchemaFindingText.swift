import SourceDiagnostics

/// The words of `SCHEMA` findings (``FindingMessage``), naming fields by the titles of the form
/// an official filled in.
enum SchemaFindingText {
  static func field(_ spec: FieldSpec, _ language: Language) -> String {
    if let title = spec.title?[language], title != spec.name { return "'\(title)' (\(spec.name))" }
    return "'\(spec.name)'"
  }

  static func field(_ spec: FieldSpec) -> LocalizedText {
    LocalizedText(vi: field(spec, .vi), en: field(spec, .en))
  }

  static func typeName(_ type: ObjectType, _ language: Language) -> String {
    type.title?[language] ?? type.name
  }

  static func typeName(_ type: ObjectType) -> LocalizedText {
    LocalizedText(vi: typeName(type, .vi), en: typeName(type, .en))
  }

  static func kindWords(_ type: FieldType, schema: Schema) -> LocalizedText {
    switch type {
    case .string: FindingMessage.aText()
    case .int: FindingMessage.aWholeNumber()
    case .double: FindingMessage.aNumber()
    case .bool: FindingMessage.trueOrFalse()
    case .date: FindingMessage.aDate()
    case .enumeration: FindingMessage.listedValue()
    case .object(let name):
      FindingMessage.groupOf(
        localized: ["type": schema.type(name).map { typeName($0) } ?? LocalizedText(verbatim: name)])
    case .list: FindingMessage.aList()
    }
  }

  static func found(_ text: String?) -> LocalizedText {
    guard let text else { return FindingMessage.aGroup() }
    return LocalizedText(verbatim: "'\(text)'")
  }

  static func unknownField(_ name: String, in type: ObjectType, suggestion: String?) -> LocalizedText {
    if let s = suggestion {
      return FindingMessage.unknownFieldNear(
        localized: ["name": .init(verbatim: name), "type": typeName(type), "near": .init(verbatim: s)])
    }
    return FindingMessage.unknownField(localized: ["name": .init(verbatim: name), "type": typeName(type)])
  }

  static func missing(_ spec: FieldSpec, in type: ObjectType) -> LocalizedText {
    FindingMessage.missing(localized: ["field": field(spec), "type": typeName(type)])
  }

  static func wrongType(_ spec: FieldSpec, expected: LocalizedText, found: LocalizedText) -> LocalizedText {
    FindingMessage.wrongType(localized: ["field": field(spec), "expected": expected, "found": found])
  }

  static func wrongItem(_ spec: FieldSpec, expected: LocalizedText, found: LocalizedText) -> LocalizedText {
    FindingMessage.wrongItem(localized: ["field": field(spec), "expected": expected, "found": found])
  }

  static func impossibleDate(_ spec: FieldSpec, _ text: String) -> LocalizedText {
    FindingMessage.impossibleDate(localized: ["field": field(spec), "text": .init(verbatim: text)])
  }

  static func enumValue(_ spec: FieldSpec, _ value: String, _ e: EnumType, suggestion: String?) -> LocalizedText {
    if let s = suggestion {
      return FindingMessage.enumValueNear(
        localized: ["field": field(spec), "value": .init(verbatim: value), "near": .init(verbatim: s)])
    }
    let allowed = e.values.map(\.name).joined(separator: ", ")
    return FindingMessage.enumValue(
      localized: ["field": field(spec), "value": .init(verbatim: value), "allowed": .init(verbatim: allowed)])
  }

  static func pattern(_ spec: FieldSpec, _ value: String) -> LocalizedText {
    FindingMessage.pattern(localized: ["field": field(spec), "value": .init(verbatim: value)])
  }

  static func outOfRange(_ spec: FieldSpec, _ value: String, min: Double?, max: Double?) -> LocalizedText {
    func n(_ d: Double) -> String { d == d.rounded() ? String(Int64(d)) : String(d) }
    let bound: LocalizedText
    switch (min, max) {
    case (let lo?, let hi?): bound = FindingMessage.between(["low": n(lo), "high": n(hi)])
    case (let lo?, nil): bound = FindingMessage.atLeast(["low": n(lo)])
    case (nil, let hi?): bound = FindingMessage.atMost(["high": n(hi)])
    default: bound = LocalizedText(verbatim: "")
    }
    return FindingMessage.outOfRange(localized: ["field": field(spec), "value": .init(verbatim: value), "bound": bound])
  }

  /// A key used twice; the first use is named by its line, or in a workbook by its cell.
  static func duplicateKey(_ spec: FieldSpec, _ value: String, first: SourceLocation) -> LocalizedText {
    if first.sheet != nil {
      return FindingMessage.duplicateKeyAtCell(
        localized: ["field": field(spec), "value": .init(verbatim: value), "cell": .init(verbatim: first.place)])
    }
    return FindingMessage.duplicateKey(
      localized: ["field": field(spec), "value": .init(verbatim: value), "line": .init(verbatim: String(first.line))])
  }

  static func danglingReference(
    _ spec: FieldSpec, _ value: String, targets: [ObjectType], within: ObjectType
  ) -> LocalizedText {
    let or = FindingMessage.or()
    let names = LocalizedText(
      vi: targets.map { typeName($0, .vi) }.joined(separator: or.vi),
      en: targets.map { typeName($0, .en) }.joined(separator: or.en))
    return FindingMessage.danglingReference(
      localized: ["field": field(spec), "value": .init(verbatim: value), "targets": names, "within": typeName(within)])
  }
}
