import ArgumentParser
import RuleEngine

extension DQTVCommand {
  struct Functions: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "List the functions rule expressions may call, with their signatures.",
      discussion:
        "Drawn from the same table the checker and the evaluator use. docs/functions.md is this list in Markdown.")

    @Flag(help: "Print Markdown.")
    var markdown = false

    func run() throws {
      Console.out(FunctionCatalogue.text(markdown: markdown))
    }
  }
}
