import ArgumentParser
import Foundation
import RuleEngine
import SourceDiagnostics

extension DQTVCommand {
  struct Test: ParsableCommand, ChoosesLanguage {
    static let configuration = CommandConfiguration(
      abstract: "Run the rule tests of packs (tests/*.yaml).",
      discussion: """
        Runs a pack's own tests, judged on the whole pack; with --with-base, also the tests of the packs it \
        extends, each judged on that pack's rules only. Without a pack, the pack folder holding the working \
        folder is used, else the bundled pack. Prints each failure with its test's file and line, expected \
        against actual. Exits 1 when a test fails.
        """)

    @Argument(help: ArgumentHelp("Rule pack folders (default: the bundled pack).", valueName: "pack-dir"))
    var packs: [String] = []

    @Option(help: ArgumentHelp("Run only tests whose name matches this glob.", valueName: "name-glob"))
    var filter: String?

    @Flag(help: "Also run the tests of the packs each pack extends, judged on their own rules only.")
    var withBase = false

    @Option(help: "Language of messages: vi (default) or en.")
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
