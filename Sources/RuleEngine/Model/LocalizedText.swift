/// The languages of messages and titles.
public enum Language: String, Sendable, CaseIterable {
  case vi
  case en
}

/// A text in Vietnamese and English.
public struct LocalizedText: Hashable, Sendable {
  public var vi: String
  public var en: String

  public init(vi: String, en: String) {
    self.vi = vi
    self.en = en
  }

  public subscript(language: Language) -> String {
    language == .vi ? vi : en
  }
}
