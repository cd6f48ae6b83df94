/// The one table of functions an expression can call: each entry has its name, a one-line
/// doc, and its overloads, each an ``OverloadSignature`` for the checker together with the
/// implementation the evaluator runs.
///
/// ``standard`` holds CEL's standard functions and operators and the dqtv extensions; the
/// checker takes its declarations from ``signatures``, so both always agree.
package struct FunctionLibrary: Sendable {
  /// The functions by name (`_+_`, `size`, `math.greatest`...).
  package private(set) var functions: [String: LibraryFunction]
  /// Names in the order the functions were added, for stable listings.
  package private(set) var names: [String]

  /// A library of these functions (same-named entries merge their overloads).
  package init(_ functions: [LibraryFunction] = []) {
    self.functions = [:]
    self.names = []
    for function in functions { add(function) }
  }

  /// Adds a function, or more overloads to a function of the same name.
  package mutating func add(_ function: LibraryFunction) {
    if var existing = functions[function.name] {
      existing.overloads += function.overloads
      functions[function.name] = existing
    } else {
      functions[function.name] = function
      names.append(function.name)
    }
  }

  /// The declarations the checker needs, drawn from the same table as the implementations.
  package var signatures: [FunctionSignature] {
    names.compactMap { functions[$0] }.map {
      FunctionSignature(name: $0.name, doc: $0.doc, overloads: $0.overloads.map(\.signature))
    }
  }

  /// The function called `name`, if any.
  package func function(named name: String) -> LibraryFunction? { functions[name] }
}

/// One function of a ``FunctionLibrary``.
package struct LibraryFunction: Sendable {
  /// The name calls use: `size`, `_+_`, `math.greatest`.
  package var name: String
  /// One line describing the function, for `explain` and the checker's messages.
  package var doc: String
  /// The overloads, tried in order at run time.
  package var overloads: [LibraryOverload]

  /// A function with its doc and overloads.
  package init(_ name: String, doc: String, overloads: [LibraryOverload]) {
    self.name = name
    self.doc = doc
    self.overloads = overloads
  }
}

/// One overload: its signature, and the code that runs it on arguments of matching types.
///
/// The evaluator checks argument types against the signature before calling, so an
/// implementation may assume them (it must still never trap: it returns an error value when
/// it cannot handle its input). Error arguments never reach an implementation.
package struct LibraryOverload: Sendable {
  /// The id, parameter and result types the checker uses.
  package var signature: OverloadSignature
  /// The code, called with as many arguments as the signature has parameters.
  package var implementation: Implementation
  /// The run-time kind each parameter accepts.
  var parameterKinds: [ValueKind]
  /// How the work of a call grows with its arguments, charged to the budget before it runs.
  package var cost: CallCost = .constant

  /// An implementation by arity (a receiver is the first argument).
  package enum Implementation: Sendable {
    case unary(@Sendable (Value) -> Value)
    case binary(@Sendable (Value, Value) -> Value)
    case ternary(@Sendable (Value, Value, Value) -> Value)
    case variadic(@Sendable ([Value]) -> Value)
  }

  /// An overload from its signature and implementation.
  package init(_ signature: OverloadSignature, _ implementation: Implementation) {
    self.signature = signature
    self.implementation = implementation
    self.parameterKinds = signature.parameters.map(ValueKind.init)
  }

  /// Whether the overload accepts these argument values.
  @inline(__always)
  func accepts(_ args: [Value]) -> Bool {
    guard args.count == parameterKinds.count else { return false }
    for i in 0..<args.count where !parameterKinds[i].matches(args[i]) { return false }
    return true
  }

  /// Runs the implementation.
  @inline(__always)
  func invoke(_ args: [Value]) -> Value {
    switch implementation {
    case .unary(let body): body(args[0])
    case .binary(let body): body(args[0], args[1])
    case .ternary(let body): body(args[0], args[1], args[2])
    case .variadic(let body): body(args)
    }
  }
}

/// The run-time test for a parameter type: which values an overload accepts.
enum ValueKind: Sendable, Equatable {
  case any, null, bool, int, uint, double, string, bytes, list, map, timestamp, duration, type
  case object(String)

  init(_ type: CELType) {
    switch type {
    case .dyn, .typeParam, .error: self = .any
    case .null: self = .null
    case .bool: self = .bool
    case .int: self = .int
    case .uint: self = .uint
    case .double: self = .double
    case .string, .enumeration: self = .string
    case .bytes: self = .bytes
    case .timestamp: self = .timestamp
    case .duration: self = .duration
    case .list: self = .list
    case .map: self = .map
    case .type: self = .type
    case .object(let name): self = .object(name)
    }
  }

  @inline(__always)
  func matches(_ value: Value) -> Bool {
    switch (self, value) {
    case (.any, _): true
    case (.null, .null), (.bool, .bool), (.int, .int), (.uint, .uint), (.double, .double),
      (.string, .string), (.bytes, .bytes), (.list, .list), (.map, .map),
      (.timestamp, .timestamp), (.duration, .duration), (.type, .type):
      true
    case (.object(let name), .object(let object)): object.typeName == name
    default: false
    }
  }
}
