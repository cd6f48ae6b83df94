import ArgumentParser
import Foundation
import RuleEngine
import SourceDiagnostics

extension DQTVCommand.Check {
  /// The keys of `.dqtv.yaml` that `check` reads.
  static let settingsKeys = ["rules", "waivers", "lang", "fail-on", "baseline"]

  /// Takes from the settings file (`.dqtv.yaml` in the working directory or its nearest parent)
  /// what the command line leaves unsaid: flags win. A settings file with a problem is exit 2,
  /// with each problem at its line and column.
  mutating func applySettings() throws {
    guard let path = SettingsFile.find(from: FileManager.default.currentDirectoryPath) else { return }
    var (loaded, problems) = SettingsFile.load(path, keys: Self.settingsKeys, lists: ["rules"])
    if let settings = loaded {
      func choice<T: RawRepresentable & CaseIterable>(_ key: String, _: T.Type) -> T? where T.RawValue == String {
        guard let value = settings.values[key], let text = value.texts.first else { return nil }
        if let chosen = T(rawValue: text) { return chosen }
        let choices = T.allCases.map(\.rawValue).joined(separator: ", ")
        problems.append(
          SettingsFile.error(.badChoice, ["key": key, "value": text, "choices": choices], at: value.location))
        return nil
      }
      let language = choice("lang", Language.self)
      let threshold = choice("fail-on", FailOn.self)
      if langFlag == nil { langFlag = language }
      if failOnFlag == nil { failOnFlag = threshold }
      if packOptions.paths.isEmpty, let rules = settings.values["rules"] {
        packOptions.paths = rules.texts.map(settings.resolve)
      }
      if waivers == nil, let value = settings.values["waivers"]?.texts.first { waivers = settings.resolve(value) }
      if baseline == nil, let value = settings.values["baseline"]?.texts.first { baseline = settings.resolve(value) }
    }
    guard problems.isEmpty else {
      let file = FileManager.default.contents(atPath: path).map { SourceFile(path: path, bytes: [UInt8]($0)) }
      Console.report(problems, files: file.map { [$0] } ?? [], language: lang)
      throw ExitCode(ExitStatus.invalidInput.rawValue)
    }
  }
}
