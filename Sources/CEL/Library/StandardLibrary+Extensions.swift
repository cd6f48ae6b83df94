/// The dqtv extensions (`date`, `age`, `days_between`, `percent`, `sum`) and cel-go's math
/// extension (`math.greatest`, `math.least`...).
extension StandardLibrary {
  static let numbers: [CELType] = [.int, .uint, .double]

  static let extensions: [LibraryFunction] =
    [
      LibraryFunction(
        "date", doc: "A calendar date 'YYYY-MM-DD' as a timestamp at 00:00 UTC.",
        overloads: [
          .unary("string_to_date", .string, .timestamp) { v in
            guard case .string(let s) = v else { return Failure.mismatch("date", v) }
            return Dates.date(s)
          }
        ]),
      LibraryFunction(
        "age", doc: "Whole years from a birth date to a date.",
        overloads: [
          .binary("age_timestamp_timestamp", .timestamp, .timestamp, .int) { a, b in
            guard case .timestamp(let birth) = a, case .timestamp(let at) = b else {
              return Failure.mismatch("age", a, b)
            }
            return Dates.age(birth: birth, at: at)
          }
        ]),
      LibraryFunction(
        "days_between", doc: "Whole days from the first date to the second (may be negative).",
        overloads: [
          .binary("days_between_timestamp_timestamp", .timestamp, .timestamp, .int) { a, b in
            guard case .timestamp(let x) = a, case .timestamp(let y) = b else {
              return Failure.mismatch("days_between", a, b)
            }
            return Dates.daysBetween(x, y)
          }
        ]),
      LibraryFunction(
        "percent", doc: "100.0 * part / whole, as a double; an error when whole is 0.",
        overloads: numbers.flatMap { p in
          numbers.map { w in
            O.binary("percent_\(p)_\(w)", p, w, .double, Aggregates.percent)
          }
        }),
      LibraryFunction(
        "sum", doc: "The sum of a list of int, uint or double (0 when empty).",
        overloads: [
          .unary("sum_list_int", .list(.int), .int) { v in
            guard case .list(let l) = v else { return Failure.mismatch("sum", v) }
            return Aggregates.sum(l)
          },
          .unary("sum_list_uint", .list(.uint), .uint) { v in
            guard case .list(let l) = v else { return Failure.mismatch("sum", v) }
            return Aggregates.sum(l)
          },
          .unary("sum_list_double", .list(.double), .double) { v in
            guard case .list(let l) = v else { return Failure.mismatch("sum", v) }
            return Aggregates.sum(l)
          },
        ]),
      extreme("math.greatest", greatest: true),
      extreme("math.least", greatest: false),
    ] + MathExtension.functions

  /// `math.greatest` / `math.least`: one to four numeric arguments of any mix of int, uint,
  /// double (more are accepted at run time), or one list of numbers.
  static func extreme(_ name: String, greatest: Bool) -> LibraryFunction {
    let suffix = greatest ? "greatest" : "least"
    var overloads: [LibraryOverload] = []
    for t in numbers {
      overloads.append(.unary("math_\(suffix)_\(t)", t, t) { $0 })
      overloads.append(
        .unary("math_\(suffix)_list_\(t)", .list(t), t) {
          Aggregates.extremeOfList($0, greatest: greatest, name: name)
        })
    }
    for a in numbers {
      for b in numbers {
        overloads.append(
          .binary("math_\(suffix)_\(a)_\(b)", a, b, .dyn) {
            Aggregates.extreme([$0, $1], greatest: greatest, name: name)
          })
      }
    }
    for arity in 3...8 {
      overloads.append(
        .variadic("math_\(suffix)_dyn_\(arity)", Array(repeating: .dyn, count: arity), .dyn) {
          Aggregates.extreme($0, greatest: greatest, name: name)
        })
    }
    return LibraryFunction(
      name, doc: "The \(suffix) of numbers (any mix of int, uint and double), or of a list.",
      overloads: overloads)
  }
}
