import SourceDiagnostics

/// What a pack's reports show besides the findings (`report:` in `pack.yaml`; RULES.md and
/// docs/schema-language.md, "The report block"): which rules and values each HTML chart draws.
/// Its expressions run like a rule's, on each unit of report (`self`) or on the root.
public struct ReportSpec: Sendable {
  /// One bar of the staffing chart: a count of the unit's posts against what the law asks.
  public struct Post: Sendable {
    /// The rule whose findings on the unit colour the bar.
    public var rule: Located<String>
    /// The bar's name.
    public var title: LocalizedText
    /// How many there are (an int), on the unit.
    public var count: RuleExpression
    /// The fewest the law asks for (an int), on the unit.
    public var minimum: RuleExpression
    /// The most it allows (an int), on the unit; no upper bound when absent.
    public var maximum: RuleExpression?
  }

  /// The name of a unit in charts (a string), on the unit.
  public var unitName: RuleExpression?
  /// Whom a submission describes (a string; empty for no one), on the root.
  public var subject: RuleExpression?
  /// The topics of rule ids (an id's first part, as `ADMIN` of `ADMIN.KIND`) with their
  /// names, in the order reports show them.
  public var topics: [(code: String, name: LocalizedText)]
  /// The bars of the staffing chart, in order.
  public var posts: [Post]
  /// Whether the unit drills in the year judged (a bool), on the unit.
  public var drillHeld: RuleExpression?
  /// The planned share of units drilling each year, in percent (ints), on the root.
  public var drillBand: (minimum: RuleExpression, maximum: RuleExpression)?
  /// Where the block is.
  public var location: SourceLocation
}
