import Foundation
import SourceDiagnostics
import YAML

/// Reads a waivers file (PRODUCT.md, "Waivers") with the place of every entry.
///
/// The file is a mapping with one key, `waivers`, holding a list of entries. Each entry needs
/// `rule`, `reason`, `approved_by` and `until` (a `YYYY-MM-DD` date), and may narrow itself with
/// `code` and `path`. Every problem is a diagnostic at its line and column; a file with any
/// error gives no waivers.
package struct WaiverFileLoader: Sendable {
  /// The keys an entry may have.
  package static let entryKeys = ["rule", "code", "path", "reason", "approved_by", "until"]

  package init() {}

  /// Loads a waivers file from disk; `name` is the path diagnostics show.
  package func load(contentsOf path: String, name: String? = nil) -> (waivers: [Waiver]?, diagnostics: [Diagnostic]) {
    read(YAMLLoader().load(contentsOf: path, name: name ?? path))
  }

  /// Loads a waivers file from its text.
  package func load(_ text: String, name: String) -> (waivers: [Waiver]?, diagnostics: [Diagnostic]) {
    read(YAMLLoader().load(text, name: name))
  }

  func read(_ result: YAMLLoadResult) -> (waivers: [Waiver]?, diagnostics: [Diagnostic]) {
    guard let yaml = result.document, !result.diagnostics.hasErrors else {
      return (nil, result.diagnostics.sorted)
    }
    var problems: [Diagnostic] = []
    let root = yaml.target(of: yaml.root)
    guard yaml.kind(of: root) == .mapping else {
      return (
        nil, [.error("waiver.root", InputMessage.waiverRoot(), at: yaml.location(of: root))]
      )
    }
    var list: YAMLNodeID?
    for (key, value) in yaml.pairs(of: root) {
      let name = yaml.string(key) ?? ""
      if name == "waivers" {
        list = value
      } else {
        problems.append(Self.unknownKey(name, among: ["waivers"], at: yaml.location(of: key)))
      }
    }
    guard let list else {
      problems.append(
        .error("waiver.missing-list", InputMessage.waiverMissingList(), at: yaml.location(of: root)))
      return (nil, problems)
    }
    let items = yaml.target(of: list)
    if yaml.isNull(items) { return (problems.isEmpty ? [] : nil, problems) }
    guard yaml.kind(of: items) == .sequence else {
      problems.append(.error("waiver.not-a-list", InputMessage.waiverNotAList(), at: yaml.location(of: list)))
      return (nil, problems)
    }
    var waivers: [Waiver] = []
    for (index, item) in yaml.items(of: items).enumerated() {
      if let w = entry(yaml, yaml.target(of: item), index: index, at: yaml.location(of: item), problems: &problems) {
        waivers.append(w)
      }
    }
    return problems.contains { $0.severity == .error } ? (nil, problems) : (waivers, problems)
  }

  private func entry(
    _ yaml: YAMLDocument, _ node: YAMLNodeID, index: Int, at location: SourceLocation, problems: inout [Diagnostic]
  ) -> Waiver? {
    guard yaml.kind(of: node) == .mapping else {
      problems.append(
        .error("waiver.entry", InputMessage.waiverEntry(), at: location))
      return nil
    }
    var fields: [String: (text: String, at: SourceLocation)] = [:]
    var ok = true
    for (key, value) in yaml.pairs(of: node) {
      let name = yaml.string(key) ?? ""
      guard Self.entryKeys.contains(name) else {
        problems.append(Self.unknownKey(name, among: Self.entryKeys, at: yaml.location(of: key)))
        ok = false
        continue
      }
      let target = yaml.target(of: value)
      guard yaml.kind(of: target) == .scalar, !yaml.isNull(target), let text = yaml.string(target) else {
        problems.append(.error("waiver.value", InputMessage.waiverValue(["name": name]), at: yaml.location(of: value)))
        ok = false
        continue
      }
      let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
      if trimmed.isEmpty {
        problems.append(.error("waiver.empty", InputMessage.waiverEmpty(["name": name]), at: yaml.location(of: value)))
        ok = false
        continue
      }
      fields[name] = (trimmed, yaml.location(of: value))
    }
    for required in ["rule", "reason", "approved_by", "until"] where fields[required] == nil && ok {
      problems.append(
        .error(
          "waiver.missing",
          InputMessage.waiverMissing(localized: ["key": .init(verbatim: required), "why": Self.why(required)]),
          at: location))
    }
    var until: CalendarDate?
    if let u = fields["until"] {
      until = CalendarDate(u.text)
      if until == nil {
        problems.append(.error("waiver.date", InputMessage.waiverDate(["text": u.text]), at: u.at))
      }
    }
    guard ok, let rule = fields["rule"]?.text, let reason = fields["reason"]?.text,
      let approved = fields["approved_by"]?.text, let until
    else { return nil }
    return Waiver(
      rule: rule, code: fields["code"]?.text, path: fields["path"]?.text, reason: reason, approvedBy: approved,
      until: until, location: location, index: index)
  }

  static func why(_ key: String) -> LocalizedText {
    switch key {
    case "rule": InputMessage.whyRule()
    case "reason": InputMessage.whyReason()
    case "approved_by": InputMessage.whyApprovedBy()
    default: InputMessage.whyUntil()
    }
  }

  static func unknownKey(_ name: String, among keys: [String], at location: SourceLocation) -> Diagnostic {
    var message = InputMessage.waiverUnknownKey(["name": name])
    if let near = NameSuggestion.nearest(to: name, in: keys) {
      message = message + PackReaderMessage.suggestion(near)
    } else {
      message = message + InputMessage.allowedKeys(["keys": keys.joined(separator: ", ")])
    }
    return .error("waiver.unknown-key", message, at: location)
  }
}
