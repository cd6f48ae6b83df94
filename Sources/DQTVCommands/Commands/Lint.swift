import ArgumentParser
import Foundation
import RuleEngine
import SourceDiagnostics

extension DQTVCommand {
  struct Lint: ParsableCommand, ChoosesLanguage {
    static var configuration: CommandConfiguration {
      CommandConfiguration(abstract: HelpMessage.lint.current, discussion: HelpMessage.lintDiscussion.current)
    }

    @Argument(help: .help(.packDirectories, value: .packDir))
    var packs: [String] = []

    @Option(help: .help(.lang, value: .lang))
    var lang: Language = .vi

    func run() throws {
      let workspace = Console.openingRawPacks(packs, in: .bundled)
      let choice = workspace.choosePacks(packs, from: FileManager.default.currentDirectoryPath)
      var errors = 0
      var unreadable = false
      var output = ""
      for lint in workspace.lint(choice.paths) {
        guard let status = lint.status else {
          Console.error(CommandMessage.noPack(["path": TerminalText.escaped(lint.path)]))
          unreadable = true
          continue
        }
        if status == .unreadable { unreadable = true }
        output += AuthoringCommandMessage.header(source: lint.source, identity: lint.identity, choice: choice, lang)
        let renderer = SnippetRenderer(files: lint.files, language: lang.rawValue)
        for d in lint.diagnostics { output += renderer.render(d) }
        errors += lint.errorCount
        let summary = CommandMessage.lintSummary(
          [
            "pack": TerminalText.escaped(lint.source), "rules": String(lint.ruleCount),
            "errors": String(lint.errorCount),
            "warnings": String(lint.warningCount),
          ])
        output += summary[lang] + "\n"
      }
      Console.out(output)
      if unreadable { throw ExitCode(ExitStatus.invalidInput.rawValue) }
      if errors > 0 { throw ExitCode(ExitStatus.findings.rawValue) }
    }
  }
}
