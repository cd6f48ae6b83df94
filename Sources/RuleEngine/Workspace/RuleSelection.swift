/// Which rules a run checks: `--only` and `--skip` globs over rule ids.
///
/// A broken submission must never look clean: SCHEMA findings (the submission does not fit
/// the schema) are kept whatever `--only` and `--skip` globs say, and are hidden only by a
/// `--skip` that names `SCHEMA` itself.
package struct RuleSelection: Sendable {
  package var only: [RuleIDPattern]
  package var skip: [RuleIDPattern]
  /// Whether `--skip SCHEMA` was given, spelt out (not matched by a glob).
  package var skipsSchema: Bool

  package init(only: [String] = [], skip: [String] = []) {
    self.only = only.map(RuleIDPattern.init)
    self.skip = skip.map(RuleIDPattern.init)
    skipsSchema = skip.contains(Finding.schemaRule)
  }

  /// Whether the run checks the rule `id`.
  package func includes(_ id: String) -> Bool {
    if id == Finding.schemaRule { return !skipsSchema }
    return (only.isEmpty || only.contains { $0.matches(id) }) && !skips(id)
  }

  /// Whether `--skip` names the id.
  package func skips(_ id: String) -> Bool {
    if id == Finding.schemaRule { return skipsSchema }
    return skip.contains { $0.matches(id) }
  }

  /// The selection as a filter the engine can hand to its threads.
  package var filter: @Sendable (String) -> Bool {
    let selection = self
    return { selection.includes($0) }
  }
}
