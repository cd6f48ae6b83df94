import CEL
import SourceDiagnostics

/// The functions rule expressions may call, for people: `dqtv functions` and docs/functions.md.
package enum FunctionCatalogue {
  static func signature(_ name: String, _ o: OverloadSignature) -> String {
    let params = o.parameters.map(\.description)
    if name.hasPrefix("_") || name.hasPrefix("!") || name.hasPrefix("-") || name.hasPrefix("@") {
      return "\(name)(\(params.joined(separator: ", "))) -> \(o.result)"
    }
    if o.isReceiverStyle, let receiver = params.first {
      return "\(receiver).\(name)(\(params.dropFirst().joined(separator: ", "))) -> \(o.result)"
    }
    return "\(name)(\(params.joined(separator: ", "))) -> \(o.result)"
  }

  package static func text(
    _ library: FunctionLibrary = .standard, markdown: Bool, language: Language = .en
  ) -> String {
    let functions = library.names.compactMap { library.function(named: $0) }
      .filter { !$0.name.hasPrefix("_") && !$0.name.hasPrefix("@") && $0.name != "!_" && $0.name != "-_" }
      .sorted { $0.name < $1.name }
    var out = ""
    if markdown {
      out += DocumentMessage.functionsTitle.text(language) + "\n\n"
      // The command that writes this text again, in this language (Vietnamese is the default).
      let command = "dqtv functions --markdown" + (language == .en ? " --lang en" : "")
      out += DocumentMessage.functionsIntroduction.text(language, ["command": command]) + "\n"
    }
    for f in functions {
      // The English is the function table's own; a test checks that each entry agrees with it.
      let doc = language == .en ? f.doc : FunctionDoc.entry(for: f.name)?.template[language] ?? f.doc
      if markdown {
        out += "\n## `\(f.name)`\n\n\(doc)\n\n"
        for o in f.overloads { out += "- `\(signature(f.name, o.signature))`\n" }
      } else {
        out += "\(f.name): \(doc)\n"
        for o in f.overloads { out += "    \(signature(f.name, o.signature))\n" }
      }
    }
    return out
  }
}
