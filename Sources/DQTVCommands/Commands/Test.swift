import ArgumentParser
import RuleEngine
import SourceDiagnostics

extension DQTVCommand {
  struct Test: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Run the rule tests of packs (tests/*.yaml).",
      discussion:
        "Prints each failure with its test's file and line, expected against actual. Exits 1 when a test fails.")

    @Argument(help: ArgumentHelp("Rule pack folders (default: the bundled pack).", valueName: "pack-dir"))
    var packs: [String] = []

    @Option(help: ArgumentHelp("Run only tests whose name matches this glob.", valueName: "name-glob"))
    var filter: String?

    func run() throws {
      let workspace = Workspace.bundled
      let selection = try Console.loadPacks(packs, in: workspace)
      let run = workspace.runTests(selection, names: filter.map(RuleIDPattern.init))
      var output = ""
      for r in run.results where r.status != .passed {
        output += TerminalText.escaped("\(r.location): \(r.status == .failed ? "FAIL" : "ERROR"): \(r.name)") + "\n"
        for line in r.details { output += "    \(TerminalText.escaped(line))\n" }
      }
      Console.report(run.diagnostics, files: selection.files)
      output += "\(run.passed) passed, \(run.failed) failed\n"
      Console.out(output)
      if run.diagnostics.contains(where: { $0.severity == .error }) { throw ExitCode(ExitStatus.invalidInput.rawValue) }
      if run.failed > 0 { throw ExitCode(ExitStatus.findings.rawValue) }
    }
  }
}
