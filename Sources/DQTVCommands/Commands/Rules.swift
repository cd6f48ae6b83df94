import ArgumentParser
import Foundation
import RuleEngine
import SourceDiagnostics

enum RulesFormat: String, ExpressibleByArgument, CaseIterable {
  case text, json, markdown
}

extension DQTVCommand {
  struct Rules: ParsableCommand, ChoosesLanguage {
    static var configuration: CommandConfiguration {
      CommandConfiguration(abstract: HelpMessage.rules.current, discussion: HelpMessage.rulesDiscussion.current)
    }

    @Option(help: .help(.rulesAsOf, value: .date))
    var asOf: CalendarDateArgument?

    @Option(help: .help(.outputFormat, value: .format))
    var format: RulesFormat = .text

    @Option(help: .help(.langAndTitles, value: .lang))
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
        case .markdown: text += RuleCatalogue.markdown(pack.pack, rules: rules, language: lang)
        }
      }
      Console.out(text)
    }
  }
}
