/// The languages the tool speaks. Vietnamese is the default everywhere.
package enum Language: String, Sendable, CaseIterable {
  case vi
  case en
}

/// A text in Vietnamese and English.
package struct LocalizedText: Hashable, Sendable {
  package var vi: String
  package var en: String

  package init(vi: String, en: String) {
    self.vi = vi
    self.en = en
  }

  /// A text made in each language by the same function.
  package init(_ text: (Language) -> String) {
    self.init(vi: text(.vi), en: text(.en))
  }

  /// The same text in both languages (a file name, a number, a rule id).
  package init(verbatim text: String) {
    self.init(vi: text, en: text)
  }

  package subscript(language: Language) -> String {
    switch language {
    case .vi: vi
    case .en: en
    }
  }

  /// Each language's text changed by the same function.
  package func map(_ transform: (String) -> String) -> LocalizedText {
    LocalizedText(vi: transform(vi), en: transform(en))
  }

  /// Each language's text joined with the other's, language by language.
  package static func + (lhs: LocalizedText, rhs: LocalizedText) -> LocalizedText {
    LocalizedText(vi: lhs.vi + rhs.vi, en: lhs.en + rhs.en)
  }
}
