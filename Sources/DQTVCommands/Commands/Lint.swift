import ArgumentParser
import RuleEngine
import SourceDiagnostics

extension DQTVCommand {
  struct Lint: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Check rule packs: every mistake in a rule, at its line, before any data is checked.",
      discussion: "Exits 1 when a pack has an error, 2 when a pack cannot be read at all.")

    @Argument(help: ArgumentHelp("Rule pack folders (default: the bundled pack).", valueName: "pack-dir"))
    var packs: [String] = []

    func run() throws {
      var errors = 0
      var unreadable = false
      var output = ""
      for lint in Workspace.bundled.lint(packs) {
        guard let status = lint.status else {
          Console.err(
            "error: no rule pack at \(TerminalText.escaped(lint.path)): a pack is a folder with a pack.yaml\n")
          unreadable = true
          continue
        }
        if status == .unreadable { unreadable = true }
        let renderer = SnippetRenderer(files: lint.files)
        for d in lint.diagnostics { output += renderer.render(d) }
        errors += lint.errorCount
        output +=
          "\(TerminalText.escaped(lint.source)): \(lint.ruleCount) rule versions, \(lint.errorCount) error(s), \(lint.warningCount) warning(s)\n"
      }
      Console.out(output)
      if unreadable { throw ExitCode(ExitStatus.invalidInput.rawValue) }
      if errors > 0 { throw ExitCode(ExitStatus.findings.rawValue) }
    }
  }
}
