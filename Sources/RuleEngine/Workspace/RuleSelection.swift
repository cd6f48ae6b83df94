import SourceDiagnostics

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

extension RuleSelection {
  /// The rule ids the engine itself reports, besides those of the packs.
  package static let engineRuleIDs: Set<String> = [
    Finding.schemaRule, Finding.horizonRule, WaiverSet.expiredRule, WaiverSet.unusedRule, WaiverSet.unknownRule,
  ]

  /// A `--only` or `--skip` glob that selects nothing, with the id or topic nearest to it.
  package struct Unmatched: Sendable, Equatable {
    /// `--only` or `--skip`.
    package var option: String
    package var glob: String
    /// A rule id, or a topic's glob (`DQ.*`), near enough to be what was meant.
    package var suggestion: String?
  }

  /// The globs that match no rule id of `ruleIDs` nor of the engine: a typo there would
  /// silently check nothing (`--only`) or everything (`--skip`). `SCHEMA` is hidden only when
  /// named, so only a `--skip SCHEMA` spelt out matches it.
  package func unmatched(ruleIDs: Set<String>) -> [Unmatched] {
    let known = ruleIDs.union(Self.engineRuleIDs)
    let topics = Set(known.map { id in id.split(separator: ".").first.map { "\($0).*" } ?? id })
    func check(_ patterns: [RuleIDPattern], option: String, globsMatchSchema: Bool) -> [Unmatched] {
      patterns.compactMap { p in
        let hits = known.contains { id in
          id == Finding.schemaRule && !globsMatchSchema ? p.pattern == id : p.matches(id)
        }
        guard !hits else { return nil }
        return Unmatched(
          option: option, glob: p.pattern, suggestion: NameSuggestion.nearest(to: p.pattern, in: known.union(topics)))
      }
    }
    return check(only, option: "--only", globsMatchSchema: true)
      + check(skip, option: "--skip", globsMatchSchema: false)
  }
}
