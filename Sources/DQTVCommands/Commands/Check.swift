import ArgumentParser
import Foundation
import Reporting
import RuleEngine
import SourceDiagnostics

extension DQTVCommand {
  struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Check submissions against the rules in force on their date.",
      discussion: "Prints one finding a line (or a JSON report) and exits 1 when a finding is at or above --fail-on.")

    @Argument(help: ArgumentHelp("Submission files; - reads standard input.", valueName: "submission"))
    var submissions: [String]

    @OptionGroup var packOptions: RulePackOptions

    @Option(help: ArgumentHelp("Judge by the law in force on this date instead of the submission's own as_of.", valueName: "date"))
    var asOf: CalendarDateArgument?

    @Option(help: "Output format.")
    var format: CheckFormat = .text

    @Option(help: ArgumentHelp("Write the report to this file (whole or not at all).", valueName: "file"))
    var output: String?

    @Option(name: .customLong("json-output"), help: ArgumentHelp("Also write the JSON report to this file.", valueName: "file"))
    var jsonOutput: String?

    @Option(help: "Language of messages.")
    var lang: Language = .vi

    @Option(help: "The least severity that makes the exit code 1.")
    var failOn: FailOn = .error

    @Option(help: ArgumentHelp("Run only rules whose id matches this glob (repeatable).", valueName: "rule-id-glob"))
    var only: [String] = []

    @Option(help: ArgumentHelp("Skip rules whose id matches this glob (repeatable).", valueName: "rule-id-glob"))
    var skip: [String] = []

    @Option(help: ArgumentHelp("The name findings give standard input.", valueName: "name"))
    var stdinFilename: String?

    func validate() throws {
      if submissions.filter({ $0 == "-" }).count > 1 {
        throw ValidationError("standard input (-) can be read only once")
      }
    }

    func run() throws {
      let selection = try PackSelection.load(packOptions.paths)
      let only = self.only.map(RuleGlob.init)
      let skip = self.skip.map(RuleGlob.init)
      let filter: @Sendable (String) -> Bool = { id in
        (only.isEmpty || only.contains { $0.matches(id) }) && !skip.contains { $0.matches(id) }
      }
      var findings: [Finding] = []
      var failed = false
      var checked: [(file: String, asOf: CalendarDate)] = []
      var applied = 0
      var notInForce = 0
      for path in submissions {
        var seenSchema = Set<String>()
        for pack in selection.packs {
          let loaded = LoadedSubmission.load(path, stdinName: stdinFilename, schema: pack.pack.schema)
          if !loaded.diagnostics.isEmpty {
            Console.report(loaded.diagnostics, files: loaded.file.map { [$0] } ?? [])
            failed = true
            break
          }
          for f in loaded.findings where filter(f.rule) {
            let key = "\(f.location) \(f.message.en)"
            if seenSchema.insert(key).inserted { findings.append(f) }
          }
          guard let data = loaded.data else { continue }
          guard let date = asOf?.date ?? loaded.asOf else {
            Console.err("\(loaded.name): error: the submission has no valid as_of date, so the law to apply is unknown; fix as_of or pass --as-of\n")
            failed = true
            break
          }
          if pack.pack.name == selection.packs.first?.pack.name { checked.append((loaded.name, date)) }
          let result = Engine().check(CheckRequest(data: data, pack: pack, asOf: date, ruleFilter: filter))
          findings += result.findings
          applied += result.rulesApplied
          notInForce += result.rulesNotInForce
        }
      }
      findings.sort(by: Finding.precedes)
      let context = ReportContext(
        toolVersion: DQTVCommand.version, packs: selection.packs.first.map { Array($0.pack.lineage) } ?? [],
        asOf: asOf?.date ?? checked.first?.asOf, submissions: checked,
        rulesApplied: checked.isEmpty ? 0 : applied / checked.count,
        rulesNotInForce: checked.isEmpty ? 0 : notInForce / checked.count, language: lang)
      let report: String
      switch format {
      case .text: report = TextRenderer().render(findings, context: context)
      case .json: report = JSONRenderer().render(findings, context: context)
      }
      if let output {
        try write(report, to: output)
      } else {
        Console.out(report)
      }
      if let jsonOutput {
        try write(JSONRenderer().render(findings, context: context), to: jsonOutput)
      }
      if failed { throw ExitCode(ExitStatus.invalidInput.rawValue) }
      if findings.contains(where: { failOn.fails($0.severity) }) { throw ExitCode(ExitStatus.findings.rawValue) }
    }

    func write(_ text: String, to path: String) throws {
      do {
        try Console.writeAtomically(text, to: path)
      } catch {
        Console.err("error: cannot write \(path): \(error.localizedDescription)\n")
        throw ExitCode(ExitStatus.invalidInput.rawValue)
      }
    }
  }
}
