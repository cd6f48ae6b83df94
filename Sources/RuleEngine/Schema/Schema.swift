import SourceDiagnostics

/// The type of a field of the data, as `schema.yaml` states it.
package indirect enum FieldType: Hashable, Sendable, CustomStringConvertible {
  case string
  case int
  case double
  case bool
  case date
  /// A string with a known set of values: the enum's name.
  case enumeration(String)
  /// A record: the type's name.
  case object(String)
  case list(FieldType)

  package var description: String {
    switch self {
    case .string: "string"
    case .int: "int"
    case .double: "double"
    case .bool: "bool"
    case .date: "date"
    case .enumeration(let name), .object(let name): name
    case .list(let element): "list(\(element))"
    }
  }
}

/// What a type or a field means to dqtv itself rather than to the rules
/// (docs/schema-language.md, "Roles"): the schema names them so that no Swift code spells a
/// type or a field of a pack.
package enum SchemaRole: String, Sendable, CaseIterable {
  /// A date field of the root: the day the data describes, and so the law that applies.
  case asOf = "as-of"
  /// A keyed record type: the unit a submission reports on (waivers name it by its key,
  /// reports group findings by it).
  case unitOfReport = "unit-of-report"
  /// A record field of the root that only the level above the units fills in.
  case upperLevel = "upper-level"
  /// A string field of the root that names the submission format's version
  /// (`submission_format`): blank forms and templates fill it in.
  case formatVersion = "format-version"

  /// Whether the role is given to a field (else to a type).
  package var isFieldRole: Bool {
    switch self {
    case .asOf, .upperLevel, .formatVersion: true
    case .unitOfReport: false
    }
  }
}

/// The value a rule reads when a field with a default is left out.
package enum DefaultValue: Hashable, Sendable {
  case string(String)
  case int(Int64)
  case double(Double)
  case bool(Bool)
  case date(CalendarDate)
  case emptyList
}

/// What a reference field must name: the key of a node of one of `targets` below the same
/// `within` node.
package struct Reference: Hashable, Sendable {
  package var targets: [String]
  package var within: String
}

/// One field of a record type.
package struct FieldSpec: Sendable {
  package var name: String
  package var type: FieldType
  package var required: Bool
  package var defaultValue: DefaultValue?
  package var title: LocalizedText?
  package var doc: LocalizedText?
  package var pattern: String?
  package var minimum: Double?
  package var maximum: Double?
  package var reference: Reference?
  /// What the field means to dqtv itself, if anything.
  package var role: SchemaRole? = nil
  /// Where the field is declared in `schema.yaml`.
  package var location: SourceLocation

  /// The field's name for an official: its title, else its key.
  package func displayName(_ language: Language) -> String {
    title?[language] ?? name
  }
}

/// A record type: a mapping with named fields.
package struct ObjectType: Sendable {
  package var name: String
  package var title: LocalizedText?
  package var doc: LocalizedText?
  /// The field that identifies a node among its siblings.
  package var key: String?
  package var fields: [FieldSpec]
  /// What the type means to dqtv itself, if anything.
  package var role: SchemaRole?
  package var location: SourceLocation
  private var indexByName: [String: Int] = [:]

  init(
    name: String, title: LocalizedText?, doc: LocalizedText?, key: String?, fields: [FieldSpec],
    role: SchemaRole? = nil, location: SourceLocation
  ) {
    self.name = name
    self.role = role
    self.title = title
    self.doc = doc
    self.key = key
    self.fields = fields
    self.location = location
    for (i, f) in fields.enumerated() { indexByName[f.name] = i }
  }

  package func fieldIndex(_ name: String) -> Int? { indexByName[name] }
  package func field(_ name: String) -> FieldSpec? { indexByName[name].map { fields[$0] } }

  /// The scope variable's name: the type's name in lower snake case (`BoardMember` →
  /// `board_member`).
  package var variableName: String { ObjectType.snakeCase(name) }

  static func snakeCase(_ name: String) -> String {
    var out = ""
    for (i, c) in name.enumerated() {
      if c.isUppercase {
        if i > 0 { out.append("_") }
        out.append(contentsOf: c.lowercased())
      } else {
        out.append(c)
      }
    }
    return out
  }
}

