/// Which number formats show a date or time.
enum NumberFormats {
  /// The built-in formats that show dates or times, with the codes Excel uses for them in the
  /// en-US locale (14 shows the system's short date, 27-36 and 50-58 are East Asian dates).
  static let builtInDates: [Int: String] = [
    14: "mm-dd-yy", 15: "d-mmm-yy", 16: "d-mmm", 17: "mmm-yy", 18: "h:mm AM/PM",
    19: "h:mm:ss AM/PM", 20: "h:mm", 21: "h:mm:ss", 22: "m/d/yy h:mm", 45: "mm:ss",
    46: "[h]:mm:ss", 47: "mmss.0",
    27: "[$-404]e/m/d", 28: "[$-404]e\"年\"m\"月\"d\"日\"", 29: "[$-404]e\"年\"m\"月\"d\"日\"",
    30: "m/d/yy", 31: "yyyy\"年\"m\"月\"d\"日\"", 32: "h\"時\"mm\"分\"", 33: "h\"時\"mm\"分\"ss\"秒\"",
    34: "yyyy\"年\"m\"月\"", 35: "m\"月\"d\"日\"", 36: "[$-404]e/m/d",
    50: "[$-404]e/m/d", 51: "[$-404]e\"年\"m\"月\"d\"日\"", 52: "yyyy\"年\"m\"月\"",
    53: "m\"月\"d\"日\"", 54: "[$-404]e\"年\"m\"月\"d\"日\"", 55: "yyyy\"年\"m\"月\"",
    56: "m\"月\"d\"日\"", 57: "[$-404]e/m/d", 58: "[$-404]e\"年\"m\"月\"d\"日\"",
  ]

  /// Whether a format code shows a date or a time: it has one of `d m y h s` outside quoted
  /// text, escaped characters, fill and padding characters and bracketed parts (colours,
  /// conditions, locales; `[h]`, `[m]`, `[s]` elapsed times do count). Only the first section
  /// (positive numbers) is looked at.
  static func isDate(_ code: String) -> Bool {
    var scalars = code.unicodeScalars.makeIterator()
    while let c = scalars.next() {
      switch c {
      case "\"":
        while let q = scalars.next(), q != "\"" {}
      case "\\", "_", "*":
        _ = scalars.next()
      case "[":
        var inside = ""
        while let q = scalars.next(), q != "]" { inside.unicodeScalars.append(q) }
        let lower = inside.lowercased()
        if !lower.isEmpty && lower.allSatisfy({ "hms".contains($0) }) { return true }
      case ";":
        return false
      case "d", "D", "m", "M", "y", "Y", "h", "H", "s", "S":
        return true
      default:
        continue
      }
    }
    return false
  }
}
