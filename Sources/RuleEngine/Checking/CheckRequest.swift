import CEL
import SourceDiagnostics

/// What a check is asked to do.
package struct CheckRequest: Sendable {
  package var data: DataDocument
  package var pack: CompiledPack
  /// The date judged: the rules and parameter values in force on it apply.
  package var asOf: CalendarDate
  /// Which rule ids to run (`--only`, `--skip`); all when `nil`.
  package var ruleFilter: (@Sendable (String) -> Bool)?
  /// The cost limit of one evaluation of one expression on one node.
  package var costLimit: Int
  /// The cost limit of one rule over the whole check: what all its evaluations on all the
  /// nodes may spend together (docs/expression-cost.md).
  package var ruleCostLimit: Int
  /// Told now and then how many (rule, node) judgments are done, of how many.
  package var progress: (@Sendable (_ done: Int, _ total: Int) -> Void)?

  package init(
    data: DataDocument, pack: CompiledPack, asOf: CalendarDate, ruleFilter: (@Sendable (String) -> Bool)? = nil,
    costLimit: Int = CheckRequest.defaultCostLimit, ruleCostLimit: Int = CheckRequest.defaultRuleCostLimit
  ) {
    self.data = data
    self.pack = pack
    self.asOf = asOf
    self.ruleFilter = ruleFilter
    self.costLimit = costLimit
    self.ruleCostLimit = ruleCostLimit
  }

  /// The default ``costLimit``: a million steps for one expression on one node.
  package static let defaultCostLimit = 1_000_000
  /// The default ``ruleCostLimit``: a billion steps for one rule over one check.
  package static let defaultRuleCostLimit = 1_000_000_000
}

/// What a check found.
package struct CheckResult: Sendable {
  package var findings: [Finding]
  /// Rule versions in force on the date (and selected) that ran.
  package var rulesApplied: Int
  /// Rule ids of the pack with no version in force on the date.
  package var rulesNotInForce: Int
}

/// How one rule judged one node, for `check` and `explain`.
package struct NodeVerdict: Sendable {
  package enum Outcome: Sendable {
    /// `when` was false.
    case notApplicable
    case passed
    case violated
    /// An expression failed; the message says why.
    case error(LocalizedText)
    /// A value the rule read breaks the schema; the `SCHEMA` finding covers it.
    case invalidData
  }

  package var object: ObjectID
  package var outcome: Outcome
  /// The `let` values computed before the verdict.
  package var values: [(name: String, value: Value)]
  /// The finding, when the outcome is a violation or an error.
  package var finding: Finding? {
    get { box?.finding }
    set { box = newValue.map(FindingBox.init) }
  }
  /// The finding behind a reference: a verdict, made for every judgment and mostly without
  /// one, stays a few words long to make, copy and destroy.
  private var box: FindingBox?

  package init(object: ObjectID, outcome: Outcome, values: [(name: String, value: Value)], finding: Finding?) {
    self.object = object
    self.outcome = outcome
    self.values = values
    box = finding.map(FindingBox.init)
  }

  private final class FindingBox: Sendable {
    let finding: Finding
    init(_ finding: Finding) { self.finding = finding }
  }
}