/// One value of an enum, with its titles.
package struct EnumValue: Sendable {
  package var name: String
  package var title: LocalizedText?
}

/// A set of allowed string values.
package struct EnumType: Sendable {
  package var name: String
  package var title: LocalizedText?
  package var values: [EnumValue]
  package var location: SourceLocation
  package func contains(_ value: String) -> Bool { values.contains { $0.name == value } }
  package func value(_ name: String) -> EnumValue? { values.first { $0.name == name } }
}

/// The types of a submission: what `schema.yaml` states.
package struct Schema: Sendable {
  /// The type of the whole file.
  package var root: String
  /// The value the root's `format` field must have, if the schema names one.
  package var submissionFormat: String?
  /// Where `submission_format` is written.
  package var submissionFormatLocation: SourceLocation?
  /// Record types in the order written.
  package var types: [ObjectType]
  package var enums: [EnumType]
  private var typeIndex: [String: Int] = [:]
  private var enumIndex: [String: Int] = [:]

  init(root: String, submissionFormat: Located<String>?, types: [ObjectType], enums: [EnumType]) {
    self.root = root
    self.submissionFormat = submissionFormat?.value
    submissionFormatLocation = submissionFormat?.location
    self.types = types
    self.enums = enums
    for (i, t) in types.enumerated() { typeIndex[t.name] = i }
    for (i, e) in enums.enumerated() { enumIndex[e.name] = i }
  }

  package func type(_ name: String) -> ObjectType? { typeIndex[name].map { types[$0] } }

  /// The root's date field that says which day the data describes (role `as-of`).
  package var asOfField: String? {
    type(root)?.fields.first { $0.role == .asOf }?.name
  }

  /// The type whose nodes reports count and group by, each known by its key (role
  /// `unit-of-report`).
  package var unitOfReport: String? {
    types.first { $0.role == .unitOfReport }?.name
  }

  /// The root's field that lists the units of report (`list(Unit)`), when it has one: the data
  /// paths of units start with it.
  package var unitListField: String? {
    guard let unit = unitOfReport else { return nil }
    return type(root)?.fields.first { $0.type == .list(.object(unit)) }?.name
  }

  /// The title of the unit of report's type.
  package var unitOfReportTitle: LocalizedText? {
    unitOfReport.flatMap { type($0)?.title }
  }

  /// The root's field that only the level above the units of report fills in (role
  /// `upper-level`); a unit's blank form leaves it out.
  package var upperLevelField: String? {
    type(root)?.fields.first { $0.role == .upperLevel }?.name
  }

  /// The root's field that holds the submission format's version (role `format-version`).
  package var formatVersionField: String? {
    type(root)?.fields.first { $0.role == .formatVersion }?.name
  }
  package func typeIndex(_ name: String) -> Int? { typeIndex[name] }
  package func enumType(_ name: String) -> EnumType? { enumIndex[name].map { enums[$0] } }

  /// The record types that can hold a node of `name` on the way from the root, root first, each
  /// with the field that leads down (for scopes: which variables a rule on `name` sees).
  package func ancestry(of name: String) -> [String]? {
    var seen: Set<String> = [root]
    var queue = [root]
    var parent: [String: String] = [:]
    while !queue.isEmpty {
      let current = queue.removeFirst()
      if current == name {
        var chain = [current]
        var c = current
        while let p = parent[c] {
          chain.insert(p, at: 0)
          c = p
        }
        return chain
      }
      guard let t = type(current) else { continue }
      for f in t.fields {
        if case .object(let child) = f.type.elementType, !seen.contains(child) {
          seen.insert(child)
          parent[child] = current
          queue.append(child)
        }
      }
    }
    return nil
  }
}

extension FieldType {
  /// The type of the items of a list, or the type itself.
  package var elementType: FieldType {
    if case .list(let e) = self { return e.elementType }
    return self
  }
}
