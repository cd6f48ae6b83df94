/// Which rules a run checks: `--only` and `--skip` globs over rule ids.
package struct RuleSelection: Sendable {
  package var only: [RuleIDPattern]
  package var skip: [RuleIDPattern]

  package init(only: [String] = [], skip: [String] = []) {
    self.only = only.map(RuleIDPattern.init)
    self.skip = skip.map(RuleIDPattern.init)
  }

  /// Whether the run checks the rule `id`.
  package func includes(_ id: String) -> Bool {
    (only.isEmpty || only.contains { $0.matches(id) }) && !skips(id)
  }

  /// Whether `--skip` names the id.
  package func skips(_ id: String) -> Bool {
    skip.contains { $0.matches(id) }
  }

  /// The selection as a filter the engine can hand to its threads.
  package var filter: @Sendable (String) -> Bool {
    let selection = self
    return { selection.includes($0) }
  }
}
