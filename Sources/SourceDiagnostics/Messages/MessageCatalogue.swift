/// One language mechanism for the whole tool: every sentence the tool can print is an entry of
/// a message catalogue, with a stable code and a template in Vietnamese and in English.
///
/// A catalogue is an enum whose raw values are the stable codes and whose cases list the
/// entries. Its `template` switch is exhaustive, so an entry cannot lack its text, and
/// `CaseIterable` lets a test walk every entry (``MessageCatalogueAudit``) and fail when a
/// language is empty, when the two languages name different placeholders, or when a
/// Vietnamese template holds an English word.
///
/// Templates name their values in braces, `{file}`, and ``MessageCatalogue/callAsFunction(_:)``
/// fills them in both languages:
///
/// ```swift
/// enum FileMessage: String, MessageCatalogue {
///   case unreadable = "file.unreadable"
///   var template: LocalizedText {
///     switch self {
///     case .unreadable: LocalizedText(vi: "không đọc được tệp {file}: {reason}",
///                                     en: "cannot read {file}: {reason}")
///     }
///   }
/// }
/// let text = FileMessage.unreadable(["file": name, "reason": reason.vi])
/// ```
///
/// A value that itself differs by language is passed with ``MessageCatalogue/callAsFunction(_:)``
/// taking `LocalizedText` values. A module keeps its catalogues in one list, `catalogues`,
/// which its tests hand to the audit.
package protocol MessageCatalogue: RawRepresentable, CaseIterable, Sendable where RawValue == String {
  /// The entry's text in both languages, with `{name}` placeholders.
  var template: LocalizedText { get }
}

extension MessageCatalogue {
  /// The stable code of the entry.
  package var code: String { rawValue }

  /// The entry with its placeholders filled by the same value in both languages.
  package func callAsFunction(_ values: KeyValuePairs<String, String> = [:]) -> LocalizedText {
    LocalizedText(
      vi: MessageTemplate.fill(template.vi, values.map { ($0.key, $0.value) }),
      en: MessageTemplate.fill(template.en, values.map { ($0.key, $0.value) }))
  }

  /// The entry with its placeholders filled by values that differ by language.
  package func callAsFunction(localized values: KeyValuePairs<String, LocalizedText>) -> LocalizedText {
    LocalizedText(
      vi: MessageTemplate.fill(template.vi, values.map { ($0.key, $0.value.vi) }),
      en: MessageTemplate.fill(template.en, values.map { ($0.key, $0.value.en) }))
  }

  /// The entry in one language, filled.
  package func text(_ language: Language, _ values: KeyValuePairs<String, String> = [:]) -> String {
    self(values)[language]
  }
}

/// A catalogue's type, erased, so that a module can list its catalogues for the audit.
package struct AnyMessageCatalogue: Sendable {
  package let name: String
  package let entries: @Sendable () -> [(code: String, template: LocalizedText)]

  package init<C: MessageCatalogue>(_ catalogue: C.Type) {
    name = String(describing: catalogue)
    entries = { C.allCases.map { ($0.code, $0.template) } }
  }
}

/// Filling `{name}` placeholders.
package enum MessageTemplate {
  /// The template with each `{name}` replaced by its value; unknown names are left as written.
  package static func fill(_ template: String, _ values: [(String, String)]) -> String {
    guard template.contains("{"), !values.isEmpty else { return template }
    var result = ""
    result.reserveCapacity(template.utf8.count)
    var rest = template[...]
    while let open = rest.firstIndex(of: "{") {
      result += rest[..<open]
      let afterOpen = rest.index(after: open)
      guard let close = rest[afterOpen...].firstIndex(of: "}") else {
        rest = rest[open...]
        break
      }
      let name = rest[afterOpen..<close]
      if let value = values.first(where: { $0.0 == name })?.1 {
        result += value
      } else {
        result += rest[open...close]
      }
      rest = rest[rest.index(after: close)...]
    }
    result += rest
    return result
  }

  /// The placeholder names a template uses, sorted.
  package static func placeholders(_ template: String) -> [String] {
    var names: Set<String> = []
    var rest = template[...]
    while let open = rest.firstIndex(of: "{") {
      let afterOpen = rest.index(after: open)
      guard let close = rest[afterOpen...].firstIndex(of: "}") else { break }
      let name = rest[afterOpen..<close]
      if !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) {
        names.insert(String(name))
      }
      rest = rest[rest.index(after: close)...]
    }
    return names.sorted()
  }
}
