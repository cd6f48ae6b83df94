import CEL
import SourceDiagnostics

/// What evaluating one expression gave (`dqtv eval`).
package enum ExpressionOutcome: Sendable {
  /// Its value, as one line of JSON.
  case value(json: String)
  /// It does not parse or type-check (the diagnostics say where).
  case invalid([Diagnostic])
  /// It ran into an evaluation error.
  case failed(Diagnostic)
}

extension Workspace {
  /// The name the expression's own text goes by in diagnostics.
  package static let expressionFile = "<expression>"

  /// Evaluates `expression` as a rule's expressions are, against `pack`'s schema, with `as_of`
  /// and `params` of the date `asOf`, and with the root of `data`, when given, bound by its
  /// type's variable name (as rules see it).
  package func evaluate(
    _ expression: String, pack: CompiledPack, data: DataDocument?, asOf: CalendarDate
  )
    -> ExpressionOutcome
  {
    let schema = pack.pack.schema
    var declarations = pack.declarations
    var bindings: [String: Value] = [:]
    if let data, let root = schema.type(schema.root) {
      declarations.variables[root.variableName] = .object(root.name)
      bindings[root.variableName] = DataBinding.root(of: data)
    }
    bindings[RuleCompiler.asOfVariable] = asOf.celTimestamp
    bindings[RuleCompiler.paramsVariable] = Engine.parameters(pack.pack, on: asOf)
    let (compiled, diagnostics) = RuleCompiler().compileStandalone(
      expression, file: Self.expressionFile, declarations: declarations)
    guard let compiled, !diagnostics.hasErrors else { return .invalid(diagnostics.sorted) }
    let value = compiled.program.evaluate(Bindings(bindings))
    if case .error(let e) = value {
      return .failed(.error("eval.error", e.text, at: e.id.map { compiled.parsed.location(of: $0) }))
    }
    return .value(json: value.jsonText)
  }
}
