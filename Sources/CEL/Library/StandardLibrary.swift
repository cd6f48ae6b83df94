/// The standard function table: CEL's operators and standard functions.
extension FunctionLibrary {
  /// CEL's standard library and the dqtv extensions.
  package static let standard: FunctionLibrary = {
    var library = FunctionLibrary(
      (StandardLibrary.operators + StandardLibrary.functions).map(StandardLibrary.costed))
    for function in StandardLibrary.conversions + StandardLibrary.dates
      + StandardLibrary.strings + StandardLibrary.extensions
    {
      library.add(StandardLibrary.costed(function))
    }
    return library
  }()
}

enum StandardLibrary {
  typealias O = LibraryOverload
  // Type parameters keep CEL's own names.
  // swift-format-ignore: AlwaysUseLowerCamelCase
  static let A = CELType.typeParam("A")
  static let nonStrict = Value.error("internal: a non-strict operator is evaluated by the evaluator")
  // swift-format-ignore: AlwaysUseLowerCamelCase
  static let B = CELType.typeParam("B")

  static let operators: [LibraryFunction] = [
    LibraryFunction(
      Operator.add, doc: "Adds numbers, joins strings, bytes and lists, shifts a timestamp.",
      overloads: [
        .binary("add_int64", .int, .int, .int, Operators.add),
        .binary("add_uint64", .uint, .uint, .uint, Operators.add),
        .binary("add_double", .double, .double, .double, Operators.add),
        .binary("add_string", .string, .string, .string, Operators.add),
        .binary("add_bytes", .bytes, .bytes, .bytes, Operators.add),
        .binary("add_list", .list(A), .list(A), .list(A), typeParameters: ["A"], Operators.add),
        .binary("add_timestamp_duration", .timestamp, .duration, .timestamp, Operators.add),
        .binary("add_duration_timestamp", .duration, .timestamp, .timestamp, Operators.add),
        .binary("add_duration_duration", .duration, .duration, .duration, Operators.add),
      ]),
    LibraryFunction(
      Operator.subtract, doc: "Subtracts numbers, timestamps and durations.",
      overloads: [
        .binary("subtract_int64", .int, .int, .int, Operators.subtract),
        .binary("subtract_uint64", .uint, .uint, .uint, Operators.subtract),
        .binary("subtract_double", .double, .double, .double, Operators.subtract),
        .binary(
          "subtract_timestamp_timestamp", .timestamp, .timestamp, .duration, Operators.subtract),
        .binary(
          "subtract_timestamp_duration", .timestamp, .duration, .timestamp, Operators.subtract),
        .binary(
          "subtract_duration_duration", .duration, .duration, .duration, Operators.subtract),
      ]),
    LibraryFunction(
      Operator.multiply, doc: "Multiplies two numbers of the same type.",
      overloads: [
        .binary("multiply_int64", .int, .int, .int, Operators.multiply),
        .binary("multiply_uint64", .uint, .uint, .uint, Operators.multiply),
        .binary("multiply_double", .double, .double, .double, Operators.multiply),
      ]),
    LibraryFunction(
      Operator.divide, doc: "Divides two numbers of the same type (integers truncate).",
      overloads: [
        .binary("divide_int64", .int, .int, .int, Operators.divide),
        .binary("divide_uint64", .uint, .uint, .uint, Operators.divide),
        .binary("divide_double", .double, .double, .double, Operators.divide),
      ]),
    LibraryFunction(
      Operator.modulo, doc: "The remainder of an integer division.",
      overloads: [
        .binary("modulo_int64", .int, .int, .int, Operators.modulo),
        .binary("modulo_uint64", .uint, .uint, .uint, Operators.modulo),
      ]),
    LibraryFunction(
      Operator.negate, doc: "Negates a number.",
      overloads: [
        .unary("negate_int64", .int, .int, Operators.negate),
        .unary("negate_double", .double, .double, Operators.negate),
      ]),
    LibraryFunction(
      Operator.logicalNot, doc: "Logical negation.",
      overloads: [
        .unary("logical_not", .bool, .bool) { v in
          guard case .bool(let b) = v else { return Failure.mismatch("!_", v) }
          return .bool(!b)
        }
      ]),
    // `&&`, `||`, `?:` and `@not_strictly_false` are not strict: the evaluator runs them
    // itself (see `Evaluator`), so their implementations here are never called.
    LibraryFunction(
      Operator.logicalAnd, doc: "Logical and; false wins over errors.",
      overloads: [.binary("logical_and", .bool, .bool, .bool) { _, _ in nonStrict }]),
    LibraryFunction(
      Operator.logicalOr, doc: "Logical or; true wins over errors.",
      overloads: [.binary("logical_or", .bool, .bool, .bool) { _, _ in nonStrict }]),
    LibraryFunction(
      Operator.conditional, doc: "c ? a : b.",
      overloads: [
        .ternary("conditional", [.bool, A, A], A, typeParameters: ["A"]) { _, _, _ in nonStrict }
      ]),
    LibraryFunction(
      Operator.notStrictlyFalse, doc: "True unless the argument is false (errors count as true).",
      overloads: [.unary("not_strictly_false", .bool, .bool) { _ in nonStrict }]),
    LibraryFunction(
      Operator.equals, doc: "Equality; numbers compare by value across int, uint and double.",
      overloads: [
        .binary("equals", A, A, .bool, typeParameters: ["A"]) { .bool(Value.celEquals($0, $1)) }
      ]),
    LibraryFunction(
      Operator.notEquals, doc: "Inequality.",
      overloads: [
        .binary("not_equals", A, A, .bool, typeParameters: ["A"]) {
          .bool(!Value.celEquals($0, $1))
        }
      ]),
    comparison(Operator.less, "less", "Less than.") { $0 < 0 },
    comparison(Operator.lessEquals, "less_equals", "Less than or equal.") { $0 <= 0 },
    comparison(Operator.greater, "greater", "Greater than.") { $0 > 0 },
    comparison(Operator.greaterEquals, "greater_equals", "Greater than or equal.") { $0 >= 0 },
    LibraryFunction(
      Operator.index, doc: "The element of a list at an index, or the value of a map at a key.",
      overloads: [
        .binary("index_list", .list(A), .int, A, typeParameters: ["A"], Operators.index)
          .acceptingAny(),
        .binary(
          "index_map", .map(key: A, value: B), A, B, typeParameters: ["A", "B"], Operators.index
        ).acceptingAny(),
      ]),
    LibraryFunction(
      Operator.in, doc: "Membership in a list, or presence of a key in a map.",
      overloads: [
        .binary("in_list", A, .list(A), .bool, typeParameters: ["A"]) {
          Operators.contains(list: $1, element: $0)
        }.acceptingAny(),
        .binary("in_map", A, .map(key: A, value: B), .bool, typeParameters: ["A", "B"]) {
          Operators.contains(list: $1, element: $0)
        }.acceptingAny(),
      ]),
  ]

