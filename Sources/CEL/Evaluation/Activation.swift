/// The variables an expression can read, by name.
///
/// `resolve` is called for each free identifier (and for each candidate of a dotted name:
/// `a.b.c`, then `a.b`, then `a`); return `nil` when the name is not bound.
///
/// A class: an evaluation holds its activation as a reference, not copied into a box.
package protocol Activation: AnyObject {
  func resolve(_ name: String) -> Value?
  /// The variable at a position of the program's ``ProgramLayout``, or `nil` to have it looked
  /// up by name.
  func value(at position: Int) -> Value?
}

extension Activation {
  /// No variable is kept by position.
  package func value(at position: Int) -> Value? { nil }
}

/// An activation from a dictionary of values.
package final class Bindings: Activation, Sendable {
  /// The bound values, by variable name.
  package let values: [String: Value]
  /// Whether any bound name is dotted (`a.b`); when none is, the look-ups of dotted
  /// candidates that unchecked programs make (`r.age` before `r`) are answered at once.
  private let hasDottedNames: Bool

  /// Binds the given values.
  package init(_ values: [String: Value] = [:]) {
    self.values = values
    hasDottedNames = values.keys.contains { $0.contains(".") }
  }

  /// The value bound to `name`, or `nil`.
  package func resolve(_ name: String) -> Value? {
    if !hasDottedNames, name.utf8.contains(UInt8(ascii: ".")) { return nil }
    return values[name]
  }
}

/// An activation with no variables.
package final class EmptyActivation: Activation, Sendable {
  /// An activation binding nothing.
  package init() {}
  /// Always `nil`.
  package func resolve(_ name: String) -> Value? { nil }
}
