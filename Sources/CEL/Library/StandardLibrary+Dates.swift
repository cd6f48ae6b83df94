/// Timestamp and duration accessors.
extension StandardLibrary {
  static func accessor(
    _ name: String, _ part: Dates.Part, _ id: String, doc: String, duration: Bool = false
  ) -> LibraryFunction {
    var overloads: [LibraryOverload] = [
      .unary("timestamp_to_\(id)", .timestamp, .int, receiver: true) { v in
        guard case .timestamp(let t) = v else { return Failure.mismatch(name, v) }
        return Dates.part(part, of: t)
      },
      .binary("timestamp_to_\(id)_with_tz", .timestamp, .string, .int, receiver: true) { v, z in
        guard case .timestamp(let t) = v, case .string(let zone) = z else {
          return Failure.mismatch(name, v, z)
        }
        return Dates.part(part, of: t, zone: zone)
      },
    ]
    if duration {
      overloads.append(
        .unary("duration_to_\(id)", .duration, .int, receiver: true) { v in
          guard case .duration(let d) = v else { return Failure.mismatch(name, v) }
          return Dates.part(part, of: d)
        })
    }
    return LibraryFunction(name, doc: doc, overloads: overloads)
  }

  static let dates: [LibraryFunction] = [
    accessor("getFullYear", .fullYear, "year", doc: "The year, in UTC or the given time zone."),
    accessor("getMonth", .month, "month", doc: "The month, 0 for January."),
    accessor("getDate", .date, "day_of_month_1_based", doc: "The day of the month, from 1."),
    accessor(
      "getDayOfMonth", .dayOfMonth, "day_of_month", doc: "The day of the month, from 0."),
    accessor("getDayOfYear", .dayOfYear, "day_of_year", doc: "The day of the year, from 0."),
    accessor("getDayOfWeek", .dayOfWeek, "day_of_week", doc: "The day of the week, 0 for Sunday."),
    accessor(
      "getHours", .hours, "hours", doc: "The hour of the day; for a duration, its whole hours.",
      duration: true),
    accessor(
      "getMinutes", .minutes, "minutes",
      doc: "The minute of the hour; for a duration, its whole minutes.", duration: true),
    accessor(
      "getSeconds", .seconds, "seconds",
      doc: "The second of the minute; for a duration, its whole seconds.", duration: true),
    accessor(
      "getMilliseconds", .milliseconds, "milliseconds",
      doc: "The milliseconds of the second (of the fraction, for a duration).", duration: true),
  ]
}
