import SourceDiagnostics

extension TypeChecker {
  /// `operand.field`, a qualified variable name (`a.b.c`), or `has(operand.field)`.
  mutating func checkSelect(_ expr: Expr, operand: Expr, field: String, testOnly: Bool) {
    // A dotted name may be a declared qualified variable; the longest declared name wins, which
    // the top-down walk finds first. A comprehension variable shadows qualified names.
    if !testOnly, let name = Self.qualifiedName(of: expr),
      let root = Self.rootName(of: expr), !isLocal(root),
      let type = lookupQualified(name)
    {
      setType(type, of: expr)
      references[expr.id] = name
      return
    }
    check(operand)
    let operandType = resolvedType(of: operand)
    var result: CELType
    switch operandType {
    case .object(let name):
      result = fieldType(of: name, field: field, in: expr, operandType: operandType)
    case .map(_, let value):
      result = value
    case .typeParam:
      // Nothing is known yet: pin the variable to dyn so no later use narrows it wrongly.
      _ = mapping.isAssignable(.dyn, operandType)
      result = .dyn
    case .dyn, .error:
      result = .dyn
    default:
      report(CheckerMessage.noFieldSelection(field, on: operandType), at: expr)
      result = .error
    }
    if testOnly && result != .error { result = .bool }
    setType(result, of: expr)
  }

  /// A qualified variable (`a.b`) declared with its full dotted name.
  func lookupQualified(_ name: String) -> CELType? {
    let global = name.hasPrefix(".") ? String(name.dropFirst()) : name
    guard global.contains(".") else { return nil }
    return declarations.variables[global] ?? Self.typeIdentifiers[global]
  }

  private mutating func fieldType(
    of typeName: String, field: String, in expr: Expr, operandType: CELType
  ) -> CELType {
    guard let object = declarations.objectTypes[typeName] else {
      // A record type used in a declaration but never declared itself: nothing to check.
      return .dyn
    }
    if let decl = object.field(named: field) { return decl.type }
    let suggestion = NameSuggestion.nearest(to: field, in: object.fields.map(\.name))
    report(CheckerMessage.unknownField(field, on: operandType, suggestion: suggestion), at: expr)
    return .error
  }
}
