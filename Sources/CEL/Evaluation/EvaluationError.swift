/// An evaluation failure: what kind of failure, a message, and the id of the node that failed.
///
/// Callers that act on a failure compare its ``kind``; the ``message`` is for people and may
/// change. A reference type so that ``Value`` stays small; immutable, hence `Sendable`.
package final class EvaluationError: Error, Sendable, CustomStringConvertible {
  /// What went wrong, for callers to tell failures apart.
  package enum Kind: Sendable, Hashable {
    /// An integer division or modulus by zero.
    case divisionByZero
    /// An integer result that does not fit its type.
    case overflow
    /// A value outside the range of its type: a timestamp or duration, or a conversion.
    case outOfRange
    /// A list or string index outside its bounds.
    case indexOutOfRange
    /// A map key or object field that is not there.
    case noSuchKey
    /// No overload of a function or operator accepts the argument types (or the value does
    /// not support the operation: selecting a field of an int, iterating over a bool).
    case noMatchingOverload
    /// A function the library does not have.
    case unknownFunction
    /// A name that no variable binds.
    case unknownVariable
    /// The cost budget is spent (see ``CostBudget``).
    case costLimit
    /// A regular expression that is not valid RE2 syntax.
    case invalidRegex
    /// An argument of the right type with a value the function cannot take: a string that
    /// is not a number or date, a repeated map key, an empty list for `max`.
    case invalidArgument
    /// A construct this implementation does not support (message construction).
    case unsupported
    /// Host data that breaks the host's own rules (a field whose value was invalid when read).
    case invalidData
    /// Anything else.
    case other
  }

  /// The node whose evaluation failed; `nil` until the evaluator stamps it.
  package let id: ExprID?
  /// What kind of failure this is.
  package let kind: Kind
  /// What went wrong, in plain English ("no such key: 'x'").
  package let message: String

  /// An error of a kind with a message, attributed to a node when `id` is given.
  package init(_ message: String, kind: Kind = .other, id: ExprID? = nil) {
    self.message = message
    self.kind = kind
    self.id = id
  }

  /// The same error attributed to `id` (kept when already attributed).
  func attributed(to id: ExprID) -> EvaluationError {
    self.id == nil ? EvaluationError(message, kind: kind, id: id) : self
  }

  /// The message.
  package var description: String { message }

  static let costLimitMessage = "cost limit exceeded"
  /// The error of a spent budget.
  static func costLimit(id: ExprID? = nil) -> EvaluationError {
    EvaluationError(costLimitMessage, kind: .costLimit, id: id)
  }
  static func noMatchingOverload(_ function: String, _ args: [Value]) -> EvaluationError {
    let types = args.map(\.typeName).joined(separator: ", ")
    return EvaluationError("no such overload: \(function)(\(types))", kind: .noMatchingOverload)
  }
}
