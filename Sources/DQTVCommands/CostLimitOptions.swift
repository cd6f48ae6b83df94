import ArgumentParser
import RuleEngine

/// `--max-cost-per-node` and `--max-cost-per-rule`: the bounds on what rule expressions may
/// spend (docs/expression-cost.md). They are the checker's, not the pack's: a pack is code that
/// people exchange, and must not raise the bounds that protect the one who runs it.
struct CostLimitOptions: ParsableArguments {
  @Option(
    help: .help(.maxCostPerNode, value: .steps))
  var maxCostPerNode: Int = CheckRequest.defaultCostLimit

  @Option(
    help: .help(.maxCostPerRule, value: .steps))
  var maxCostPerRule: Int = CheckRequest.defaultRuleCostLimit

  /// The option whose value is not a positive number of steps, if one is.
  var invalidOption: String? {
    if maxCostPerNode < 1 { return "--max-cost-per-node" }
    if maxCostPerRule < 1 { return "--max-cost-per-rule" }
    return nil
  }
}
