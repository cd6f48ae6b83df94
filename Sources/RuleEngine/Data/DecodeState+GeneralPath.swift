import SourceDiagnostics
import YAML

/// The general path: any value of any type, with every schema break reported.
extension DecodeState {
  /// The general path: reads a value of any type, and reports whatever breaks the schema.
  mutating func decodeValue(
    _ node: YAMLNodeID, type: FieldType, spec: FieldSpec, owner: ObjectID, typeIndex: Int, fieldIndex: Int,
    path: PathRef
  ) -> DataSlot {
    func wrong(_ state: inout DecodeState) -> DataSlot {
      let found =
        state.yaml.kind(of: node) == .scalar
        ? SchemaFindingText.found(state.yaml.string(node))
        : state.yaml.kind(of: node) == .sequence ? FindingMessage.aList() : FindingMessage.aGroupOfFields()
      state.schemaFinding(
        SchemaFindingText.wrongType(
          spec, expected: SchemaFindingText.kindWords(type, schema: state.schema), found: found),
        at: node, path: path)
      return .invalid
    }
    switch type {
    case .list(let element):
      guard yaml.kind(of: node) == .sequence else { return wrong(&self) }
      return decodeList(
        node, element: DecodePlan.resolve(element, spec, schema), elementType: element,
        minimum: spec.minimum ?? -.infinity, maximum: spec.maximum ?? .infinity, owner: owner, type: typeIndex,
        field: fieldIndex)
    case .object(let name):
      guard yaml.kind(of: node) == .mapping, let t = schema.typeIndex(name) else { return wrong(&self) }
      return .object(
        decodeObject(node, type: t, parent: owner.index, parentField: UInt16(fieldIndex), listIndex: -1))
    case .string, .int, .double, .bool, .date, .enumeration:
      guard reader.isScalar(node) else { return wrong(&self) }
      // The common cases, read from the bytes without making a string.
      switch type {
      case .string where spec.pattern == nil:
        return .string(node)
      case .enumeration(let name):
        if let e = schema.enums.lastIndex(where: { $0.name == name }), let slot = reader.enumSlot(node, enum: e) {
          return slot
        }
      case .string, .int, .double, .bool, .date, .list, .object:
        break
      }
      let text = yaml.string(node) ?? ""
      let plain = yaml.scalarStyle(of: node) == .plain
      switch type {
      case .string:
        if let pattern = spec.pattern, let regex = compiled(pattern), (try? regex.wholeMatch(in: text)) == nil {
          schemaFinding(SchemaFindingText.pattern(spec, text), at: node, path: path)
          return .invalid
        }
        return .string(node)
      case .enumeration(let name):
        // Not one of the enum's values (those returned above).
        guard let e = schema.enumType(name) else { return .invalid }
        if enumForms[name] == nil { enumForms[name] = EnumSpelling.Forms(e) }
        let named = enumForms[name].flatMap { EnumSpelling.value(named: text, in: e, forms: $0) }
        if let (named, exact) = named, exact {
          let title = (named.title ?? LocalizedText(verbatim: named.name)).map { $0 == named.name ? "" : " (\($0))" }
          schemaFinding(
            DataEntryMessage.enumByTitle(
              localized: [
                "field": LocalizedText(vi: SchemaFindingText.field(spec, .vi), en: SchemaFindingText.field(spec, .en)),
                "value": LocalizedText(verbatim: text), "code": LocalizedText(verbatim: named.name), "title": title,
              ]), at: node, path: path)
          return .invalid
        }
        schemaFinding(
          SchemaFindingText.enumValue(spec, text, e, suggestion: named?.value.name), at: node, path: path)
        return .invalid
      case .int:
        guard plain, let value = Int64(text) else { return wrong(&self) }
        return checkRange(spec, Double(value), text, node: node, path: path) ? .int(value) : .invalid
      case .double:
        guard plain, let value = Double(text), value.isFinite else { return wrong(&self) }
        return checkRange(spec, value, text, node: node, path: path) ? .double(value) : .invalid
      case .bool:
        guard plain, text == "true" || text == "false" else { return wrong(&self) }
        return .bool(text == "true")
      case .date:
        guard let date = CalendarDate(text) else {
          if text.utf8.count == 10, text.utf8.filter({ $0 == UInt8(ascii: "-") }).count == 2,
            text.utf8.allSatisfy({ ($0 >= 48 && $0 <= 57) || $0 == UInt8(ascii: "-") })
          {
            schemaFinding(SchemaFindingText.impossibleDate(spec, text), at: node, path: path)
            return .invalid
          }
          return wrong(&self)
        }
        return .date(Int32(date.daysSinceEpoch))
      case .list, .object:
        return .invalid
      }
    }
  }

  mutating func compiled(_ pattern: String) -> Regex<AnyRegexOutput>? {
    if let cached = patterns[pattern] { return cached }
    let regex = try? Regex(pattern)
    patterns[pattern] = regex
    return regex
  }

  mutating func wrongItem(_ node: YAMLNodeID, expected: FieldType, spec: FieldSpec, path: PathRef) -> DataSlot {
    let found =
      yaml.kind(of: node) == .scalar
      ? SchemaFindingText.found(yaml.string(node)) : FindingMessage.aList()
    let words = SchemaFindingText.kindWords(expected, schema: schema)
    schemaFinding(
      SchemaFindingText.wrongItem(spec, expected: words, found: found),
      at: node, path: path)
    return .invalid
  }

  mutating func checkRange(_ spec: FieldSpec, _ value: Double, _ text: String, node: YAMLNodeID, path: PathRef) -> Bool
  {
    if let lo = spec.minimum, value < lo {
      schemaFinding(
        SchemaFindingText.outOfRange(spec, text, min: spec.minimum, max: spec.maximum), at: node, path: path)
      return false
    }
    if let hi = spec.maximum, value > hi {
      schemaFinding(
        SchemaFindingText.outOfRange(spec, text, min: spec.minimum, max: spec.maximum), at: node, path: path)
      return false
    }
    return true
  }
}
