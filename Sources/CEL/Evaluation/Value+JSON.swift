import Foundation
import SourceDiagnostics

extension Value {
  /// The value as JSON on one line, as `dqtv eval` prints it: int, uint and double as numbers
  /// (NaN and infinities, which JSON lacks, as the strings `"NaN"`, `"Infinity"`,
  /// `"-Infinity"`), strings, bools, null, lists as arrays, maps as objects (keys written as
  /// strings), bytes as base64 strings, timestamps as `"2025-07-01T00:00:00Z"`, durations as
  /// `"3600s"`, types as their names, host records as objects of their set fields.
  package var jsonText: String {
    var output = ""
    writeJSON(to: &output)
    return output
  }

  /// The value as ``jsonText`` writes it, except that a timestamp at midnight UTC, which is how
  /// a date is held, is written as the date (`"2026-06-30"`), as people read dates.
  package var jsonTextWithDates: String {
    var output = ""
    writeJSON(to: &output, dates: true)
    return output
  }

  func writeJSON(to output: inout String, dates: Bool = false) {
    switch self {
    case .null: output += "null"
    case .bool(let b): output += b ? "true" : "false"
    case .int(let i): output += String(i)
    case .uint(let u): output += String(u)
    case .double(let d):
      if d.isNaN {
        output += "\"NaN\""
      } else if d.isInfinite {
        output += d < 0 ? "\"-Infinity\"" : "\"Infinity\""
      } else {
        output += "\(d)"
      }
    case .string(let s): Value.writeJSONString(s, to: &output)
    case .bytes(let b): Value.writeJSONString(Data(b).base64EncodedString(), to: &output)
    case .timestamp(let t):
      let day = t.description
      if dates, t.nanos == 0, t.seconds % 86_400 == 0, day.hasSuffix("T00:00:00Z") {
        Value.writeJSONString(String(day.dropLast("T00:00:00Z".count)), to: &output)
      } else {
        Value.writeJSONString(day, to: &output)
      }
    case .duration(let d): Value.writeJSONString(d.description, to: &output)
    case .type(let t): Value.writeJSONString(t.name, to: &output)
    case .error(let e):
      output += "{\"error\":"
      Value.writeJSONString(e.message, to: &output)
      output += "}"
    case .list(let list):
      output += "["
      for (i, element) in list.enumerated() {
        if i > 0 { output += "," }
        element.writeJSON(to: &output, dates: dates)
      }
      output += "]"
    case .map(let map):
      output += "{"
      for (i, (key, value)) in zip(map.keys, map.values).enumerated() {
        if i > 0 { output += "," }
        switch key {
        case .string(let s): Value.writeJSONString(s, to: &output)
        default: Value.writeJSONString(key.jsonText, to: &output)
        }
        output += ":"
        value.writeJSON(to: &output, dates: dates)
      }
      output += "}"
    case .object(let object):
      output += "{"
      var first = true
      for name in object.fieldNames {
        guard case .value(let value) = object.field(name) else { continue }
        if !first { output += "," }
        first = false
        Value.writeJSONString(name, to: &output)
        output += ":"
        value.writeJSON(to: &output, dates: dates)
      }
      output += "}"
    }
  }

  static func writeJSONString(_ text: String, to output: inout String) {
    JSONString.append(text, to: &output)
  }
}
