import Foundation
import SourceDiagnostics
import YAML

/// A settings file, `.dqtv.yaml`, found in the working directory or the nearest parent that
/// has one: values a command would otherwise take from its flags, so that a script need not
/// repeat them. The command says which keys it reads and which may hold a list; flags win.
package struct SettingsFile: Sendable {
  /// The file's name.
  package static let name = ".dqtv.yaml"

  /// One key's value: its text (several for a list) and where it is written.
  package struct Value: Sendable {
    package var texts: [String]
    package var location: SourceLocation
  }

  /// The file's path as found.
  package var path: String
  /// The values by key.
  package var values: [String: Value]

  /// The settings file of `directory` or of its nearest parent, if any.
  package static func find(from directory: String) -> String? {
    var folder = URL(fileURLWithPath: directory).standardizedFileURL
    while true {
      let candidate = folder.appendingPathComponent(name).path
      var isDirectory: ObjCBool = false
      if FileManager.default.fileExists(atPath: candidate, isDirectory: &isDirectory), !isDirectory.boolValue {
        return candidate
      }
      let parent = folder.deletingLastPathComponent()
      if parent.path == folder.path { return nil }
      folder = parent
    }
  }

  /// Reads a settings file: a mapping of the `keys` given, each a single value, or a list of
  /// values for the keys in `lists`. Every problem is an error at its place; any error makes
  /// the file unusable, though the values read well are returned for the caller to check.
  package static func load(
    _ path: String, keys: [String], lists: Set<String> = [], options: YAMLLoadOptions = YAMLLoadOptions()
  ) -> (settings: SettingsFile?, diagnostics: [Diagnostic]) {
    let result = YAMLLoader(options: options).load(contentsOf: path, name: path)
    guard let yaml = result.document, !result.diagnostics.hasErrors else { return (nil, result.diagnostics.sorted) }
    let root = yaml.target(of: yaml.root)
    let allowed = keys.joined(separator: ", ")
    if yaml.isNull(root) { return (SettingsFile(path: path, values: [:]), []) }
    guard yaml.kind(of: root) == .mapping else {
      return (nil, [error(.notAMapping, ["keys": allowed], at: yaml.location(of: root))])
    }
    var problems: [Diagnostic] = []
    var values: [String: Value] = [:]
    for (key, value) in yaml.pairs(of: root) {
      let name = yaml.string(key) ?? ""
      guard keys.contains(name) else {
        problems.append(
          NameSuggestion.nearest(to: name, in: keys).map {
            error(.unknownKeyNear, ["key": name, "near": $0], at: yaml.location(of: key))
          } ?? error(.unknownKey, ["key": name, "keys": allowed], at: yaml.location(of: key)))
        continue
      }
      let target = yaml.target(of: value)
      let scalar = { (node: YAMLNodeID) -> String? in
        yaml.kind(of: node) == .scalar && !yaml.isNull(node) ? yaml.string(node) : nil
      }
      if let text = scalar(target) {
        values[name] = Value(texts: [text], location: yaml.location(of: value))
      } else if lists.contains(name), yaml.kind(of: target) == .sequence {
        let items = yaml.items(of: target).map { yaml.target(of: $0) }
        let texts = items.compactMap(scalar)
        if texts.count == items.count {
          values[name] = Value(texts: texts, location: yaml.location(of: value))
        } else {
          problems.append(error(.notAValueOrList, ["key": name], at: yaml.location(of: value)))
        }
      } else {
        problems.append(
          error(lists.contains(name) ? .notAValueOrList : .notAValue, ["key": name], at: yaml.location(of: value)))
      }
    }
    // The values that are well formed are kept beside the problems, so that the caller can
    // check them too and report every problem at once.
    return (SettingsFile(path: path, values: values), problems)
  }

  /// An error at a place of the file, from the catalogue.
  package static func error(
    _ message: SettingsMessage, _ values: KeyValuePairs<String, String>, at location: SourceLocation?
  ) -> Diagnostic {
    Diagnostic(code: DiagnosticCode(message.code), text: message(values), location: location)
  }

  /// A path the file gives, resolved against the file's folder when it names something there
  /// (otherwise as written: the bundled pack's name, or a path that does not exist yet).
  package func resolve(_ text: String) -> String {
    guard !text.hasPrefix("/") else { return text }
    let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
    let resolved = folder.appendingPathComponent(text).standardizedFileURL.path
    return FileManager.default.fileExists(atPath: resolved) ? resolved : text
  }
}
