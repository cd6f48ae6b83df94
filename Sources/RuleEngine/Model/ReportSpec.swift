import SourceDiagnostics

/// What a pack's reports show besides the findings (`report:` in `pack.yaml`; RULES.md and
/// docs/schema-language.md, "The report block"): which rules and values each HTML chart draws.
/// Its expressions run like a rule's, on each unit of report (`self`) or on the root.
package struct ReportSpec: Sendable {
  /// One bar of the staffing chart: a count of the unit's posts against what the law asks.
  package struct Post: Sendable {
    /// The rule whose findings on the unit colour the bar.
    package var rule: Located<String>
    /// The bar's name.
    package var title: LocalizedText
    /// How many there are (an int), on the unit.
    package var count: RuleExpression
    /// The fewest the law asks for (an int), on the unit.
    package var minimum: RuleExpression
    /// The most it allows (an int), on the unit; no upper bound when absent.
    package var maximum: RuleExpression?
  }

  /// The name of a unit in charts (a string), on the unit.
  package var unitName: RuleExpression?
  /// Whom a submission describes (a string; empty for no one), on the root.
  package var subject: RuleExpression?
  /// The topics of rule ids (an id's first part, as `ADMIN` of `ADMIN.KIND`) with their
  /// names, in the order reports show them.
  package var topics: [(code: String, name: LocalizedText)]
  /// The bars of the staffing chart, in order.
  package var posts: [Post]
  /// Whether the unit drills in the year judged (a bool), on the unit.
  package var drillHeld: RuleExpression?
  /// The planned share of units drilling each year, in percent (ints), on the root.
  package var drillBand: (minimum: RuleExpression, maximum: RuleExpression)?
  /// The report's and the charts' titles (`title`, `staffing`, `drills`; `{year}` in the
  /// drill chart's is the year judged) and the drill chart's words for the planned band
  /// (`drill_band`, with `{low}` and `{high}`) and for the share drilling (`drill_share`,
  /// with `{count}`, `{total}` and `{percent}`), the words before the names of the units
  /// that drill (`drilled`), the heat map's title (`heat_map`), and the headings of the
  /// findings by unit (`by_unit`) and of those outside every unit (`outside_units`), in the
  /// pack's words for its units; the reports use plain words where one is not given.
  package var titles: [String: LocalizedText] = [:]
  /// The keys of `titles`.
  package static let titleKeys = [
    "title", "staffing", "drills", "drill_band", "drill_share", "drilled", "heat_map", "by_unit", "outside_units",
  ]
  /// Where the block is.
  package var location: SourceLocation
}
