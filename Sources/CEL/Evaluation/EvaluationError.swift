/// An evaluation failure: a message and the id of the node that failed.
///
/// A reference type so that ``Value`` stays small; immutable, hence `Sendable`.
public final class EvaluationError: Error, Sendable, CustomStringConvertible {
  /// The node whose evaluation failed; `nil` until the evaluator stamps it.
  public let id: ExprID?
  /// What went wrong, in plain English ("no such key: 'x'").
  public let message: String

  /// An error with a message, attributed to a node when `id` is given.
  public init(_ message: String, id: ExprID? = nil) {
    self.message = message
    self.id = id
  }

  /// The same error attributed to `id` (kept when already attributed).
  func attributed(to id: ExprID) -> EvaluationError {
    self.id == nil ? EvaluationError(message, id: id) : self
  }

  /// The message.
  public var description: String { message }

  static let costLimit = "cost limit exceeded"
  static func noMatchingOverload(_ function: String, _ args: [Value]) -> EvaluationError {
    let types = args.map(\.typeName).joined(separator: ", ")
    return EvaluationError("no such overload: \(function)(\(types))")
  }
}
