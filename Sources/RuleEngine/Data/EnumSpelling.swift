import Foundation
import SourceDiagnostics

/// An enum value as people type it: its Vietnamese or English title, without diacritics, in
/// capitals (`Chỉ huy trưởng`, `cơ động`, `DA THUC HIEN`), matched to the code it names.
enum EnumSpelling {
  /// A text folded for matching: diacritics removed (`đ` read as `d`), lower case, and every
  /// run of other characters than letters and digits made one `_` (`Chỉ huy trưởng` →
  /// `chi_huy_truong`), as the codes of the bundled lists are made.
  static func fold(_ text: String) -> String {
    var out = ""
    var gap = false
    for scalar in text.decomposedStringWithCanonicalMapping.lowercased().unicodeScalars {
      if scalar.properties.generalCategory == .nonspacingMark { continue }
      let s: Unicode.Scalar = scalar == "đ" ? "d" : scalar
      if s.properties.isAlphabetic || s.properties.numericType != nil {
        if gap && !out.isEmpty { out += "_" }
        gap = false
        out.unicodeScalars.append(s)
      } else {
        gap = true
      }
    }
    return out
  }

  /// The value of `e` a text names by its code or a title, folded (`exact`); else the value
  /// whose folded code or title is a near spelling of it; `nil` when none is near.
  static func value(named text: String, in e: EnumType) -> (value: EnumValue, exact: Bool)? {
    let wanted = fold(text)
    guard !wanted.isEmpty else { return nil }
    var byForm: [String: EnumValue] = [:]
    for value in e.values {
      for form in [value.name] + [value.title?.vi, value.title?.en].compactMap({ $0 }) {
        let folded = fold(form)
        if folded == wanted { return (value, true) }
        if byForm[folded] == nil { byForm[folded] = value }
      }
    }
    return NameSuggestion.nearest(to: wanted, in: byForm.keys).flatMap { byForm[$0] }.map { ($0, false) }
  }
}
