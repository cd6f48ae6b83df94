/// How the work of a call grows with its arguments, for the cost budget (see ``CostBudget``).
///
/// The evaluator charges it before running the call, so that a call the budget cannot pay for
/// never runs. The size of a value is its UTF-8 bytes for a string, its bytes, or its number of
/// elements or entries for a list or a map (``Value/workSize``); numbers, timestamps and the
/// other scalars have size 0.
package enum CallCost: Sendable, Equatable {
  /// Work that does not grow with the arguments: only the step every node costs.
  case constant
  /// Work that grows with the size of the first argument (the receiver): `size` of a string,
  /// `charAt`, `substring`, `lower`, a conversion from a string; equality and ordering, which
  /// stop at the end of the shorter operand.
  case first
  /// Work that grows with the sizes of all the arguments together: searching one string in
  /// another, `matches`, `in` on a list.
  case all

  /// The cost of a call with these arguments.
  @inline(__always)
  func of(_ a: Value) -> Int {
    self == .constant ? 0 : a.workSize
  }

  @inline(__always)
  func of(_ a: Value, _ b: Value) -> Int {
    switch self {
    case .constant: 0
    case .first: a.workSize
    case .all: a.workSize &+ b.workSize
    }
  }

  func of(_ args: [Value]) -> Int {
    switch self {
    case .constant: return 0
    case .first: return args.first?.workSize ?? 0
    case .all: return args.reduce(0) { $0 &+ $1.workSize }
    }
  }
}

extension Value {
  /// The size that the work over a value grows with: UTF-8 bytes of a string, bytes, elements
  /// of a list, entries of a map; 0 for every other value.
  package var workSize: Int {
    @inline(__always) get {
      switch self {
      case .string(let s): s.utf8.count
      case .bytes(let b): b.count
      case .list, .map: containerSize
      default: 0
      }
    }
  }

  /// The size of a list or map, out of line: a host list is asked through its protocol, which
  /// would weigh on the strings' path.
  @inline(never)
  private var containerSize: Int {
    switch self {
    case .list(let l): l.count
    case .map(let m): m.count
    default: 0
    }
  }
}

extension StandardLibrary {
  /// The cost of each function whose work grows with its arguments; every other function is
  /// ``CallCost/constant``. An overload none of whose parameters can hold a string, bytes, a
  /// list or a map (`_<_` on ints) stays constant whatever its function's entry says.
  static let callCosts: [String: CallCost] = [
    // Equality and ordering compare strings, bytes, lists and maps element by element, and
    // stop at the end of the shorter operand: the size of the first bounds them.
    Operator.equals: .first, Operator.notEquals: .first, Operator.less: .first,
    Operator.lessEquals: .first, Operator.greater: .first, Operator.greaterEquals: .first,
    // `x in list` compares x with each element (`in_map` is a look-up: see below).
    Operator.in: .all,
    // Searches: linear in the text and the pattern.
    "contains": .all, "startsWith": .all, "endsWith": .all, "matches": .all,
    "indexOf": .all, "lastIndexOf": .all, "replace": .all, "split": .all, "format": .all,
    // One pass over the receiver.
    "size": .first, "charAt": .first, "substring": .first, "join": .first, "lower": .first,
    "upper": .first, "trim": .first, "lowerAscii": .first, "upperAscii": .first,
    "reverse": .first, "strings.quote": .first, "int": .first, "uint": .first,
    "double": .first, "bool": .first, "string": .first, "bytes": .first, "timestamp": .first,
    "duration": .first, "date": .first, "sum": .first,
    "math.greatest": .all, "math.least": .all,
  ]

  /// Overloads that do less than their function's entry says.
  static let constantOverloads: Set<String> = [
    // The size of bytes, a list or a map is known without a pass.
    "size_bytes", "size_list", "size_map", "bytes_size", "list_size", "map_size",
    // A map finds a key by hashing.
    "in_map",
  ]

  /// `function` with the cost of each overload set from ``callCosts``.
  static func costed(_ function: LibraryFunction) -> LibraryFunction {
    guard let cost = callCosts[function.name] else { return function }
    var copy = function
    copy.overloads = function.overloads.map { overload in
      var o = overload
      let sized = overload.signature.parameters.contains { $0.canHoldSizedValue }
      o.cost = sized && !constantOverloads.contains(overload.signature.id) ? cost : .constant
      return o
    }
    return copy
  }
}

extension CELType {
  /// Whether a value of this type may be a string, bytes, a list or a map.
  var canHoldSizedValue: Bool {
    switch self {
    case .string, .bytes, .list, .map, .dyn, .typeParam, .enumeration: true
    default: false
    }
  }
}
