/// A bound on the work one evaluation may do, so that no expression can hang the checker.
///
/// Each evaluated node and each comprehension iteration costs one step; a string, bytes or
/// list that a call or literal returns costs its size (UTF-8 bytes, or elements). When the
/// total goes past ``limit`` the evaluation stops with the error "cost limit exceeded".
///
/// Functions whose result can be much larger than their arguments (`replace`, `format`)
/// also refuse to build a value larger than ``maxValueSize``, so that no single call can
/// exhaust memory before the budget is checked.
package struct CostBudget: Sendable {
  /// The default limit: ten million steps, enough for real rules over large submissions.
  package static let defaultLimit = 10_000_000

  /// The largest string a single function call may build, in UTF-8 bytes.
  package static let maxValueSize = 10_000_000

  /// The most that may be spent; past it, evaluation stops.
  package var limit: Int
  /// The cost spent so far.
  package private(set) var used: Int = 0

  /// A budget with nothing spent yet.
  package init(limit: Int = CostBudget.defaultLimit) {
    self.limit = limit
  }

  /// True once more than ``limit`` has been spent.
  package var isExhausted: Bool { used > limit }

  /// Spends `cost`; returns false when the budget is exhausted.
  @inline(__always)
  package mutating func charge(_ cost: Int = 1) -> Bool {
    used &+= cost
    return used <= limit
  }

  /// Starts counting again from zero (to reuse one budget per document).
  package mutating func reset() { used = 0 }
}
