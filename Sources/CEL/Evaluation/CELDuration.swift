/// A CEL duration (`google.protobuf.Duration`): a signed span of time with nanosecond
/// precision. The range is that of cel-go (a 64-bit count of nanoseconds, about ±292 years),
/// narrower than protobuf's ±10,000 years: the conformance suite expects the difference of
/// two far-apart timestamps to be a range error.
///
/// Stored floor-normalised: `nanos` is always in `0 ..< 1_000_000_000`, so `-1.5s` is
/// `seconds: -2, nanos: 500_000_000`.
package struct CELDuration: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// Whole seconds, rounded toward negative infinity.
  package let seconds: Int64
  /// Nanoseconds to add to `seconds`, `0 ..< 1_000_000_000`.
  package let nanos: Int32

  static let maxSeconds: Int64 = 9_223_372_036  // Int64.max nanoseconds, in whole seconds

  /// A duration from seconds and nanoseconds (any sign); `nil` when out of range.
  package init?(seconds: Int64, nanos: Int64 = 0) {
    let (carry, rest) = CELDuration.floorDivide(nanos, 1_000_000_000)
    let (total, overflow) = seconds.addingReportingOverflow(carry)
    guard !overflow else { return nil }
    // The total in nanoseconds must fit in an Int64.
    guard total >= -CELDuration.maxSeconds - 1, total <= CELDuration.maxSeconds else { return nil }
    if total == CELDuration.maxSeconds && rest > 854_775_807 { return nil }
    if total == -CELDuration.maxSeconds - 1 && rest < 145_224_192 { return nil }
    self.seconds = total
    self.nanos = Int32(rest)
  }

  /// The empty duration.
  package static let zero = CELDuration(seconds: 0)!

  static func floorDivide(_ a: Int64, _ b: Int64) -> (Int64, Int64) {
    var q = a / b
    var r = a % b
    if r < 0 {
      q -= 1
      r += b
    }
    return (q, r)
  }

  /// Shorter (or more negative) first.
  package static func < (lhs: CELDuration, rhs: CELDuration) -> Bool {
    (lhs.seconds, lhs.nanos) < (rhs.seconds, rhs.nanos)
  }

  /// The sum, or `nil` when out of range.
  package func adding(_ other: CELDuration) -> CELDuration? {
    let (s, overflow) = seconds.addingReportingOverflow(other.seconds)
    guard !overflow else { return nil }
    return CELDuration(seconds: s, nanos: Int64(nanos) + Int64(other.nanos))
  }

  /// The negation, or `nil` when out of range.
  package var negated: CELDuration? {
    CELDuration(seconds: -seconds, nanos: -Int64(nanos))
  }

  /// Whole seconds, truncated toward zero, and the signed remaining nanoseconds.
  package var truncated: (seconds: Int64, nanos: Int64) {
    if seconds < 0 && nanos > 0 { return (seconds + 1, Int64(nanos) - 1_000_000_000) }
    return (seconds, Int64(nanos))
  }

  /// The duration in protobuf's JSON form: `3600s`, `1.5s`, `-0.001s`.
  package var description: String {
    let (s, n) = truncated
    let negative = s < 0 || n < 0
    var text = negative ? "-" : ""
    text += String(s.magnitude)
    if n != 0 {
      text += "." + CELTimestamp.fractionDigits(Int32(n.magnitude))
    }
    return text + "s"
  }

  /// Parses a Go-style duration: an optional sign, then one or more decimal numbers each with
  /// a unit among `h`, `m`, `s`, `ms`, `us` (or `µs`), `ns` (`1h30m`, `3.5s`, `-2ms`).
  package static func parse(_ text: String) -> Result<CELDuration, EvaluationError> {
    let invalid = EvaluationError("invalid duration: '\(text)'", kind: .invalidArgument)
    var scalars = Array(text.unicodeScalars)[...]
    var negative = false
    if let first = scalars.first, first == "-" || first == "+" {
      negative = first == "-"
      scalars = scalars.dropFirst()
    }
    if scalars.count == 1 && scalars.first == "0" { return .success(.zero) }
    guard !scalars.isEmpty else { return .failure(invalid) }
    // Accumulate in nanoseconds split as seconds + nanos to keep range checks exact.
    var totalSeconds: Int64 = 0
    var totalNanos: Int64 = 0
    while !scalars.isEmpty {
      var whole: Int64 = 0
      var fraction: [UInt8] = []
      var sawDigit = false
      while let c = scalars.first, let d = digit(c) {
        sawDigit = true
        let (m, o1) = whole.multipliedReportingOverflow(by: 10)
        let (a, o2) = m.addingReportingOverflow(Int64(d))
        if o1 || o2 { return .failure(EvaluationError("range: duration out of range", kind: .outOfRange)) }
        whole = a
        scalars = scalars.dropFirst()
      }
      if scalars.first == "." {
        scalars = scalars.dropFirst()
        while let c = scalars.first, let d = digit(c) {
          sawDigit = true
          fraction.append(d)
          scalars = scalars.dropFirst()
        }
      }
      guard sawDigit else { return .failure(invalid) }
      var unit = ""
      while let c = scalars.first, !(c == "." || digit(c) != nil) {
        unit.unicodeScalars.append(c)
        scalars = scalars.dropFirst()
      }
      let nanosPerUnit: Int64
      switch unit {
      case "h": nanosPerUnit = 3_600_000_000_000
      case "m": nanosPerUnit = 60_000_000_000
      case "s": nanosPerUnit = 1_000_000_000
      case "ms": nanosPerUnit = 1_000_000
      case "us", "µs", "μs": nanosPerUnit = 1_000
      case "ns": nanosPerUnit = 1
      default: return .failure(invalid)
      }
      // whole * unit, split into seconds and nanos.
      if nanosPerUnit >= 1_000_000_000 {
        let secondsPerUnit = nanosPerUnit / 1_000_000_000
        let (s, o) = whole.multipliedReportingOverflow(by: secondsPerUnit)
        if o || s > maxSeconds * 2 {
          return .failure(EvaluationError("range: duration out of range", kind: .outOfRange))
        }
        totalSeconds += s
      } else {
        let unitsPerSecond = 1_000_000_000 / nanosPerUnit
        totalSeconds += whole / unitsPerSecond
        totalNanos += (whole % unitsPerSecond) * nanosPerUnit
      }
      // The fraction of one unit, to nanosecond precision.
      var scale = nanosPerUnit
      var fractionNanos: Int64 = 0
      for d in fraction {
        scale /= 10
        if scale == 0 { break }
        fractionNanos += Int64(d) * scale
      }
      totalSeconds += fractionNanos / 1_000_000_000
      totalNanos += fractionNanos % 1_000_000_000
      if totalSeconds > maxSeconds * 2 {
        return .failure(EvaluationError("range: duration out of range", kind: .outOfRange))
      }
    }
    if negative {
      totalSeconds = -totalSeconds
      totalNanos = -totalNanos
    }
    guard let duration = CELDuration(seconds: totalSeconds, nanos: totalNanos) else {
      return .failure(EvaluationError("range: duration out of range", kind: .outOfRange))
    }
    return .success(duration)
  }

  private static func digit(_ c: Unicode.Scalar) -> UInt8? {
    c.value >= 48 && c.value <= 57 ? UInt8(c.value - 48) : nil
  }
}
