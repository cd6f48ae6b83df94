extension Diagnostic {
  /// A diagnostic whose message comes from a catalogue, in both languages.
  package init(
    code: DiagnosticCode, severity: DiagnosticSeverity = .error, text: LocalizedText,
    location: SourceLocation?, notes: [Note] = []
  ) {
    self.init(code: code, severity: severity, message: text.en, location: location, notes: notes)
    translations[Language.vi.rawValue] = text.vi
  }

  /// The message in a language (English when the diagnostic has no text in it).
  package func message(in language: Language) -> String {
    message(in: language.rawValue)
  }

  /// The one-line form with the message in a language.
  package func summaryLine(in language: Language) -> String {
    summaryLine(in: language.rawValue)
  }
}

extension Diagnostic.Note {
  /// A note whose message comes from a catalogue, in both languages.
  package init(_ text: LocalizedText, at location: SourceLocation? = nil) {
    self.init(message: text.en, at: location, translations: [Language.vi.rawValue: text.vi])
  }
}

/// The message catalogues of this module (see ``MessageCatalogue``).
package enum SourceDiagnosticsCatalogues {
  package static let all: [AnyMessageCatalogue] = [
    AnyMessageCatalogue(SystemErrorMessage.self), AnyMessageCatalogue(DiagnosticsMessage.self),
  ]
}

/// What the diagnostics renderer itself says.
package enum DiagnosticsMessage: String, MessageCatalogue {
  case moreNotShown = "diagnostics.more-not-shown"

  package var template: LocalizedText {
    switch self {
    case .moreNotShown:
      LocalizedText(vi: "còn {count} lỗi khác không hiển thị", en: "{count} more problem(s) not shown")
    }
  }
}

extension Diagnostic {
  /// The message in both languages.
  package var text: LocalizedText {
    LocalizedText(vi: message(in: .vi), en: message(in: .en))
  }

  /// The one-line form in both languages.
  package var summaryText: LocalizedText {
    LocalizedText(vi: summaryLine(in: .vi), en: summaryLine(in: .en))
  }
}
