import ArgumentParser
import CEL
import Foundation
import RuleEngine
import SourceDiagnostics

extension DQTVCommand {
  struct Eval: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Evaluate one CEL expression: the rule author's scratch pad.",
      discussion: """
        Compiles the expression against the pack's schema, with `submission` bound to the --data file, \
        `as_of` and `params`, and prints its value as one line of JSON. A parse or type error exits 2; \
        an evaluation error exits 1.
        """)

    @Argument(help: "The expression.")
    var expression: String

    @Option(help: ArgumentHelp("A submission to bind as `submission`.", valueName: "submission"))
    var data: String?

    @Option(help: ArgumentHelp("The date bound as `as_of` (default: the data's as_of, else today).", valueName: "date"))
    var asOf: CalendarDateArgument?

    @OptionGroup var packOptions: RulePackOptions

    func run() throws {
      let selection = try PackSelection.load(packOptions.paths)
      guard let pack = selection.packs.first else { throw ExitCode(ExitStatus.invalidInput.rawValue) }
      var declarations = pack.declarations
      var bindings: [String: Value] = [:]
      var date = asOf?.date
      if let data {
        let loaded = LoadedSubmission.load(data, stdinName: nil, schema: pack.pack.schema)
        Console.report(loaded.diagnostics, files: loaded.file.map { [$0] } ?? [])
        guard let document = loaded.data else { throw ExitCode(ExitStatus.invalidInput.rawValue) }
        if !loaded.findings.isEmpty {
          Console.err("note: \(loaded.findings.count) schema problem(s) in \(loaded.name); run dqtv check to see them\n")
        }
        declarations.variables["submission"] = .object(pack.pack.schema.root)
        bindings["submission"] = DataBinding.root(of: document)
        date = date ?? loaded.asOf
      }
      let judged = date ?? Self.today()
      bindings[RuleCompiler.asOfVariable] = .timestamp(CELTimestamp(seconds: Int64(judged.daysSinceEpoch) * 86_400)!)
      bindings[RuleCompiler.paramsVariable] = Engine.parameterValues(pack.pack, on: judged)

      let source = ExpressionSource(text: expression, file: "<expression>")
      let parsed = CELParser().parse(source)
      var problems = parsed.diagnostics
      var checked: CheckedExpression?
      if let p = parsed.expression {
        let result = CELChecker(declarations: declarations).check(p)
        problems += result.diagnostics
        checked = result.checked
      }
      if problems.contains(where: { $0.severity == .error }) || checked == nil {
        Console.report(problems, files: [SourceFile(path: "<expression>", text: expression)])
        throw ExitCode(ExitStatus.invalidInput.rawValue)
      }
      guard let checked, let program = try? Program(checked) else {
        throw ExitCode(ExitStatus.invalidInput.rawValue)
      }
      let value = program.evaluate(Bindings(bindings))
      if case .error(let e) = value {
        let location = e.id.map { checked.parsed.location(of: $0) }
        Console.report(
          [.error("eval.error", e.message, at: location)], files: [SourceFile(path: "<expression>", text: expression)])
        throw ExitCode(ExitStatus.findings.rawValue)
      }
      Console.out(value.jsonText + "\n")
    }

    /// Today's date in UTC: the only place dqtv reads the clock.
    static func today() -> CalendarDate {
      CalendarDate(daysSinceEpoch: Int(Date().timeIntervalSince1970 / 86_400))
    }
  }
}
