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
    let template = template
    guard !values.isEmpty else { return template }
    var pairs: [MessageTemplate.Value] = []
    pairs.reserveCapacity(values.count)
    for i in values.indices { pairs.append(MessageTemplate.Value(name: values[i].key, text: values[i].value)) }
    return LocalizedText(vi: MessageTemplate.fill(template.vi, pairs), en: MessageTemplate.fill(template.en, pairs))
  }

  /// The entry with its placeholders filled by values that differ by language.
  package func callAsFunction(localized values: KeyValuePairs<String, LocalizedText>) -> LocalizedText {
    let template = template
    var vi: [MessageTemplate.Value] = []
    var en: [MessageTemplate.Value] = []
    vi.reserveCapacity(values.count)
    en.reserveCapacity(values.count)
    for i in values.indices {
      let name = values[i].key
      let value = values[i].value
      vi.append(MessageTemplate.Value(name: name, text: value.vi))
      en.append(MessageTemplate.Value(name: name, text: value.en))
    }
    return LocalizedText(vi: MessageTemplate.fill(template.vi, vi), en: MessageTemplate.fill(template.en, en))
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
  /// One pass over the UTF-8 bytes: messages are made for every finding, so this stays cheap.
  package static func fill(_ template: String, _ values: [(String, String)]) -> String {
    fill(template, values.map { Value(name: $0.0, text: $0.1) })
  }

  /// A placeholder's name and the text that replaces it.
  package struct Value {
    let name: String
    let text: String
  }

  /// ``fill(_:_:)`` with its values as ``Value``s, the form the catalogues use. One pass over
  /// the template's UTF-8 bytes: a message is made for every finding, so this stays cheap.
  package static func fill(_ template: String, _ values: [Value]) -> String {
    guard !values.isEmpty else { return template }
    var template = template
    return template.withUTF8 { t -> String in
      let open = UInt8(ascii: "{")
      let close = UInt8(ascii: "}")
      var result = ""
      result.reserveCapacity(t.count + 32)
      var literalStart = 0
      var i = 0
      while i < t.count {
        guard t[i] == open else {
          i += 1
          continue
        }
        var j = i + 1
        while j < t.count && t[j] != close { j += 1 }
        if j == t.count { break }
        if let value = value(named: UnsafeBufferPointer(rebasing: t[(i + 1)..<j]), in: values) {
          result += String(decoding: UnsafeBufferPointer(rebasing: t[literalStart..<i]), as: UTF8.self)
          result += value
          literalStart = j + 1
        }
        i = j + 1
      }
      result += String(decoding: UnsafeBufferPointer(rebasing: t[literalStart..<t.count]), as: UTF8.self)
      return result
    }
  }

  private static func value(named name: UnsafeBufferPointer<UInt8>, in values: [Value]) -> String? {
    for index in 0..<values.count {
      var key = values[index].name
      let same = key.withUTF8 { k -> Bool in
        guard k.count == name.count else { return false }
        for i in 0..<k.count where k[i] != name[i] { return false }
        return true
      }
      if same { return values[index].text }
    }
    return nil
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
