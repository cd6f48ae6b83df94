import ArgumentParser
import Foundation
import RuleEngine
import SourceDiagnostics

extension DQTVCommand {
  struct Test: ParsableCommand, ChoosesLanguage {
    static var configuration: CommandConfiguration {
      CommandConfiguration(abstract: HelpMessage.test.current, discussion: HelpMessage.testDiscussion.current)
    }

    @Argument(help: .help(.packDirectories, value: .packDir))
    var packs: [String] = []

    @Option(help: .help(.testFilter, value: .nameGlob))
    var filter: String?

    @Flag(help: .help(.withBase))
    var withBase = false

    @Option(help: .help(.lang, value: .lang))
    var lang: Language = .vi

    func run() throws {
      let workspace = Workspace.bundled
      let choice = workspace.choosePacks(packs, from: FileManager.default.currentDirectoryPath)
      let selection = try Console.loadPacks(choice.paths, in: workspace)
      let run = workspace.runTests(selection, names: filter.map(RuleIDPattern.init), withBase: withBase)
      var output = ""
      for (index, pack) in run.packs.enumerated() {
        let isBase = index > 0 && selection.packs.allSatisfy { $0.pack.source.description != pack.source }
        output +=
          isBase
          ? AuthoringCommandMessage.baseTests.text(lang, ["pack": pack.source, "name": pack.name]) + "\n"
          : AuthoringCommandMessage.header(
            source: pack.source, identity: (pack.name, pack.version), choice: choice, lang)
        for r in run.results[pack.results] where r.status != .passed {
          let head: CommandMessage = r.status == .failed ? .testFailed : .testError
          output += TerminalText.escaped(head.text(lang, ["place": "\(r.location)", "name": r.name])) + "\n"
          for line in r.details { output += "    \(TerminalText.escaped(line[lang]))\n" }
        }
      }
      Console.report(run.diagnostics, files: selection.files)
      output +=
        CommandMessage.testSummary.text(lang, ["passed": String(run.passed), "failed": String(run.failed)]) + "\n"
      Console.out(output)
      if run.diagnostics.contains(where: { $0.severity == .error }) { throw ExitCode(ExitStatus.invalidInput.rawValue) }
      if run.failed > 0 { throw ExitCode(ExitStatus.findings.rawValue) }
    }
  }
}
