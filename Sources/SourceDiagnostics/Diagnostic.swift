/// A scale of seriousness: the more serious is the greater. A diagnostic's severity and a
/// finding's are on this one ordering.
package protocol SeriousnessRanked: Comparable {
  /// 0 for the least serious; higher is more serious.
  var rank: Int { get }
}

extension SeriousnessRanked {
  package static func < (lhs: Self, rhs: Self) -> Bool { lhs.rank < rhs.rank }
}

/// How serious a diagnostic is: `note < warning < error`.
package enum DiagnosticSeverity: String, Sendable, Hashable, SeriousnessRanked, CaseIterable {
  case error
  case warning
  case note

  package var rank: Int {
    switch self {
    case .error: 2
    case .warning: 1
    case .note: 0
    }
  }
}

/// A stable, dotted identifier of a kind of problem, such as `yaml.duplicate-key`.
///
/// Codes are data that scripts and tests match on: their spelling never changes.
package struct DiagnosticCode: RawRepresentable, Hashable, Sendable, Comparable,
  ExpressibleByStringLiteral, CustomStringConvertible
{
  package var rawValue: String
  package init(rawValue: String) { self.rawValue = rawValue }
  package init(_ rawValue: String) { self.rawValue = rawValue }
  package init(stringLiteral value: String) { self.rawValue = value }
  package static func < (lhs: DiagnosticCode, rhs: DiagnosticCode) -> Bool {
    lhs.rawValue < rhs.rawValue
  }
  package var description: String { rawValue }
}

/// A problem found in a user's input (a data file, a rule file, an expression), with its place.
package struct Diagnostic: Hashable, Sendable {
  /// A secondary remark attached to a diagnostic, optionally at its own place.
  package struct Note: Hashable, Sendable {
    package var message: String
    package var location: SourceLocation?
    /// The message in other languages, by language code (`vi`).
    package var translations: [String: String]
    package init(message: String, at location: SourceLocation? = nil, translations: [String: String] = [:]) {
      self.message = message
      self.location = location
      self.translations = translations
    }
  }

  /// The stable identifier of the kind of problem.
  package var code: DiagnosticCode
  package var severity: DiagnosticSeverity
  /// One sentence saying what is wrong, without the location (renderers add it).
  package var message: String
  /// Where the problem is; `nil` only for problems of a whole run (an unreadable file is
  /// reported at the file with line 1, column 1 instead).
  package var location: SourceLocation?
  package var notes: [Note]
  /// The message in other languages than English, by language code (`vi`), for the people who
  /// read them; ``message`` is the English one. Both come from a message catalogue
  /// (``MessageCatalogue``) through ``init(code:severity:text:location:notes:)``.
  package var translations: [String: String] = [:]

  package init(
    code: DiagnosticCode, severity: DiagnosticSeverity = .error, message: String,
    location: SourceLocation?, notes: [Note] = []
  ) {
    self.code = code
    self.severity = severity
    self.message = message
    self.location = location
    self.notes = notes
  }

  /// The message in a language, English when there is no translation.
  package func message(in language: String) -> String {
    translations[language] ?? message
  }

  /// An error diagnostic, its message from a catalogue.
  package static func error(
    _ code: DiagnosticCode, _ text: LocalizedText, at location: SourceLocation?, notes: [Note] = []
  ) -> Diagnostic {
    Diagnostic(code: code, severity: .error, text: text, location: location, notes: notes)
  }

  /// A warning diagnostic, its message from a catalogue.
  package static func warning(
    _ code: DiagnosticCode, _ text: LocalizedText, at location: SourceLocation?, notes: [Note] = []
  ) -> Diagnostic {
    Diagnostic(code: code, severity: .warning, text: text, location: location, notes: notes)
  }

  /// The one-line form `file:line:column: error: message` (no snippet).
  package var summaryLine: String { summaryLine(in: "en") }

  /// The one-line form with the message in a language.
  package func summaryLine(in language: String) -> String {
    let place = location.map { "\($0): " } ?? ""
    return "\(place)\(severity.rawValue): \(message(in: language))"
  }
}

extension Diagnostic: Comparable {
  /// Orders by location (diagnostics without one first), then severity (the more serious
  /// first), code and message, so that the same input always lists its problems in the same
  /// order.
  package static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
    switch (lhs.location, rhs.location) {
    case (nil, .some): return true
    case (.some, nil): return false
    case (let l?, let r?) where l != r: return l < r
    default: break
    }
    if lhs.severity != rhs.severity { return lhs.severity > rhs.severity }
    if lhs.code != rhs.code { return lhs.code < rhs.code }
    return lhs.message < rhs.message
  }
}
