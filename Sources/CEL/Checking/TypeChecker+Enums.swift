import SourceDiagnostics

extension TypeChecker {
  /// Reports string literals that an enumeration-typed operand can never equal:
  /// `m.position == 'chi_huy_truongg'`, `m.position in ['tro_ly', 'x']`,
  /// `'ven_bienn' in self.designations`, `self.designations == ['ven_bienn']`.
  mutating func checkEnumValues(in expr: Expr, function: String, operands: [Expr]) {
    guard operands.count == 2 else { return }
    let (lhs, rhs) = (operands[0], operands[1])
    switch function {
    case Operator.equals, Operator.notEquals:
      checkLiteral(rhs, against: resolvedType(of: lhs))
      checkLiteral(lhs, against: resolvedType(of: rhs))
      // `self.designations == ['ven_bien', 'x']`
      checkListLiteral(rhs, against: resolvedType(of: lhs))
      checkListLiteral(lhs, against: resolvedType(of: rhs))
    case Operator.in:
      let elementType = resolvedType(of: lhs)
      if case .list(let elements) = rhs.kind, enumeration(elementType) != nil {
        for element in elements { checkLiteral(element, against: elementType) }
      }
      switch resolvedType(of: rhs) {
      case .list(let element), .map(let element, _):
        checkLiteral(lhs, against: element)
      default:
        break
      }
    default:
      break
    }
  }

  /// The string literals of a list literal compared with a list of enumeration values.
  private mutating func checkListLiteral(_ expr: Expr, against type: CELType) {
    guard case .list(let element) = type, enumeration(element) != nil,
      case .list(let elements) = expr.kind
    else { return }
    for item in elements { checkLiteral(item, against: element) }
  }

  /// The declared enumeration an (already resolved) type names, if any.
  private func enumeration(_ type: CELType) -> EnumTypeDecl? {
    guard case .enumeration(let name) = type else { return nil }
    return declarations.enumTypes[name]
  }

  private mutating func checkLiteral(_ expr: Expr, against type: CELType) {
    guard let decl = enumeration(type),
      case .literal(.string(let value)) = expr.kind,
      !decl.values.contains(value)
    else { return }
    let suggestion = NameSuggestion.nearest(to: value, in: decl.values)
    report(CheckerMessage.enumValue(value, of: decl, suggestion: suggestion), spanning: expr)
  }
}
