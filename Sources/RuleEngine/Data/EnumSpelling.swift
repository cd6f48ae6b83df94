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

  /// The folded code and titles of every value of an enum, in order: folded once per
  /// decoding, however many values are misspelt.
  struct Forms {
    /// Each value's code and titles, folded, with the value's index.
    let list: [(folded: String, value: Int)]
    /// The first value each folded form names.
    let first: [String: Int]

    init(_ e: EnumType) {
      var list: [(folded: String, value: Int)] = []
      var first: [String: Int] = [:]
      for (i, value) in e.values.enumerated() {
        for form in [value.name] + [value.title?.vi, value.title?.en].compactMap({ $0 }) {
          let folded = fold(form)
          list.append((folded, i))
          if first[folded] == nil { first[folded] = i }
        }
      }
      self.list = list
      self.first = first
    }
  }

  /// The value of `e` a text names by its code or a title, folded (`exact`); else the value
  /// whose folded code or title is a near spelling of it; `nil` when none is near. `forms` are
  /// `e`'s (``Forms``).
  static func value(named text: String, in e: EnumType, forms: Forms) -> (value: EnumValue, exact: Bool)? {
    let wanted = fold(text)
    guard !wanted.isEmpty else { return nil }
    if let exact = forms.list.first(where: { $0.folded == wanted }) { return (e.values[exact.value], true) }
    return NameSuggestion.nearest(to: wanted, in: forms.first.keys).flatMap { forms.first[$0] }.map {
      (e.values[$0], false)
    }
  }
}