  /// The overloads of one ordering operator: numbers across types, strings, bytes, bools,
  /// timestamps, durations.
  static func comparison(
    _ name: String, _ prefix: String, _ doc: String, _ test: @escaping @Sendable (Int) -> Bool
  ) -> LibraryFunction {
    let body: @Sendable (Value, Value) -> Value = { a, b in
      switch Value.celCompare(a, b) {
      case .some(.some(let order)): return .bool(test(order))
      case .some(.none): return .bool(false)  // NaN
      case .none: return Failure.mismatch(name, a, b)
      }
    }
    let same: [(String, CELType)] = [
      ("bool", .bool), ("int64", .int), ("uint64", .uint), ("double", .double),
      ("string", .string), ("bytes", .bytes), ("timestamp", .timestamp),
      ("duration", .duration),
    ]
    let mixed: [(String, CELType, String, CELType)] = [
      ("int64", .int, "uint64", .uint), ("int64", .int, "double", .double),
      ("uint64", .uint, "int64", .int), ("uint64", .uint, "double", .double),
      ("double", .double, "int64", .int), ("double", .double, "uint64", .uint),
    ]
    let overloads =
      same.map { O.binary("\(prefix)_\($0.0)", $0.1, $0.1, .bool, body) }
      + mixed.map { O.binary("\(prefix)_\($0.0)_\($0.2)", $0.1, $0.3, .bool, body) }
    return LibraryFunction(name, doc: doc, overloads: overloads)
  }

