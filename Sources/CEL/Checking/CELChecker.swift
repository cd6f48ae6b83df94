import SourceDiagnostics

/// CEL's gradual type checker: computes the type of every node of a parsed expression against
/// declarations of variables, schema types and functions, and reports what cannot be right
/// (undeclared names, unknown fields, calls that match no overload, enumeration values that do
/// not exist, a result of the wrong type).
///
/// It follows cel-go's `checker` package: overloads with type parameters are resolved by
/// unification; `dyn` matches any type; list and map literals whose elements disagree get
/// element type `dyn`; a node that fails to check gets type `error` so that one mistake is
/// reported once, and checking continues to find the others.
package struct CELChecker: Sendable {
  /// What expressions may refer to.
  package let declarations: Declarations
  /// The functions by name, overloads of equal names merged.
  let functions: [String: FunctionSignature]

  /// Creates a checker for the given declarations.
  package init(declarations: Declarations) {
    self.declarations = declarations
    var byName: [String: FunctionSignature] = [:]
    for signature in declarations.functions {
      if var existing = byName[signature.name] {
        let known = Set(existing.overloads.map(\.id))
        existing.overloads += signature.overloads.filter { !known.contains($0.id) }
        byName[signature.name] = existing
      } else {
        byName[signature.name] = signature
      }
    }
    self.functions = byName
  }

  private init(declarations: Declarations, functions: [String: FunctionSignature]) {
    self.declarations = declarations
    self.functions = functions
  }

  /// The same checker with other variables: the functions, merged once, are kept, so that
  /// checking many expressions with different variables does not merge them again.
  package func with(variables: [String: CELType]) -> CELChecker {
    var d = declarations
    d.variables = variables
    return CELChecker(declarations: d, functions: functions)
  }

  /// Checks a syntax tree, locating problems with `locator`.
  func check(_ expr: Expr, locator: NodeLocator, expecting expected: CELType?) -> CheckOutcome {
    var checker = TypeChecker(declarations: declarations, functions: functions, locator: locator)
    checker.check(expr)
    var types: [ExprID: CELType] = [:]
    for (id, type) in checker.types {
      types[id] = checker.mapping.substitute(type, unboundToDyn: true)
    }
    let result = types[expr.id] ?? .error
    if let expected, result != .error, result != .dyn,
      !checker.mapping.isAssignable(result, expected)
    {
      checker.report(
        CheckerMessage.resultType(expected: expected, found: result), spanning: expr)
    }
    return CheckOutcome(
      types: types, overloads: checker.overloads, references: checker.references,
      resultType: result, diagnostics: checker.diagnostics.items)
  }
}

/// Everything one check found, before it is packaged for callers.
struct CheckOutcome: Sendable {
  var types: [ExprID: CELType]
  var overloads: [ExprID: [String]]
  var references: [ExprID: String]
  var resultType: CELType
  var diagnostics: [Diagnostic]
}
