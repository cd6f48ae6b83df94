/// The variables an expression can read, by name.
///
/// `resolve` is called for each free identifier (and for each candidate of a dotted name:
/// `a.b.c`, then `a.b`, then `a`); return `nil` when the name is not bound.
public protocol Activation {
  func resolve(_ name: String) -> Value?
}

/// An activation from a dictionary of values.
public struct Bindings: Activation, Sendable {
  public var values: [String: Value]
  public init(_ values: [String: Value] = [:]) { self.values = values }
  public func resolve(_ name: String) -> Value? { values[name] }
}

/// An activation with no variables.
public struct EmptyActivation: Activation, Sendable {
  public init() {}
  public func resolve(_ name: String) -> Value? { nil }
}
