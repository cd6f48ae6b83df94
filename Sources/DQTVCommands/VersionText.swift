import RuleEngine
import SourceDiagnostics

/// What `dqtv --version` prints: the tool and its version on the first line, then the pack
/// applied when none is named (the bundled pack) with its version and the last day it knows
/// the law for (its `law_known_until`, folded over the packs it extends), so that a script can
/// tell which law a check applies.
enum VersionText {
  /// What a command line asking for the version wants: its language and the packs to name
  /// (`dqtv --version [--lang vi|en] [--rules PACK]...`); `nil` when it does not ask for it.
  static func request(ifAsking arguments: [String]) -> (language: Language, packs: [String])? {
    guard arguments.first == "--version" else { return nil }
    var language = Language.vi
    var packs: [String] = []
    var rest = arguments.dropFirst()[...]
    while let word = rest.popFirst() {
      if word.hasPrefix("--lang=") || word == "--lang" {
        let value = word == "--lang" ? rest.popFirst() : String(word.dropFirst("--lang=".count))
        guard let value, let chosen = Language(rawValue: value) else { return nil }
        language = chosen
      } else if word.hasPrefix("--rules=") || word == "--rules" {
        let value = word == "--rules" ? rest.popFirst() : String(word.dropFirst("--rules=".count))
        guard let value else { return nil }
        packs.append(value)
      } else {
        return nil
      }
    }
    return (language, packs)
  }

  /// The text, in a language; packs that cannot be loaded are left out.
  static func text(_ language: Language, packs: [String] = [], workspace: Workspace = .bundled) -> String {
    var out = "dqtv \(DQTVCommand.version)\n"
    let selection = workspace.loadPacks(packs)
    for compiled in selection.packs {
      let pack = compiled.pack
      let horizon = pack.instruments.lawKnownUntil?.value
      let (name, version) = (pack.name, pack.version)
      let line =
        horizon.map {
          ScriptMessage.packVersion.text(language, ["pack": name, "version": version, "date": $0.description])
        } ?? ScriptMessage.packVersionNoHorizon.text(language, ["pack": name, "version": version])
      out += line + "\n"
    }
    return out
  }
}
