import ArgumentParser
import Foundation
import RuleEngine
import SourceDiagnostics

extension DQTVCommand {
  struct Eval: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Evaluate one CEL expression: the rule author's scratch pad.",
      discussion: """
        Compiles the expression against the pack's schema, with the --data file's root bound as rules \
        see it (`submission` in the bundled pack), `as_of` and `params`, and prints its value as one \
        line of JSON. A parse or type error exits 2; an evaluation error exits 1.
        """)

    @Argument(help: "The expression.")
    var expression: String

    @Option(help: ArgumentHelp("A submission to bind as the root variable.", valueName: "submission"))
    var data: String?

    @Option(
      help: ArgumentHelp("The date bound as `as_of` (default: the data's own date, else today).", valueName: "date"))
    var asOf: CalendarDateArgument?

    @OptionGroup var packOptions: RulePackOptions

    func run() throws {
      let workspace = Workspace.bundled
      let selection = try Console.loadPacks(packOptions.paths, in: workspace)
      guard let pack = selection.packs.first else { throw ExitCode(ExitStatus.invalidInput.rawValue) }
      var document: DataDocument?
      var date = asOf?.date
      if let data {
        let loaded = workspace.loadSubmission(.file(CommandIO.current.filePath(data)), schema: pack.pack.schema)
        Console.report(loaded.diagnostics, files: loaded.files)
        guard let decoded = loaded.data else { throw ExitCode(ExitStatus.invalidInput.rawValue) }
        if !loaded.findings.isEmpty {
          Console.err(
            "note: \(loaded.findings.count) schema problem(s) in \(TerminalText.escaped(loaded.name)); run dqtv check to see them\n"
          )
        }
        document = decoded
        date = date ?? loaded.asOf
      }
      let file = [SourceFile(path: Workspace.expressionFile, text: expression)]
      switch workspace.evaluate(expression, pack: pack, data: document, asOf: date ?? Self.today()) {
      case .value(let json):
        Console.out(json + "\n")
      case .invalid(let problems):
        Console.report(problems, files: file)
        throw ExitCode(ExitStatus.invalidInput.rawValue)
      case .failed(let problem):
        Console.report([problem], files: file)
        throw ExitCode(ExitStatus.findings.rawValue)
      }
    }

    /// Today's date in UTC: the only place dqtv reads the clock.
    static func today() -> CalendarDate {
      CalendarDate(daysSinceEpoch: Int(Date().timeIntervalSince1970 / 86_400))
    }
  }
}
