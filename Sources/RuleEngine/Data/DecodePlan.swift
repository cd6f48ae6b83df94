/// The schema resolved for decoding, once per decode: for every type and field, what the hot
/// loops need as plain values (type and enum indexes, name bytes, bounds, flags), so that
/// reading a value copies no ``FieldSpec`` and hashes no name.
struct DecodePlan {
  /// How a value of a field (or of a list's items) is read.
  enum Kind: UInt8 {
    /// A string with no pattern: kept as its node.
    case string
    /// One of the values of a known enum.
    case enumeration
    case int
    case bool
    case date
    /// A record of a known type.
    case object
    /// A list; its items are read by the field's `element`.
    case list
    /// Anything else (a pattern, a double, a nested list, a name the schema does not know):
    /// read by the general path, which reports every break.
    case general
  }

  /// A type resolved: the kind, and the record type or enum it names.
  struct Resolved {
    var kind: Kind
    /// The record type of `.object`, the enum of `.enumeration`; -1 otherwise.
    var index: Int32
  }

  struct Field {
    var value: Resolved
    /// What the items are, for a list.
    var element: Resolved
    /// The field's name in ``DecodePlan/bytes``.
    var nameStart: Int32
    var nameCount: Int32
    /// The bounds of a number; infinite when the schema sets none.
    var minimum: Double
    var maximum: Double
    var required: Bool
    var hasDefault: Bool
  }

  struct TypeInfo {
    /// The type's first field in ``DecodePlan/fields``.
    var firstField: Int
    var fieldCount: Int
    /// The index of the key field (`code`, `id`), or -1.
    var keyField: Int
  }

  struct EnumInfo {
    /// The index of the enum's first value in the document's enum table.
    var base: UInt32
    /// The enum's first value in ``DecodePlan/values``.
    var firstValue: Int
    var count: Int
  }

  var types: [TypeInfo] = []
  var fields: [Field] = []
  var enums: [EnumInfo] = []
  /// Where each enum value's text sits in `bytes`.
  var values: [(start: Int32, count: Int32)] = []
  /// Field names and enum values, as UTF-8, one after another.
  var bytes: [UInt8] = []

  init(schema: Schema) {
    var base: UInt32 = 0
    for e in schema.enums {
      enums.append(EnumInfo(base: base, firstValue: values.count, count: e.values.count))
      for v in e.values { values.append(add(v.name)) }
      base += UInt32(e.values.count)
    }
    for t in schema.types {
      types.append(
        TypeInfo(
          firstField: fields.count, fieldCount: t.fields.count,
          keyField: t.key.flatMap { t.fieldIndex($0) } ?? -1))
      for f in t.fields {
        let name = add(f.name)
        var element = Resolved(kind: .general, index: -1)
        if case .list(let e) = f.type { element = DecodePlan.resolve(e, f, schema) }
        fields.append(
          Field(
            value: DecodePlan.resolve(f.type, f, schema), element: element, nameStart: name.start,
            nameCount: name.count, minimum: f.minimum ?? -.infinity, maximum: f.maximum ?? .infinity,
            required: f.required, hasDefault: f.defaultValue != nil))
      }
    }
  }

  private mutating func add(_ text: String) -> (start: Int32, count: Int32) {
    let start = Int32(bytes.count)
    bytes.append(contentsOf: text.utf8)
    return (start, Int32(bytes.count) - start)
  }

  /// How a value of `type`, in the field `spec`, is read.
  static func resolve(_ type: FieldType, _ spec: FieldSpec, _ schema: Schema) -> Resolved {
    switch type {
    case .string: return Resolved(kind: spec.pattern == nil ? .string : .general, index: -1)
    case .int: return Resolved(kind: .int, index: -1)
    case .bool: return Resolved(kind: .bool, index: -1)
    case .date: return Resolved(kind: .date, index: -1)
    case .double: return Resolved(kind: .general, index: -1)
    case .enumeration(let name):
      guard let i = schema.enums.lastIndex(where: { $0.name == name }) else {
        return Resolved(kind: .general, index: -1)
      }
      return Resolved(kind: .enumeration, index: Int32(i))
    case .object(let name):
      guard let i = schema.typeIndex(name) else { return Resolved(kind: .general, index: -1) }
      return Resolved(kind: .object, index: Int32(i))
    case .list: return Resolved(kind: .list, index: -1)
    }
  }
}
