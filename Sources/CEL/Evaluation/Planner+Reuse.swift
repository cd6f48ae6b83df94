/// Which keyed comprehensions may reuse their results (see ``EvaluationMemo``).
extension Planner {
  /// Whether a keyed comprehension's value and cost depend only on its range's value and its
  /// key's value, so that an evaluation may reuse what an earlier one found for the same range
  /// and key: the range and the key are names with fields selected (`commune.units`,
  /// `self.unit`), whose cost is the same whenever they give a value; the initial value, the
  /// condition, the step and the result read only the comprehension's own variables, those of
  /// comprehensions inside them, and the key itself (every library function is pure).
  static func isReusable(_ c: Comprehension, key: Expr) -> Bool {
    guard isChain(c.iterRange), isChain(key) else { return false }
    return reads(c.accuInit, only: [], besides: key)
      && [c.loopCondition, c.loopStep, c.result].allSatisfy {
        reads($0, only: [c.iterVar, c.accuVar], besides: key)
      }
  }

  /// A name, or a chain of field selections from a name (`a`, `a.b.c`).
  private static func isChain(_ expr: Expr) -> Bool {
    switch expr.kind {
    case .ident: true
    case .select(let operand, _, false): isChain(operand)
    default: false
    }
  }

  /// Two chains that read the same thing (node ids aside).
  private static func sameChain(_ a: Expr, _ b: Expr) -> Bool {
    switch (a.kind, b.kind) {
    case (.ident(let x), .ident(let y)): x == y
    case (.select(let x, let f, false), .select(let y, let g, false)): f == g && sameChain(x, y)
    default: false
    }
  }

  /// Whether `expr` reads no variable other than `names` outside the occurrences of `key`.
  private static func reads(_ expr: Expr, only names: Set<String>, besides key: Expr) -> Bool {
    if sameChain(expr, key) { return true }
    switch expr.kind {
    case .literal:
      return true
    case .ident(let name):
      return names.contains(name)
    case .select(let operand, _, _):
      return reads(operand, only: names, besides: key)
    case .call(_, let target, let args):
      return (target.map { reads($0, only: names, besides: key) } ?? true)
        && args.allSatisfy { reads($0, only: names, besides: key) }
    case .list(let elements):
      return elements.allSatisfy { reads($0, only: names, besides: key) }
    case .map(let entries):
      return entries.allSatisfy {
        reads($0.key, only: names, besides: key) && reads($0.value, only: names, besides: key)
      }
    case .structure:
      return false
    case .comprehension(let inner):
      let within = names.union([inner.iterVar, inner.accuVar])
      return reads(inner.iterRange, only: names, besides: key)
        && reads(inner.accuInit, only: names, besides: key)
        && [inner.loopCondition, inner.loopStep, inner.result].allSatisfy {
          reads($0, only: within, besides: key)
        }
    }
  }
}
