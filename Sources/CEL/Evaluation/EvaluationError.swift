/// An evaluation failure: a message and the id of the node that failed.
///
/// A reference type so that ``Value`` stays small; immutable, hence `Sendable`.
public final class EvaluationError: Error, Sendable, CustomStringConvertible {
  /// The node whose evaluation failed; `nil` until the evaluator stamps it.
  public let id: ExprID?
  public let message: String

  public init(_ message: String, id: ExprID? = nil) {
    self.message = message
    self.id = id
  }

  /// The same error attributed to `id` (kept when already attributed).
  func attributed(to id: ExprID) -> EvaluationError {
    self.id == nil ? EvaluationError(message, id: id) : self
  }

  public var description: String { message }

  static let costLimit = "cost limit exceeded"
  static func noMatchingOverload(_ function: String, _ args: [Value]) -> EvaluationError {
    let types = args.map(\.typeName).joined(separator: ", ")
    return EvaluationError("no such overload: \(function)(\(types))")
  }
}
