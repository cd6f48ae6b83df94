import CEL
import SourceDiagnostics

/// What evaluating one expression gave (`dqtv eval`).
package enum ExpressionOutcome: Sendable {
  /// Its value, as one line of JSON (dates written as dates).
  case value(json: String)
  /// It does not parse or type-check (the diagnostics say where).
  case invalid([Diagnostic])
  /// It ran into an evaluation error.
  case failed(Diagnostic)
  /// No record of the data is at the path asked for; `nearest` is the nearest that is.
  case noRecord(path: String, nearest: String)
}

extension Workspace {
  /// The name the expression's own text goes by in diagnostics.
  package static let expressionFile = "<expression>"

  /// Evaluates `expression` as a rule's expressions are, against `pack`'s schema, with `as_of`
  /// and `params` of the date `asOf`, and with the root of `data`, when given, bound by its
  /// type's variable name (as rules see it). With `path`, the record at that data path is
  /// `self`, and it and each record above it are bound by their types' variable names, as for
  /// a rule whose scope is that record's type.
  package func evaluate(
    _ expression: String, pack: CompiledPack, data: DataDocument?, at path: String? = nil, asOf: CalendarDate
  )
    -> ExpressionOutcome
  {
    var declarations = pack.declarations
    var bindings: [String: Value] = [:]
    if let data {
      let store = DataStore(data)
      var chain = [data.root]
      if let path {
        guard let record = data.record(atPath: path) else {
          return .noRecord(path: path, nearest: data.nearestPath(to: path))
        }
        chain = data.ancestry(of: record)
      }
      for id in chain {
        let type = data.type(of: id)
        declarations.variables[type.variableName] = .object(type.name)
        bindings[type.variableName] = .object(DataObjectValue(store: store, id: id))
      }
      if path != nil, let last = chain.last {
        declarations.variables["self"] = .object(data.type(of: last).name)
        bindings["self"] = .object(DataObjectValue(store: store, id: last))
      }
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
    return .value(json: value.jsonTextWithDates)
  }
}
