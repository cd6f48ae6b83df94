import ArgumentParser
import Foundation
import RuleEngine
import SourceDiagnostics

extension DQTVCommand {
  struct Eval: ParsableCommand, ChoosesLanguage {
    static let configuration = CommandConfiguration(
      abstract: "Evaluate one CEL expression: the rule author's scratch pad.",
      discussion: """
        Compiles the expression against the pack's schema, with the --data file's root bound as rules \
        see it (`submission` in the bundled pack), `as_of` and `params`, and prints its value as one \
        line of JSON, dates as dates. With --at PATH, the record at that data path is bound as `self`, and \
        it and the records above it by their types' variable names, as for a rule on that record. An \
        expression may begin with `-` (`dqtv eval '-1 + 2'`). A parse or type error exits 2; an evaluation \
        error exits 1.
        """)

    @Argument(help: "The expression.")
    var expression: String

    @Option(help: ArgumentHelp("A submission to bind as the root variable.", valueName: "submission"))
    var data: String?

    @Option(
      help: ArgumentHelp("The date bound as `as_of` (default: the data's own date, else today).", valueName: "date"))
    var asOf: CalendarDateArgument?

    @Option(
      help: ArgumentHelp(
        "Bind the record at this data path (communes[0].villages[1]) as `self`, with the records above it.",
        valueName: "path"))
    var at: String?

    @OptionGroup var packOptions: RulePackOptions

    @Option(help: "Language of messages: vi (default) or en.")
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
