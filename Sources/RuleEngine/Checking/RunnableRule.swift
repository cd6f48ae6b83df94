import CEL

/// A rule version's programs specialised for one check: `as_of` and the parameters in force are
/// the same for every node, so the parts of the expressions that depend only on them are
/// computed once.
final class RunnableRule: Sendable {
  let compiled: CompiledRule
  let when: Program?
  let lets: [Program]
  let require: Program

  init(_ rule: CompiledRule, asOf: Value, params: Value) {
    compiled = rule
    // The layout places `self`, `as_of` and `params` after the scope's chain of records.
    let base = rule.scopeVariables.count
    let constants = [
      base + RuleCompiler.nodeVariables.firstIndex(of: RuleCompiler.asOfVariable)!: asOf,
      base + RuleCompiler.nodeVariables.firstIndex(of: RuleCompiler.paramsVariable)!: params,
    ]
    when = rule.when?.program.specialized(constants)
    lets = rule.lets.map { $0.expression.program.specialized(constants) }
    require = rule.require.program.specialized(constants)
  }
}
