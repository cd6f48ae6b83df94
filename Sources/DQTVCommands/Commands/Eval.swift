import ArgumentParser
import Foundation
import RuleEngine
import SourceDiagnostics

extension DQTVCommand {
  struct Eval: ParsableCommand, ChoosesLanguage {
    static var configuration: CommandConfiguration {
      CommandConfiguration(abstract: HelpMessage.eval.current, discussion: HelpMessage.evalDiscussion.current)
    }

    @Argument(help: .help(.expression, value: .expression))
    var expression: String

    @Option(help: .help(.evalData, value: .submission))
    var data: String?

    @Option(
      help: .help(.evalAsOf, value: .date))
    var asOf: CalendarDateArgument?

    @Option(
      help: .help(.evalAt, value: .path))
    var at: String?

    @OptionGroup var packOptions: RulePackOptions

    @Option(help: .help(.lang, value: .lang))
    var lang: Language = .vi

    func run() throws {
      let workspace = Workspace.bundled
      let selection = try Console.loadPacks(packOptions.paths, in: workspace)
      guard let pack = selection.packs.first else { throw ExitCode(ExitStatus.invalidInput.rawValue) }
      var document: DataDocument?
      var date = asOf?.date
      var dataName = ""
      if at != nil && data == nil {
        Console.err("error: " + AuthoringCommandMessage.atNeedsData.text(lang) + "\n")
        throw ExitCode(ExitStatus.invalidInput.rawValue)
      }
      if let data {
        let loaded = workspace.loadSubmission(.file(CommandIO.current.filePath(data)), schema: pack.pack.schema)
        Console.report(loaded.diagnostics, files: loaded.files)
        guard let decoded = loaded.data else { throw ExitCode(ExitStatus.invalidInput.rawValue) }
        if !loaded.findings.isEmpty {
          let text = CommandMessage.schemaProblems([
            "count": String(loaded.findings.count), "file": TerminalText.escaped(loaded.name),
          ])
          Console.err("note: \(text[lang])\n")
        }
        document = decoded
        dataName = loaded.name
        if date == nil, let written = loaded.invalidAsOf {
          Console.err(
            DataEntryCommandMessage.invalidAsOf(field: pack.pack.schema.asOfField, written: written, lang) + "\n")
          throw ExitCode(ExitStatus.invalidInput.rawValue)
        }
        date = date ?? loaded.asOf
      }
      let file = [SourceFile(path: Workspace.expressionFile, text: expression)]
      switch workspace.evaluate(expression, pack: pack, data: document, at: at, asOf: date ?? Self.today()) {
      case .value(let json):
        Console.out(json + "\n")
      case .invalid(let problems):
        Console.report(problems, files: file)
        throw ExitCode(ExitStatus.invalidInput.rawValue)
      case .failed(let problem):
        Console.report([problem], files: file)
        throw ExitCode(ExitStatus.findings.rawValue)
      case .noRecord(let path, let nearest):
        let shown = nearest.isEmpty ? AuthoringCommandMessage.rootPath.text(lang) : "'\(nearest)'"
        Console.err(
          "error: " + AuthoringCommandMessage.noRecord.text(lang, ["path": path, "file": dataName, "nearest": shown])
            + "\n")
        throw ExitCode(ExitStatus.invalidInput.rawValue)
      }
    }

    /// Today's date in UTC: the only place dqtv reads the clock.
    static func today() -> CalendarDate {
      CalendarDate(daysSinceEpoch: Int(Date().timeIntervalSince1970 / 86_400))
    }
  }
}
