/// What an expression may refer to: variables, the schema's record and enumeration types, and
/// functions with their overloads.
///
/// The checker resolves every identifier, field selection and call of an expression against
/// these declarations.
package struct Declarations: Sendable {
  /// Variables by name; a dotted name (`a.b`) declares a qualified variable.
  package var variables: [String: CELType]
  /// Schema records, by name.
  package var objectTypes: [String: ObjectTypeDecl]
  /// Schema enumerations, by name: each one a string type with a known set of values.
  package var enumTypes: [String: EnumTypeDecl]
  /// Functions; several entries with the same name add overloads to one function.
  package var functions: [FunctionSignature]

  /// Creates declarations.
  package init(
    variables: [String: CELType] = [:],
    objectTypes: [String: ObjectTypeDecl] = [:],
    enumTypes: [String: EnumTypeDecl] = [:],
    functions: [FunctionSignature] = []
  ) {
    self.variables = variables
    self.objectTypes = objectTypes
    self.enumTypes = enumTypes
    self.functions = functions
  }

  /// Adds (or replaces) a record type under its name.
  package mutating func declare(_ object: ObjectTypeDecl) {
    objectTypes[object.name] = object
  }

  /// Adds (or replaces) an enumeration type under its name.
  package mutating func declare(_ enumeration: EnumTypeDecl) {
    enumTypes[enumeration.name] = enumeration
  }
}

/// A record type of the schema, such as `Commune`, with its named fields.
package struct ObjectTypeDecl: Sendable, Hashable {
  /// The type's name, as `CELType.object(name)` refers to it.
  package var name: String
  /// The fields, in schema order.
  package var fields: [FieldDecl]

  /// Creates a record type.
  package init(name: String, fields: [FieldDecl]) {
    self.name = name
    self.fields = fields
  }

  /// The field with this name, if the type has one.
  package func field(named name: String) -> FieldDecl? {
    fields.first { $0.name == name }
  }
}

/// One field of a schema record.
package struct FieldDecl: Sendable, Hashable {
  /// The field's name, as written after a dot (`commune.name`).
  package var name: String
  /// The field's type; an enumeration field has type `.enumeration(name)`.
  package var type: CELType
  /// Whether the field has a default value when the data omits it.
  package var hasDefault: Bool

  /// Creates a field.
  package init(name: String, type: CELType, hasDefault: Bool = false) {
    self.name = name
    self.type = type
    self.hasDefault = hasDefault
  }
}

/// A string enumeration of the schema, such as `Position`: a string that may only take one of
/// a known set of values.
///
/// To CEL an enumeration value is a string; the checker uses the value set to reject a
/// comparison with a string literal the enumeration does not have.
package struct EnumTypeDecl: Sendable, Hashable {
  /// The enumeration's name, as `CELType.enumeration(name)` refers to it.
  package var name: String
  /// The allowed values, in schema order.
  package var values: [String]

  /// Creates an enumeration type.
  package init(name: String, values: [String]) {
    self.name = name
    self.values = values
  }
}
