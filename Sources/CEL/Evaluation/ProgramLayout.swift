/// Where a host keeps what a program reads, so that the planner can turn look-ups by name into
/// reads by position.
///
/// With a layout, a variable the checker resolved to one of `variables` is read with
/// ``Activation/value(at:)``, and a field selected on a value the checker typed as one of
/// `objectFields`' object types is read with ``HostObject/field(at:named:)``. Both fall back to
/// the look-up by name when the host answers `nil` or the value is not a host object (a map, say),
/// so a layout changes speed, never results.
package struct ProgramLayout: Sendable {
  /// Position of each variable in the activation.
  package var variables: [String: Int]
  /// Position of each field, per object type.
  package var objectFields: [String: [String: Int]]

  package init(variables: [String: Int] = [:], objectFields: [String: [String: Int]] = [:]) {
    self.variables = variables
    self.objectFields = objectFields
  }

  /// A layout whose variables sit in the order given and whose object types' fields sit in the
  /// order of their declarations.
  package init(variables: [String], objectTypes: some Sequence<ObjectTypeDecl>) {
    var positions: [String: Int] = [:]
    // A later variable of the same name hides an earlier one, as in the activation.
    for (i, name) in variables.enumerated() { positions[name] = i }
    var fields: [String: [String: Int]] = [:]
    for type in objectTypes {
      var byName: [String: Int] = [:]
      for (i, field) in type.fields.enumerated() where byName[field.name] == nil { byName[field.name] = i }
      fields[type.name] = byName
    }
    self.init(variables: positions, objectFields: fields)
  }

  package static let none = ProgramLayout()
}
