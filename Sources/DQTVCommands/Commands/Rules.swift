import ArgumentParser
import Foundation
import RuleEngine
import SourceDiagnostics

enum RulesFormat: String, ExpressibleByArgument, CaseIterable {
  case text, json, markdown
}

extension DQTVCommand {
  struct Rules: ParsableCommand, ChoosesLanguage {
    static let configuration = CommandConfiguration(
      abstract: "List the rules of the packs: all versions, or those in force on a date.",
      discussion: """
        Without --rules, the pack folder holding the working folder is listed, else the bundled pack. The \
        text output's first line names the pack.
        """)

    @Option(help: ArgumentHelp("Only the rule versions in force on this date.", valueName: "date"))
    var asOf: CalendarDateArgument?

    @Option(help: "Output format.")
    var format: RulesFormat = .text

    @Option(help: "Language of messages and titles: vi (default) or en.")
    var lang: Language = .vi

    @OptionGroup var packOptions: RulePackOptions

    func run() throws {
      let workspace = Workspace.bundled
      let choice = workspace.choosePacks(packOptions.paths, from: FileManager.default.currentDirectoryPath)
      let selection = try Console.loadPacks(choice.paths, in: workspace)
      var text = ""
      for pack in selection.packs {
        if format == .text {
          text += AuthoringCommandMessage.header(
            source: pack.pack.source.description, identity: (pack.pack.name, pack.pack.version), choice: choice, lang)
        }
        let rules = asOf.map { pack.rules(inForceOn: $0.date).map(\.rule) } ?? pack.pack.rules
        switch format {
        case .text: text += RuleCatalogue.text(rules, language: lang)
        case .json: text += RuleCatalogue.json(rules, pack: pack.pack)
        case .markdown: text += RuleCatalogue.markdown(pack.pack, rules: rules)
        }
      }
      Console.out(text)
    }
  }
}
