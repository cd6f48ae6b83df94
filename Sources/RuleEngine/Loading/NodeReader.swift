import SourceDiagnostics
import YAML

/// The pairs of a mapping that passed ``NodeReader/mapping(_:what:required:optional:)``, by key.
struct MappingFields {
  let node: YAMLNodeID
  private(set) var entries: [String: (key: YAMLNodeID, value: YAMLNodeID)] = [:]
  private(set) var order: [String] = []

  init(node: YAMLNodeID) { self.node = node }

  mutating func add(_ name: String, key: YAMLNodeID, value: YAMLNodeID) {
    if entries[name] == nil { order.append(name) }
    entries[name] = (key, value)
  }

  subscript(name: String) -> YAMLNodeID? { entries[name]?.value }
  func key(_ name: String) -> YAMLNodeID? { entries[name]?.key }
}

/// Reads YAML nodes of a rule pack into typed values, reporting every problem at its place and
/// going on, so that an author sees all the mistakes of a file in one run.
///
/// Messages come from ``PackReaderMessage``, in both languages; each names what was expected,
/// with "did you mean" where a near name exists.
struct NodeReader {
  let document: YAMLDocument
  var diagnostics: Diagnostics

  init(document: YAMLDocument, limit: Int = Diagnostics.defaultLimit) {
    self.document = document
    self.diagnostics = Diagnostics(limit: limit)
  }

  var file: String { document.file }

  func location(_ id: YAMLNodeID) -> SourceLocation { document.location(of: id) }

  mutating func error(
    _ code: DiagnosticCode, _ text: LocalizedText, at id: YAMLNodeID, notes: [Diagnostic.Note] = []
  ) {
    diagnostics.append(.error(code, text, at: location(id), notes: notes))
  }

  mutating func warning(_ code: DiagnosticCode, _ text: LocalizedText, at id: YAMLNodeID) {
    diagnostics.append(.warning(code, text, at: location(id)))
  }

  static func describe(_ document: YAMLDocument, _ id: YAMLNodeID) -> LocalizedText {
    switch document.kind(of: id) {
    case .mapping: return PackReaderMessage.aMapping()
    case .sequence: return PackReaderMessage.aList()
    case .scalar:
      return document.isNull(id) ? PackReaderMessage.nothing() : .init(verbatim: "'\(document.string(id) ?? "")'")
    }
  }

  /// A message about `what`, with the value found at `id`.
  private func about(_ entry: PackReaderMessage, _ what: LocalizedText, found id: YAMLNodeID) -> LocalizedText {
    entry(localized: ["what": what, "found": Self.describe(document, id)])
  }

  /// Checks that `id` is a mapping with every `required` key and no key outside `required` and
  /// `optional`; returns its pairs (unknown keys left out).
  mutating func mapping(
    _ id: YAMLNodeID, what: @autoclosure () -> LocalizedText, required: [String] = [], optional: [String] = []
  ) -> MappingFields? {
    guard document.kind(of: id) == .mapping else {
      error("pack.wrong-type", about(.notMapping, what(), found: id), at: id)
      return nil
    }
    var fields = MappingFields(node: id)
    let known = required + optional
    for pair in document.pairs(of: id) {
      guard let name = document.string(pair.key), document.kind(of: pair.key) == .scalar else {
        error("pack.wrong-type", PackReaderMessage.keyNotName(localized: ["what": what()]), at: pair.key)
        continue
      }
      guard known.contains(name) else {
        var message = PackReaderMessage.unknownKey(localized: ["name": .init(verbatim: name), "what": what()])
        if let near = NameSuggestion.nearest(to: name, in: known) {
          message = message + PackReaderMessage.suggestion(near)
        } else {
          var names: [String] = []
          for name in known where !names.contains(name) { names.append(name) }
          message =
            message + PackReaderMessage.expectedOneOf(["names": names.map { "'\($0)'" }.joined(separator: ", ")])
        }
        error("pack.unknown-key", message, at: pair.key)
        continue
      }
      fields.add(name, key: pair.key, value: pair.value)
    }
    for name in required where fields[name] == nil {
      error(
        "pack.missing-key", PackReaderMessage.missingKey(localized: ["what": what(), "name": .init(verbatim: name)]),
        at: id)
    }
    return fields
  }

  /// A non-empty scalar's text.
  mutating func string(_ id: YAMLNodeID, what: @autoclosure () -> LocalizedText) -> Located<String>? {
    guard document.kind(of: id) == .scalar, !document.isNull(id), let text = document.string(id) else {
      error("pack.wrong-type", about(.notText, what(), found: id), at: id)
      return nil
    }
    return Located(text, at: location(id))
  }

  mutating func int(_ id: YAMLNodeID, what: @autoclosure () -> LocalizedText) -> Located<Int>? {
    guard document.kind(of: id) == .scalar, document.scalarStyle(of: id) == .plain,
      let text = document.string(id), let value = Int(text)
    else {
      error("pack.wrong-type", about(.notInt, what(), found: id), at: id)
      return nil
    }
    return Located(value, at: location(id))
  }

  mutating func bool(_ id: YAMLNodeID, what: @autoclosure () -> LocalizedText) -> Located<Bool>? {
    if document.scalarStyle(of: id) == .plain {
      if document.scalar(id, equals: "true") { return Located(true, at: location(id)) }
      if document.scalar(id, equals: "false") { return Located(false, at: location(id)) }
    }
    error("pack.wrong-type", about(.notBool, what(), found: id), at: id)
    return nil
  }

  mutating func date(_ id: YAMLNodeID, what: @autoclosure () -> LocalizedText) -> Located<CalendarDate>? {
    guard document.kind(of: id) == .scalar, let text = document.string(id) else {
      error("pack.wrong-type", about(.notDate, what(), found: id), at: id)
      return nil
    }
    guard let date = CalendarDate(text) else {
      error(
        "pack.bad-date", PackReaderMessage.badDate(localized: ["what": what(), "text": .init(verbatim: text)]), at: id)
      return nil
    }
    return Located(date, at: location(id))
  }

  /// The items of a list; a single non-list value is an error.
  mutating func sequence(_ id: YAMLNodeID, what: @autoclosure () -> LocalizedText) -> YAMLItems? {
    guard document.kind(of: id) == .sequence else {
      error("pack.wrong-type", about(.notList, what(), found: id), at: id)
      return nil
    }
    return document.items(of: id)
  }

  /// `{vi: ..., en: ...}`: both languages are required.
  mutating func localized(_ id: YAMLNodeID, what: @autoclosure () -> LocalizedText) -> Located<LocalizedText>? {
    guard let fields = mapping(id, what: what(), required: ["vi", "en"]) else { return nil }
    guard let vi = fields["vi"].flatMap({ string($0, what: PackPart.viTextOf(localized: ["what": what()])) }),
      let en = fields["en"].flatMap({ string($0, what: PackPart.enTextOf(localized: ["what": what()])) })
    else { return nil }
    return Located(LocalizedText(vi: vi.value, en: en.value), at: location(id))
  }
}
