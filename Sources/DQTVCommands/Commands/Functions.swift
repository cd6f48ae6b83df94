import ArgumentParser
import RuleEngine
import SourceDiagnostics

extension DQTVCommand {
  struct Functions: ParsableCommand, ChoosesLanguage {
    static var configuration: CommandConfiguration {
      CommandConfiguration(abstract: HelpMessage.functions.current, discussion: HelpMessage.functionsDiscussion.current)
    }

    @Flag(help: .help(.markdown))
    var markdown = false

    @Option(help: .help(.lang, value: .lang))
    var lang: Language = .vi

    func run() throws {
      Console.out(FunctionCatalogue.text(markdown: markdown, language: lang))
    }
  }
}
