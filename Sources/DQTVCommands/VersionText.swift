import RuleEngine
import SourceDiagnostics

/// What `dqtv --version` prints: the tool and its version on the first line, then the pack
/// applied when none is named (the bundled pack) with its version and the last day it knows
/// the law for (its `law_known_until`, folded over the packs it extends), so that a script can
/// tell which law a check applies.
enum VersionText {
  /// Whether a command line asks for the version (`dqtv --version [--lang vi|en]`).
  static func language(ifAsking arguments: [String]) -> Language? {
    guard arguments.first == "--version" else { return nil }
    let rest = Array(arguments.dropFirst())
    switch rest {
    case []: return .vi
    case ["--lang", "vi"], ["--lang=vi"]: return .vi
    case ["--lang", "en"], ["--lang=en"]: return .en
    default: return nil
    }
  }

  /// The text, in a language; packs that cannot be loaded are left out.
  static func text(_ language: Language, workspace: Workspace = .bundled) -> String {
    var out = "dqtv \(DQTVCommand.version)\n"
    let selection = workspace.loadPacks([])
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
