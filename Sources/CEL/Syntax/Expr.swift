/// The identifier of one node of a parsed expression.
///
/// Ids are unique within one parsed expression and are what the checker and the evaluator
/// report errors by; the parser's ``SourceMap`` turns an id into a range of the expression text.
package struct ExprID: Hashable, Comparable, Sendable, CustomStringConvertible {
  package var rawValue: Int
  package init(_ rawValue: Int) { self.rawValue = rawValue }
  package static func < (lhs: ExprID, rhs: ExprID) -> Bool { lhs.rawValue < rhs.rawValue }
  package var description: String { "#\(rawValue)" }
}

/// A literal constant written in an expression.
package enum Literal: Hashable, Sendable {
  case null
  case bool(Bool)
  case int(Int64)
  case uint(UInt64)
  case double(Double)
  case string(String)
  case bytes([UInt8])
}

/// One node of a CEL abstract syntax tree, as cel-go's `ast.Expr`: an id and what the node is.
///
/// Operators are calls of functions with CEL's internal names (`_+_`, `_&&_`, `!_`, `-_`,
/// `_?_:_`, `_[_]`, `@in`, `_==_`, ...; see ``Operator``). Macros (`has`, `all`, `exists`,
/// `exists_one`, `map`, `filter`, `cel.bind`) are expanded by the parser: `has(a.b)` becomes a
/// test-only selection, the others become comprehensions.
package struct Expr: Hashable, Sendable {
  package var id: ExprID
  package var kind: Kind

  package init(id: ExprID, kind: Kind) {
    self.id = id
    self.kind = kind
  }

  package indirect enum Kind: Hashable, Sendable {
    /// A constant.
    case literal(Literal)
    /// A name: a variable, or (before the checker resolves it) the first part of a dotted name.
    case ident(String)
    /// `operand.field`; `testOnly` is true for `has(operand.field)`.
    case select(operand: Expr, field: String, testOnly: Bool)
    /// A function call: `f(args)` with `target == nil`, or the receiver call `target.f(args)`.
    case call(function: String, target: Expr?, args: [Expr])
    /// A list literal `[a, b, c]`.
    case list(elements: [Expr])
    /// A map literal `{k: v, ...}`.
    case map(entries: [MapEntry])
    /// A message literal `Name{field: value}`; parsed for fidelity to the grammar, not evaluated
    /// by dqtv (protocol-buffer messages are not supported).
    case structure(typeName: String, fields: [StructField])
    /// A comprehension, the expansion of a macro.
    case comprehension(Comprehension)
  }
}

/// One `key: value` entry of a map literal.
package struct MapEntry: Hashable, Sendable {
  package var id: ExprID
  package var key: Expr
  package var value: Expr
  package init(id: ExprID, key: Expr, value: Expr) {
    self.id = id
    self.key = key
    self.value = value
  }
}

/// One `field: value` of a message literal.
package struct StructField: Hashable, Sendable {
  package var id: ExprID
  package var name: String
  package var value: Expr
  package init(id: ExprID, name: String, value: Expr) {
    self.id = id
    self.name = name
    self.value = value
  }
}

/// A fold over a list or map, the form all iterating macros expand to (cel-spec langdef,
/// "Macros"):
///
/// ```
/// accu = accuInit
/// for iterVar in iterRange:
///   if !loopCondition(accu): break
///   accu = loopStep(accu, iterVar)
/// return result(accu)
/// ```
///
/// Over a map, `iterVar` takes the keys.
package struct Comprehension: Hashable, Sendable {
  package var iterVar: String
  package var iterRange: Expr
  package var accuVar: String
  package var accuInit: Expr
  package var loopCondition: Expr
  package var loopStep: Expr
  package var result: Expr
  /// The macro this comprehension came from (`all`, `exists`, `exists_one`, `map`, `filter`,
  /// `cel.bind`), for messages and `explain`.
  package var macro: String

  package init(
    iterVar: String, iterRange: Expr, accuVar: String, accuInit: Expr,
    loopCondition: Expr, loopStep: Expr, result: Expr, macro: String
  ) {
    self.iterVar = iterVar
    self.iterRange = iterRange
    self.accuVar = accuVar
    self.accuInit = accuInit
    self.loopCondition = loopCondition
    self.loopStep = loopStep
    self.result = result
    self.macro = macro
  }
}

/// The internal function names of CEL's operators, as cel-go spells them.
package enum Operator {
  package static let conditional = "_?_:_"
  package static let logicalAnd = "_&&_"
  package static let logicalOr = "_||_"
  package static let logicalNot = "!_"
  package static let equals = "_==_"
  package static let notEquals = "_!=_"
  package static let less = "_<_"
  package static let lessEquals = "_<=_"
  package static let greater = "_>_"
  package static let greaterEquals = "_>=_"
  package static let add = "_+_"
  package static let subtract = "_-_"
  package static let multiply = "_*_"
  package static let divide = "_/_"
  package static let modulo = "_%_"
  package static let negate = "-_"
  package static let index = "_[_]"
  package static let `in` = "@in"
  /// Used inside comprehensions: true while the accumulator has not decided the result.
  package static let notStrictlyFalse = "@not_strictly_false"
}

extension Expr {
  /// Every name the expression uses as an identifier, comprehension variables included: a
  /// superset of the variables it reads.
  package var identifiers: Set<String> {
    var names: Set<String> = []
    var pending: [Expr] = [self]
    while let e = pending.popLast() {
      switch e.kind {
      case .literal: break
      case .ident(let name): names.insert(name)
      case .select(let operand, _, _): pending.append(operand)
      case .call(_, let target, let args):
        if let target { pending.append(target) }
        pending.append(contentsOf: args)
      case .list(let elements): pending.append(contentsOf: elements)
      case .map(let entries):
        for entry in entries { pending.append(contentsOf: [entry.key, entry.value]) }
      case .structure(_, let fields): pending.append(contentsOf: fields.map(\.value))
      case .comprehension(let c):
        pending.append(contentsOf: [c.iterRange, c.accuInit, c.loopCondition, c.loopStep, c.result])
      }
    }
    return names
  }
}
