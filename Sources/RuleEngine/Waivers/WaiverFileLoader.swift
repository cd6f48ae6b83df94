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
        nil, [Self.error(.root, at: yaml.location(of: root))]
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
      problems.append(Self.error(.missingList, at: yaml.location(of: root)))
      return (nil, problems)
    }
    let items = yaml.target(of: list)
    if yaml.isNull(items) { return (problems.isEmpty ? [] : nil, problems) }
    guard yaml.kind(of: items) == .sequence else {
      problems.append(Self.error(.notAList, at: yaml.location(of: list)))
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
      problems.append(Self.error(.entry, at: location))
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
        problems.append(Self.error(.value, ["key": name], at: yaml.location(of: value)))
        ok = false
        continue
      }
      let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
      if trimmed.isEmpty {
        problems.append(Self.error(.empty, ["key": name], at: yaml.location(of: value)))
        ok = false
        continue
      }
      fields[name] = (trimmed, yaml.location(of: value))
    }
    for required in ["rule", "reason", "approved_by", "until"] where fields[required] == nil && ok {
      problems.append(Self.error(Self.missing(required), at: location))
    }
    var until: CalendarDate?
    if let u = fields["until"] {
      until = CalendarDate(u.text)
      if until == nil {
        problems.append(Self.error(.date, ["text": u.text], at: u.at))
      }
    }
    guard ok, let rule = fields["rule"]?.text, let reason = fields["reason"]?.text,
      let approved = fields["approved_by"]?.text, let until
    else { return nil }
    return Waiver(
      rule: rule, code: fields["code"]?.text, path: fields["path"]?.text, reason: reason, approvedBy: approved,
      until: until, location: location, index: index)
  }

  /// The entry that says a required key is missing, and why the key is needed.
  static func missing(_ key: String) -> WaiverMessage {
    switch key {
    case "rule": .missingRule
    case "reason": .missingReason
    case "approved_by": .missingApproval
    default: .missingUntil
    }
  }

  static func error(
    _ message: WaiverMessage, _ values: KeyValuePairs<String, String> = [:], at location: SourceLocation
  ) -> Diagnostic {
    // The code keeps its spelling before the catalogue (`waiver.missing`, `waiver.unknown-key`).
    let code = message.code.split(separator: ".").prefix(2).joined(separator: ".")
    return Diagnostic(code: DiagnosticCode(code), text: message(values), location: location)
  }

  static func unknownKey(_ name: String, among keys: [String], at location: SourceLocation) -> Diagnostic {
    if let near = NameSuggestion.nearest(to: name, in: keys) {
      return error(.unknownKeyNear, ["key": name, "near": near], at: location)
    }
    return error(.unknownKey, ["key": name, "keys": keys.joined(separator: ", ")], at: location)
  }
}
