import Foundation
import SourceDiagnostics

/// A CEL timestamp (`google.protobuf.Timestamp`): an instant with nanosecond precision between
/// 0001-01-01T00:00:00Z and 9999-12-31T23:59:59.999999999Z.
///
/// `seconds` counts from the Unix epoch; `nanos` is in `0 ..< 1_000_000_000`.
package struct CELTimestamp: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// Seconds since 1970-01-01T00:00:00Z, rounded toward negative infinity.
  package let seconds: Int64
  /// Nanoseconds to add to `seconds`, `0 ..< 1_000_000_000`.
  package let nanos: Int32

  static let minSeconds: Int64 = -62_135_596_800  // 0001-01-01T00:00:00Z
  static let maxSeconds: Int64 = 253_402_300_799  // 9999-12-31T23:59:59Z

  /// A timestamp, or `nil` when outside the range CEL allows.
  package init?(seconds: Int64, nanos: Int64 = 0) {
    let (carry, rest) = CELDuration.floorDivide(nanos, 1_000_000_000)
    let (total, overflow) = seconds.addingReportingOverflow(carry)
    guard !overflow, total >= CELTimestamp.minSeconds, total <= CELTimestamp.maxSeconds else {
      return nil
    }
    self.seconds = total
    self.nanos = Int32(rest)
  }

  /// Midnight UTC of a calendar date, or `nil` for an impossible date (2025-02-30).
  package init?(year: Int, month: Int, day: Int) {
    guard let days = CivilDate(year: year, month: month, day: day)?.daysSinceEpoch else {
      return nil
    }
    self.init(seconds: days * 86_400)
  }

  /// Earlier first.
  package static func < (lhs: CELTimestamp, rhs: CELTimestamp) -> Bool {
    (lhs.seconds, lhs.nanos) < (rhs.seconds, rhs.nanos)
  }

  /// `self + duration`, or `nil` when out of range.
  package func adding(_ duration: CELDuration) -> CELTimestamp? {
    let (s, overflow) = seconds.addingReportingOverflow(duration.seconds)
    guard !overflow else { return nil }
    return CELTimestamp(seconds: s, nanos: Int64(nanos) + Int64(duration.nanos))
  }

  /// `self - other` as a duration, or `nil` when out of the duration range.
  package func subtracting(_ other: CELTimestamp) -> CELDuration? {
    CELDuration(seconds: seconds - other.seconds, nanos: Int64(nanos) - Int64(other.nanos))
  }

  /// RFC 3339 in UTC, fraction digits only as needed: `2009-02-13T23:31:30Z`,
  /// `9999-12-31T23:59:59.999999999Z`.
  package var description: String {
    let (days, secondOfDay) = CELDuration.floorDivide(seconds, 86_400)
    let date = CivilDate(daysSinceEpoch: days)
    var text = pad(date.year, 4) + "-" + pad(date.month, 2) + "-" + pad(date.day, 2)
    text += "T" + pad(Int(secondOfDay / 3600), 2) + ":" + pad(Int(secondOfDay / 60 % 60), 2)
    text += ":" + pad(Int(secondOfDay % 60), 2)
    if nanos != 0 { text += "." + CELTimestamp.fractionDigits(nanos) }
    return text + "Z"
  }

  /// Nine-digit fraction with trailing zeros removed.
  static func fractionDigits(_ nanos: Int32) -> String {
    var digits = pad(Int(nanos), 9)
    while digits.hasSuffix("0") { digits.removeLast() }
    return digits
  }

  /// Parses RFC 3339 (`2009-02-13T23:31:30Z`, `2009-02-13T23:31:30.123+07:00`).
  package static func parse(_ text: String) -> Result<CELTimestamp, EvaluationError> {
    let invalid = EvaluationError("invalid timestamp: '\(text)'", kind: .invalidArgument)
    let s = Array(text.utf8)
    var i = 0
    func number(_ width: Int) -> Int? {
      guard i + width <= s.count else { return nil }
      var value = 0
      for k in i..<(i + width) {
        guard s[k] >= 48 && s[k] <= 57 else { return nil }
        value = value * 10 + Int(s[k] - 48)
      }
      i += width
      return value
    }
    func expect(_ c: UInt8) -> Bool {
      guard i < s.count, s[i] == c else { return false }
      i += 1
      return true
    }
    // A year of more than four digits is syntactically a date out of range.
    var yearDigits = 0
    while yearDigits + i < s.count, s[yearDigits] >= 48 && s[yearDigits] <= 57 { yearDigits += 1 }
    if yearDigits > 4 { return .failure(EvaluationError("range: timestamp out of range", kind: .outOfRange)) }
    guard let year = number(4), expect(UInt8(ascii: "-")), let month = number(2),
      expect(UInt8(ascii: "-")), let day = number(2),
      expect(UInt8(ascii: "T")) || expect(UInt8(ascii: "t")),
      let hour = number(2), expect(UInt8(ascii: ":")), let minute = number(2),
      expect(UInt8(ascii: ":")), let second = number(2)
    else { return .failure(invalid) }
    var nanos: Int64 = 0
    if expect(UInt8(ascii: ".")) {
      var scale: Int64 = 100_000_000
      var count = 0
      while i < s.count, s[i] >= 48 && s[i] <= 57 {
        nanos += Int64(s[i] - 48) * scale
        scale /= 10
        count += 1
        i += 1
      }
      guard count > 0, count <= 9 else { return .failure(invalid) }
    }
    var offset = 0
    if expect(UInt8(ascii: "Z")) || expect(UInt8(ascii: "z")) {
    } else if i < s.count, s[i] == UInt8(ascii: "+") || s[i] == UInt8(ascii: "-") {
      let sign = s[i] == UInt8(ascii: "-") ? -1 : 1
      i += 1
      guard let h = number(2), expect(UInt8(ascii: ":")), let m = number(2), h < 24, m < 60 else {
        return .failure(invalid)
      }
      offset = sign * (h * 3600 + m * 60)
    } else {
      return .failure(invalid)
    }
    guard i == s.count, hour < 24, minute < 60, second < 60,
      let date = CivilDate(year: year, month: month, day: day)
    else { return .failure(invalid) }
    let total = date.daysSinceEpoch * 86_400 + Int64(hour * 3600 + minute * 60 + second - offset)
    guard let timestamp = CELTimestamp(seconds: total, nanos: nanos) else {
      return .failure(EvaluationError("range: timestamp out of range", kind: .outOfRange))
    }
    return .success(timestamp)
  }

  /// The calendar fields of the instant in a time zone (`nil` zone: UTC).
  func components(offsetSeconds: Int64) -> (date: CivilDate, secondOfDay: Int64) {
    let (days, secondOfDay) = CELDuration.floorDivide(seconds + offsetSeconds, 86_400)
    return (CivilDate(daysSinceEpoch: days), secondOfDay)
  }

  /// The offset from UTC, in seconds, of a time zone at this instant: an IANA name
  /// (`Asia/Ho_Chi_Minh`, `UTC`) or a fixed offset (`+07:00`, `-02:30`, `02:00`).
  func offset(inZone zone: String) -> Int64? {
    let u = Array(zone.utf8)
    if u.count == 6 || u.count == 5, let colon = u.firstIndex(of: UInt8(ascii: ":")) {
      var sign: Int64 = 1
      var start = 0
      if u[0] == UInt8(ascii: "+") || u[0] == UInt8(ascii: "-") {
        sign = u[0] == UInt8(ascii: "-") ? -1 : 1
        start = 1
      }
      if let h = Int64(String(decoding: u[start..<colon], as: UTF8.self)),
        let m = Int64(String(decoding: u[(colon + 1)...], as: UTF8.self)), colon - start == 2,
        u.count - colon - 1 == 2
      {
        return sign * (h * 3600 + m * 60)
      }
      return nil
    }
    guard let timeZone = TimeZone(identifier: zone) else { return nil }
    let date = Date(timeIntervalSince1970: Double(seconds))
    return Int64(timeZone.secondsFromGMT(for: date))
  }
}

private func pad(_ value: Int, _ width: Int) -> String {
  let digits = String(value)
  return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
}
