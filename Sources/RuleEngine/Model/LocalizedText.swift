/// The languages of messages and titles.
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

  package subscript(language: Language) -> String {
    language == .vi ? vi : en
  }
}
