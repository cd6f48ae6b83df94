import ArgumentParser
import RuleEngine
import SourceDiagnostics

extension DQTVCommand {
  struct Functions: ParsableCommand, ChoosesLanguage {
    static let configuration = CommandConfiguration(
      abstract: "List the functions rule expressions may call, with their signatures.",
      discussion:
        "Drawn from the same table the checker and the evaluator use. docs/functions.md is this list in Markdown.")

    @Flag(help: "Print Markdown.")
    var markdown = false

    @Option(help: "Language of messages: vi (default) or en.")
    var lang: Language = .vi

    func run() throws {
      Console.out(FunctionCatalogue.text(markdown: markdown, language: markdown ? .en : lang))
    }
  }
}
