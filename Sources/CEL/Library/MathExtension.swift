import Foundation

/// cel-go's math extension, besides `math.greatest` and `math.least`: rounding, `abs`,
/// `sign`, the floating-point predicates and bit operations.
enum MathExtension {
  typealias O = LibraryOverload

  static func doubleFunction(
    _ name: String, _ doc: String, _ body: @escaping @Sendable (Double) -> Double
  ) -> LibraryFunction {
    LibraryFunction(
      name, doc: doc,
      overloads: [
        .unary("\(name.replacingOccurrences(of: ".", with: "_"))_double", .double, .double) { v in
          guard case .double(let d) = v else { return Failure.mismatch(name, v) }
          return .double(body(d))
        }
      ])
  }

  static func predicate(
    _ name: String, _ doc: String, _ body: @escaping @Sendable (Double) -> Bool
  ) -> LibraryFunction {
    LibraryFunction(
      name, doc: doc,
      overloads: [
        .unary("\(name.replacingOccurrences(of: ".", with: "_"))_double", .double, .bool) { v in
          guard case .double(let d) = v else { return Failure.mismatch(name, v) }
          return .bool(body(d))
        }
      ])
  }

  static func bitwise(
    _ name: String, _ doc: String, _ int: @escaping @Sendable (Int64, Int64) -> Int64,
    _ uint: @escaping @Sendable (UInt64, UInt64) -> UInt64
  ) -> LibraryFunction {
    let id = name.replacingOccurrences(of: ".", with: "_")
    return LibraryFunction(
      name, doc: doc,
      overloads: [
        .binary("\(id)_int_int", .int, .int, .int) { a, b in
          guard case .int(let x) = a, case .int(let y) = b else { return Failure.mismatch(name, a, b) }
          return .int(int(x, y))
        },
        .binary("\(id)_uint_uint", .uint, .uint, .uint) { a, b in
          guard case .uint(let x) = a, case .uint(let y) = b else { return Failure.mismatch(name, a, b) }
          return .uint(uint(x, y))
        },
      ])
  }

  static func shift(_ name: String, left: Bool) -> LibraryFunction {
    let id = name.replacingOccurrences(of: ".", with: "_")
    return LibraryFunction(
      name, doc: left ? "Shifts bits left." : "Shifts bits right (logically, for int too).",
      overloads: [
        .binary("\(id)_int_int", .int, .int, .int) { a, b in
          guard case .int(let x) = a, case .int(let n) = b else { return Failure.mismatch(name, a, b) }
          if n < 0 { return Failure.invalid("\(name): negative offset \(n)") }
          if n >= 64 { return .int(0) }
          let bits = UInt64(bitPattern: x)
          return .int(Int64(bitPattern: left ? bits << UInt64(n) : bits >> UInt64(n)))
        },
        .binary("\(id)_uint_int", .uint, .int, .uint) { a, b in
          guard case .uint(let x) = a, case .int(let n) = b else { return Failure.mismatch(name, a, b) }
          if n < 0 { return Failure.invalid("\(name): negative offset \(n)") }
          if n >= 64 { return .uint(0) }
          return .uint(left ? x << UInt64(n) : x >> UInt64(n))
        },
      ])
  }

  static let functions: [LibraryFunction] = [
    doubleFunction("math.ceil", "The least integral double not below the argument.") { $0.rounded(.up) },
    doubleFunction("math.floor", "The greatest integral double not above the argument.") { $0.rounded(.down) },
    doubleFunction("math.round", "Rounds to the nearest integral double, halves away from zero.") {
      $0.rounded(.toNearestOrAwayFromZero)
    },
    doubleFunction("math.trunc", "Rounds toward zero.") { $0.rounded(.towardZero) },
    predicate("math.isNaN", "Whether a double is NaN.") { $0.isNaN },
    predicate("math.isInf", "Whether a double is infinite.") { $0.isInfinite },
    predicate("math.isFinite", "Whether a double is neither infinite nor NaN.") { $0.isFinite },
    LibraryFunction(
      "math.abs", doc: "The absolute value (int overflow is an error).",
      overloads: [
        .unary("math_abs_int", .int, .int) { v in
          guard case .int(let i) = v else { return Failure.mismatch("math.abs", v) }
          if i == .min { return Failure.overflow }
          return .int(Swift.abs(i))
        },
        .unary("math_abs_uint", .uint, .uint) { $0 },
        .unary("math_abs_double", .double, .double) { v in
          guard case .double(let d) = v else { return Failure.mismatch("math.abs", v) }
          return .double(Swift.abs(d))
        },
      ]),
    LibraryFunction(
      "math.sign", doc: "-1, 0 or 1, of the argument's type.",
      overloads: [
        .unary("math_sign_int", .int, .int) { v in
          guard case .int(let i) = v else { return Failure.mismatch("math.sign", v) }
          return .int(i.signum())
        },
        .unary("math_sign_uint", .uint, .uint) { v in
          guard case .uint(let u) = v else { return Failure.mismatch("math.sign", v) }
          return .uint(u == 0 ? 0 : 1)
        },
        .unary("math_sign_double", .double, .double) { v in
          guard case .double(let d) = v else { return Failure.mismatch("math.sign", v) }
          if d.isNaN { return .double(d) }
          return .double(d > 0 ? 1 : (d < 0 ? -1 : 0))
        },
      ]),
    bitwise("math.bitAnd", "Bitwise and.", { $0 & $1 }, { $0 & $1 }),
    bitwise("math.bitOr", "Bitwise or.", { $0 | $1 }, { $0 | $1 }),
    bitwise("math.bitXor", "Bitwise exclusive or.", { $0 ^ $1 }, { $0 ^ $1 }),
    LibraryFunction(
      "math.bitNot", doc: "Bitwise complement.",
      overloads: [
        .unary("math_bitNot_int_int", .int, .int) { v in
          guard case .int(let i) = v else { return Failure.mismatch("math.bitNot", v) }
          return .int(~i)
        },
        .unary("math_bitNot_uint_uint", .uint, .uint) { v in
          guard case .uint(let u) = v else { return Failure.mismatch("math.bitNot", v) }
          return .uint(~u)
        },
      ]),
    shift("math.bitShiftLeft", left: true),
    shift("math.bitShiftRight", left: false),
  ]
}
