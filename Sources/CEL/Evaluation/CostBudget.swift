/// A bound on the work one evaluation may do, so that no expression can hang the checker.
///
/// Each evaluated node and each comprehension iteration costs one step; building a string,
/// bytes or list costs its size (characters in UTF-8 bytes, or elements). When the total goes
/// past ``limit`` the evaluation stops with the error "cost limit exceeded".
public struct CostBudget: Sendable {
  /// The default limit: ten million steps, enough for real rules over large submissions.
  public static let defaultLimit = 10_000_000

  public var limit: Int
  /// The cost spent so far.
  public private(set) var used: Int = 0

  public init(limit: Int = CostBudget.defaultLimit) {
    self.limit = limit
  }

  /// True once more than ``limit`` has been spent.
  public var isExhausted: Bool { used > limit }

  /// Spends `cost`; returns false when the budget is exhausted.
  @inline(__always)
  public mutating func charge(_ cost: Int = 1) -> Bool {
    used &+= cost
    return used <= limit
  }

  /// Starts counting again from zero (to reuse one budget per document).
  public mutating func reset() { used = 0 }
}