  static let functions: [LibraryFunction] = [
    LibraryFunction(
      "size", doc: "The number of code points of a string, bytes of bytes, elements of a list or entries of a map.",
      overloads: [
        .unary("size_string", .string, .int) { v in
          guard case .string(let s) = v else { return Failure.mismatch("size", v) }
          return Strings.size(s)
        },
        .unary("size_bytes", .bytes, .int) { v in
          guard case .bytes(let b) = v else { return Failure.mismatch("size", v) }
          return .int(Int64(b.count))
        },
        .unary("size_list", .list(A), .int, typeParameters: ["A"]) { v in
          guard case .list(let l) = v else { return Failure.mismatch("size", v) }
          return .int(Int64(l.count))
        },
        .unary("size_map", .map(key: A, value: B), .int, typeParameters: ["A", "B"]) { v in
          guard case .map(let m) = v else { return Failure.mismatch("size", v) }
          return .int(Int64(m.count))
        },
        .unary("string_size", .string, .int, receiver: true) { v in
          guard case .string(let s) = v else { return Failure.mismatch("size", v) }
          return Strings.size(s)
        },
        .unary("bytes_size", .bytes, .int, receiver: true) { v in
          guard case .bytes(let b) = v else { return Failure.mismatch("size", v) }
          return .int(Int64(b.count))
        },
        .unary("list_size", .list(A), .int, receiver: true, typeParameters: ["A"]) { v in
          guard case .list(let l) = v else { return Failure.mismatch("size", v) }
          return .int(Int64(l.count))
        },
        .unary("map_size", .map(key: A, value: B), .int, receiver: true, typeParameters: ["A", "B"]) { v in
          guard case .map(let m) = v else { return Failure.mismatch("size", v) }
          return .int(Int64(m.count))
        },
      ]),
    LibraryFunction(
      "contains", doc: "Whether a string contains another.",
      overloads: [stringPredicate("contains_string", "contains", Strings.contains)]),
    LibraryFunction(
      "startsWith", doc: "Whether a string starts with another.",
      overloads: [stringPredicate("starts_with_string", "startsWith", Strings.startsWith)]),
    LibraryFunction(
      "endsWith", doc: "Whether a string ends with another.",
      overloads: [stringPredicate("ends_with_string", "endsWith", Strings.endsWith)]),
    LibraryFunction(
      "matches", doc: "Whether a regular expression (RE2 syntax) matches part of a string.",
      overloads: [
        .binary("matches", .string, .string, .bool) { a, b in
          guard case .string(let s) = a, case .string(let p) = b else {
            return Failure.mismatch("matches", a, b)
          }
          return Strings.matches(s, p)
        },
        .binary("matches_string", .string, .string, .bool, receiver: true) { a, b in
          guard case .string(let s) = a, case .string(let p) = b else {
            return Failure.mismatch("matches", a, b)
          }
          return Strings.matches(s, p)
        },
      ]),
  ]

  static func stringPredicate(
    _ id: String, _ name: String, _ test: @escaping @Sendable (String, String) -> Bool
  ) -> LibraryOverload {
    .binary(id, .string, .string, .bool, receiver: true) { a, b in
      guard case .string(let s) = a, case .string(let t) = b else {
        return Failure.mismatch(name, a, b)
      }
      return .bool(test(s, t))
    }
  }
}

extension LibraryOverload {
  /// The same overload, offered to arguments of any type: for operators whose implementation
  /// does its own dispatch and reports its own errors (indexing, `in`).
  func acceptingAny() -> LibraryOverload {
    var copy = self
    copy.parameterKinds = signature.parameters.map { _ in .any }
    return copy
  }
}
