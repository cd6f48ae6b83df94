import Foundation

/// What each rule has spent over one check, against the limit per rule per check.
///
/// The pieces of a check run on several threads: each keeps its own count per rule and adds it
/// here now and then (``add(_:to:)``), and judges a rule on a node only while the total it last
/// saw, plus its own count since, is within the limit. Each judgment costs the same whatever
/// thread runs it and in whatever order, so whether a rule goes past the limit does not depend
/// on the order either: it does exactly when the cost of judging it on every node does. (Not so
/// with a reservation like CEL's `SharedCostBudget`, where an evaluation can be refused because
/// of what others have reserved and not spent.) What a rule may spend past the limit before the
/// threads see it is bounded by ``flushEvery`` and one judgment per thread.
final class RuleCostLedger: @unchecked Sendable {
  /// The most one rule may spend over the check.
  let limit: Int
  private let lock = NSLock()
  private var totals: [Int]

  /// How much a piece may count on its own before it adds it here.
  static let flushEvery = 100_000

  init(rules: Int, limit: Int) {
    self.limit = limit
    totals = Array(repeating: 0, count: rules)
  }

  /// Adds what a piece spent on the rule `index`; returns the rule's total so far.
  func add(_ cost: Int, to index: Int) -> Int {
    lock.lock()
    defer { lock.unlock() }
    totals[index] &+= cost
    return totals[index]
  }

  /// What the rule `index` has spent so far, as added.
  func total(_ index: Int) -> Int {
    lock.lock()
    defer { lock.unlock() }
    return totals[index]
  }

  /// Whether the rule `index` went past the limit.
  func exceeded(_ index: Int) -> Bool { total(index) > limit }
}

extension Engine {
  /// Replaces the findings of each rule that went past the limit per rule per check by one
  /// evaluation error that says so, at the root of the data: what the rule found before it was
  /// stopped depends on which nodes came first, so none of it is kept.
  static func stop(_ rules: [CompiledRule], limit: Int, data: DataDocument, in findings: inout [Finding]) {
    let ids = Set(rules.map(\.id))
    findings.removeAll { $0.kind != .schema && ids.contains($0.rule) }
    for rule in rules {
      findings.append(
        Finding(
          rule: rule.id, kind: .evaluationError, severity: .error,
          message: SafetyMessage.ruleCostLimit(["rule": rule.id, "limit": String(limit)]),
          basis: rule.rule.basis, location: data.location(of: data.root), path: data.path(of: data.root),
          ruleLocation: rule.rule.location))
    }
  }
}
