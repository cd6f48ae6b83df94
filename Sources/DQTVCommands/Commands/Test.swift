import ArgumentParser
import RuleEngine
import SourceDiagnostics

extension DQTVCommand {
  struct Test: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Run the rule tests of packs (tests/*.yaml).",
      discussion: "Prints each failure with its test's file and line, expected against actual. Exits 1 when a test fails.")

    @Argument(help: ArgumentHelp("Rule pack folders (default: the bundled pack).", valueName: "pack-dir"))
    var packs: [String] = []

    @Option(help: ArgumentHelp("Run only tests whose name matches this glob.", valueName: "name-glob"))
    var filter: String?

    func run() throws {
      let selection = try PackSelection.load(packs)
      let glob = filter.map(RuleIDPattern.init)
      var passed = 0
      var failed = 0
      var output = ""
      var problems: [Diagnostic] = []
      for pack in selection.packs {
        let runner = RuleTestRunner(pack: pack)
        for (source, file) in pack.pack.testFiles {
          let (results, diagnostics) = runner.run(source, file: file) { glob?.matches($0) ?? true }
          problems += diagnostics
          for r in results {
            switch r.status {
            case .passed:
              passed += 1
            case .failed, .error:
              failed += 1
              output += "\(r.location): \(r.status == .failed ? "FAIL" : "ERROR"): \(r.name)\n"
              for line in r.details { output += "    \(line)\n" }
            }
          }
        }
      }
      Console.report(problems, files: selection.files)
      output += "\(passed) passed, \(failed) failed\n"
      Console.out(output)
      if problems.contains(where: { $0.severity == .error }) { throw ExitCode(ExitStatus.invalidInput.rawValue) }
      if failed > 0 { throw ExitCode(ExitStatus.findings.rawValue) }
    }
  }
}
