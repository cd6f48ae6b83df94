import SourceDiagnostics

/// Expands CEL's macros at parse time, as cel-go does (`parser/macro.go`, and the bindings
/// extension for `cel.bind`):
///
/// | call | expansion (accumulator `@result`) |
/// | --- | --- |
/// | `has(e.f)` | `e.f` as a test-only selection |
/// | `r.all(x, p)` | init `true`, condition `@not_strictly_false(@result)`, step `@result && p` |
/// | `r.exists(x, p)` | init `false`, condition `@not_strictly_false(!@result)`, step `@result \|\| p` |
/// | `r.exists_one(x, p)` | init `0`, condition `true`, step `p ? @result + 1 : @result`, result `@result == 1` |
/// | `r.map(x, t)` | init `[]`, condition `true`, step `@result + [t]` |
/// | `r.map(x, p, t)` | as `map`, step `p ? @result + [t] : @result` |
/// | `r.filter(x, p)` | init `[]`, condition `true`, step `p ? @result + [x] : @result` |
/// | `cel.bind(v, i, b)` | range `[]`, iteration variable `#unused`, accumulator `v` = `i`, condition `false`, step `v`, result `b` |
///
/// A call that matches no macro by name, receiver style and argument count stays a call.
extension ParserState {
  /// The accumulator variable of the macros' comprehensions (cel-go's hidden name).
  static let accumulatorName = "@result"

  mutating func globalCallOrMacro(
    _ name: String, args: [Expr], range: Range<Int>, focus: Range<Int>
  ) -> Expr {
    if expandsMacros && name == "has" && args.count == 1 {
      guard case .select(let operand, let field, false) = args[0].kind else {
        report(
          sourceMap.range(of: args[0].id) ?? range,
          ParserText.syntaxError(ParserText.hasArgument()))
        return errorNode(at: range)
      }
      return node(.select(operand: operand, field: field, testOnly: true), range: range, focus: focus)
    }
    return node(.call(function: name, target: nil, args: args), range: range, focus: focus)
  }

  mutating func receiverCallOrMacro(
    _ name: String, target: Expr, args: [Expr], range: Range<Int>, focus: Range<Int>
  ) -> Expr {
    guard expandsMacros else {
      return node(.call(function: name, target: target, args: args), range: range, focus: focus)
    }
    switch (name, args.count) {
    case ("all", 2), ("exists", 2), ("exists_one", 2), ("map", 2), ("map", 3), ("filter", 2):
      return expandComprehension(name, target: target, args: args, range: range)
    case ("bind", 3):
      if case .ident("cel") = target.kind {
        return expandBind(args: args, range: range)
      }
    default:
      break
    }
    return node(.call(function: name, target: target, args: args), range: range, focus: focus)
  }

  /// The iteration variable named by a macro's first argument, or an error reported at it.
  private mutating func iterationVariable(_ arg: Expr, macro: String, range: Range<Int>) -> String? {
    let place = sourceMap.range(of: arg.id) ?? range
    guard case .ident(let name) = arg.kind, !name.hasPrefix(".") else {
      report(place, ParserText.syntaxError(ParserText.macroVariable(["macro": macro])))
      return nil
    }
    if name == Self.accumulatorName || name == "__result__" {
      report(place, ParserText.syntaxError(ParserText.accumulator(["name": name, "macro": macro])))
      return nil
    }
    return name
  }

  private mutating func expandComprehension(
    _ macro: String, target: Expr, args: [Expr], range: Range<Int>
  ) -> Expr {
    guard let variable = iterationVariable(args[0], macro: macro, range: range) else {
      return errorNode(at: range)
    }
    let accu = Self.accumulatorName
    func ident(_ s: inout ParserState) -> Expr { s.node(.ident(accu), range: range) }
    func call(_ s: inout ParserState, _ f: String, _ a: [Expr]) -> Expr {
      s.node(.call(function: f, target: nil, args: a), range: range)
    }
    func literal(_ s: inout ParserState, _ l: Literal) -> Expr { s.node(.literal(l), range: range) }

    let initial: Expr
    let condition: Expr
    let step: Expr
    let result: Expr
    switch macro {
    case "all":
      initial = literal(&self, .bool(true))
      condition = call(&self, Operator.notStrictlyFalse, [ident(&self)])
      step = call(&self, Operator.logicalAnd, [ident(&self), args[1]])
      result = ident(&self)
    case "exists":
      initial = literal(&self, .bool(false))
      let notAccu = call(&self, Operator.logicalNot, [ident(&self)])
      condition = call(&self, Operator.notStrictlyFalse, [notAccu])
      step = call(&self, Operator.logicalOr, [ident(&self), args[1]])
      result = ident(&self)
    case "exists_one":
      initial = literal(&self, .int(0))
      condition = literal(&self, .bool(true))
      let increment = call(&self, Operator.add, [ident(&self), literal(&self, .int(1))])
      step = call(&self, Operator.conditional, [args[1], increment, ident(&self)])
      result = call(&self, Operator.equals, [ident(&self), literal(&self, .int(1))])
    default:  // map, filter
      initial = node(.list(elements: []), range: range)
      condition = literal(&self, .bool(true))
      let element = macro == "filter" ? args[0] : args[args.count - 1]
      let appended = call(&self, Operator.add, [ident(&self), node(.list(elements: [element]), range: range)])
      if macro == "filter" || args.count == 3 {
        step = call(&self, Operator.conditional, [args[1], appended, ident(&self)])
      } else {
        step = appended
      }
      result = ident(&self)
    }
    let comprehension = Comprehension(
      iterVar: variable, iterRange: target, accuVar: accu, accuInit: initial,
      loopCondition: condition, loopStep: step, result: result, macro: macro)
    return node(.comprehension(comprehension), range: range)
  }

  private mutating func expandBind(args: [Expr], range: Range<Int>) -> Expr {
    guard case .ident(let name) = args[0].kind, !name.hasPrefix(".") else {
      report(
        sourceMap.range(of: args[0].id) ?? range,
        ParserText.syntaxError(ParserText.bindVariable()))
      return errorNode(at: range)
    }
    let comprehension = Comprehension(
      iterVar: "#unused", iterRange: node(.list(elements: []), range: range), accuVar: name,
      accuInit: args[1], loopCondition: node(.literal(.bool(false)), range: range),
      loopStep: node(.ident(name), range: range), result: args[2], macro: "cel.bind")
    return node(.comprehension(comprehension), range: range)
  }
}
