import ArgumentParser
import Foundation
import Reporting
import RuleEngine
import SourceDiagnostics

extension ReportFormat: ExpressibleByArgument {}
extension ColorChoice: ExpressibleByArgument {}

extension DQTVCommand {
  struct Check: ParsableCommand, ChoosesLanguage {
    static var configuration: CommandConfiguration {
      CommandConfiguration(abstract: HelpMessage.check.current, discussion: HelpMessage.checkDiscussion.current)
    }

    @Argument(help: .help(.checkSubmissions, value: .submission))
    var submissions: [String]

    @OptionGroup var packOptions: RulePackOptions

    @Option(
      help: .help(.checkAsOf, value: .date))
    var asOf: CalendarDateArgument?

    @Option(help: .help(.outputFormat, value: .format))
    var format: ReportFormat = .text

    @Option(help: .help(.checkOutput, value: .file))
    var output: String?

    @Option(
      name: .customLong("json-output"),
      help: .help(.jsonOutput, value: .file))
    var jsonOutput: String?

    @Option(
      name: .customLong("sarif-output"),
      help: .help(.sarifOutput, value: .file))
    var sarifOutput: String?

    @Option(
      name: .customLong("junit-output"),
      help: .help(.junitOutput, value: .file))
    var junitOutput: String?

    @Option(
      name: .customLong("html-output"),
      help: .help(.htmlOutput, value: .file))
    var htmlOutput: String?

    @Option(name: .customLong("lang"), help: .help(.langAndReports, value: .lang))
    var langFlag: Language?

    /// `--lang`, else the settings file's `lang`, else Vietnamese.
    var lang: Language { langFlag ?? .vi }

    @Option(help: .help(.color, value: .color))
    var color: ColorChoice = .auto

    @Option(name: .customLong("fail-on"), help: .help(.failOn, value: .failOn))
    var failOnFlag: FailOn?

    /// `--fail-on`, else the settings file's `fail-on`, else `error`.
    var failOn: FailOn { failOnFlag ?? .error }

    @Option(
      help: .help(.only, value: .ruleIDGlob))
    var only: [String] = []

    @Option(
      help: .help(.skip, value: .ruleIDGlob))
    var skip: [String] = []

    @Option(help: .help(.waivers, value: .file))
    var waivers: String?

    @Option(help: .help(.stdinFilename, value: .name))
    var stdinFilename: String?

    @OptionGroup var costOptions: CostLimitOptions
    @Option(
      help: .help(.baseline, value: .file))
    var baseline: String?

    @Option(
      name: .customLong("write-baseline"),
      help: .help(.writeBaseline, value: .file))
    var writeBaseline: String?

    func validate() throws {
      if submissions.filter({ $0 == "-" }).count > 1 {
        throw ValidationError(CommandMessage.stdinOnce.text(lang))
      }
      if let option = costOptions.invalidOption {
        throw ValidationError(SafetyCommandMessage.costLimitNotPositive.text(lang, ["option": option]))
      }
    }

    mutating func run() throws {
      try applySettings()
      let waiverSet = try loadWaivers()
      let known = try loadBaseline()
      let workspace = Workspace.bundled
      // The figures only the HTML report draws are read only for it.
      let drawsCharts = format == .html || htmlOutput != nil
      // The first submission's tree does not depend on the packs: it is read while they compile.
      // Its memory estimate starts from what the process used before the packs' thread began.
      let firstFile = submissions.first.flatMap { Self.regularFile($0) }
      let limits = MemoryLimits.current()
      let (selection, firstRead) = try Console.loadPacks(
        packOptions.paths, in: workspace, includingReport: drawsCharts,
        alongside: { firstFile.map { workspace.readSubmission($0, limits: limits) } })
      try validateOutputs(
        inputs: submissions.filter { $0 != "-" } + [waivers, baseline].compactMap { $0 } + selection.files.map(\.path))
      try refuseUnmatchedGlobs(ruleIDs: selection.ruleIDs)
      let language = lang
      var session = CheckSession(
        workspace: workspace, selection: selection, rules: RuleSelection(only: only, skip: skip), asOf: asOf?.date)
      session.costLimit = costOptions.maxCostPerNode
      session.ruleCostLimit = costOptions.maxCostPerRule
      var overviews: [ProvinceOverview] = []
      let progress = ProgressLine()
      var prefetched = firstRead
      for path in submissions {
        let before = session.records.count
        let read =
          prefetched ?? workspace.readSubmission(Console.submission(path, stdinName: stdinFilename, in: workspace))
        prefetched = nil
        session.check(
          read, begin: progress.begin,
          progress: { progress.update(done: $0, total: $1) },
          inspect: { judged in
            guard drawsCharts, let overview = ProvinceOverview.read(judged.data, pack: judged.pack, asOf: judged.asOf)
            else { return }
            overviews.append(overview)
          })
        // The progress line is cleared before a message, so that none runs on after it.
        if session.records[before...].contains(where: { !$0.isChecked }) { progress.finish() }
        for record in session.records[before...] { Self.reportProblems(of: record, language: language) }
      }
      progress.finish()
      // Even when nothing could be read, the reports are written: each lists every file given
      // with why it was not read, so that a script reading them never sees a clean run; the
      // exit code is 2 all the same.
      var findings = session.reportedFindings(waivers: waiverSet)
      if let known { findings = known.compare(findings) }
      let first = selection.packs.first?.pack
      var context = ReportContext(
        toolVersion: DQTVCommand.version, packs: first.map { Array($0.lineage) } ?? [],
        asOf: asOf?.date ?? session.checked.first?.asOf, submissions: session.checked,
        rulesApplied: session.rulesAppliedPerFile, rulesNotInForce: session.rulesNotInForcePerFile, language: lang,
        rules: session.rulesInForce, packTitle: first?.title, waiversFile: waivers,
        workingDirectory: FileManager.default.currentDirectoryPath, overview: ProvinceOverview.merged(overviews),
        topics: selection.packs.first?.reportTopics ?? [], unitTitle: first?.schema.unitOfReportTitle)
      context.files = session.records.map { FileReport($0) }
      context.failOn = failOn.threshold
      context.titles = selection.packs.first?.reportTitles ?? [:]
      context.unitListField = first?.schema.unitListField
      context.baselineFile = known == nil ? nil : baseline
      context.builtInPacks = selection.packs.flatMap { [$0.pack.source] + $0.pack.sources }
        .compactMap { ($0 as? MemoryPackSource)?.name }
      context.rawNames = CommandIO.current.rawArguments
      try writeReports(findings, context: context)
      try writeBaselineFile(findings, context: context)
      if session.failed { throw ExitCode(ExitStatus.invalidInput.rawValue) }
      if findings.contains(where: { !$0.isWaived && $0.isNew && failOn.fails($0.severity) }) {
        throw ExitCode(ExitStatus.findings.rawValue)
      }
    }

    /// The submission a path names when it is a regular file, which can be read before the
    /// packs are known without waiting on a writer (a FIFO) or reading standard input.
    static func regularFile(_ path: String) -> SubmissionInput? {
      guard path != "-" else { return nil }
      let raw = CommandIO.current.filePath(path)
      var info = stat()
      guard let name = raw.string, stat(name, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
      return .file(raw)
    }

    /// Prints why a submission was not judged, if it was not.
    static func reportProblems(of record: SubmissionRecord, language: Language) {
      switch record.outcome {
      case .checked: break
      case .failed(_, let diagnostics, let files):
        Console.report(diagnostics, files: files, language: language)
      case .noDate(let field, let written?):
        Console.err(DataEntryCommandMessage.invalidAsOf(field: field, written: written, language) + "\n")
      case .noDate(let field, nil):
        let text = ReportMessage.noDate.text(language, ["field": field ?? "as-of"])
        Console.err(TerminalText.escaped("\(record.name): error: \(text)") + "\n")
      }
    }

    /// A `--only` or `--skip` glob that matches no rule is a bad command line (exit 64), with
    /// the nearest id or topic.
    func refuseUnmatchedGlobs(ruleIDs: Set<String>) throws {
      let unmatched = RuleSelection(only: only, skip: skip).unmatched(ruleIDs: ruleIDs)
      guard !unmatched.isEmpty else { return }
      for u in unmatched {
        var line = "error: " + ScriptMessage.globMatchesNoRule.text(lang, ["option": u.option, "glob": u.glob])
        if let near = u.suggestion { line += "; " + ScriptMessage.didYouMean.text(lang, ["name": near]) }
        Console.err(TerminalText.escaped(line) + "\n")
      }
      throw ExitCode(ExitStatus.usage.rawValue)
    }

    /// Reads the waivers file; an invalid one is exit 2 with each problem at its place.
    func loadWaivers() throws -> WaiverSet? {
      guard let waivers else { return nil }
      let (path, opened) = try Console.regularFilePath(waivers)
      let (loaded, problems) = WaiverFileLoader().load(contentsOf: path, name: waivers)
      let file = FileManager.default.contents(atPath: path).map { SourceFile(path: waivers, bytes: [UInt8]($0)) }
      withExtendedLifetime(opened) {}
      Console.report(problems, files: file.map { [$0] } ?? [], language: lang)
      guard let loaded else { throw ExitCode(ExitStatus.invalidInput.rawValue) }
      return WaiverSet(loaded)
    }

    /// Every `--output` and `--*-output` path, and `--write-baseline`.
    var outputPaths: [String] {
      [output, jsonOutput, sarifOutput, junitOutput, htmlOutput, writeBaseline].compactMap { $0 }
    }

    /// Reads `--baseline`; one that cannot be read or is not a JSON report is exit 2.
    func loadBaseline() throws -> Baseline? {
      guard let baseline else { return nil }
      let name = TerminalText.escaped(baseline)
      guard let data = FileManager.default.contents(atPath: baseline) else {
        let reason = String(cString: strerror(errno))
        Console.err("error: " + ScriptMessage.baselineUnreadable.text(lang, ["file": name, "reason": reason]) + "\n")
        throw ExitCode(ExitStatus.invalidInput.rawValue)
      }
      do {
        return try Baseline.read([UInt8](data))
      } catch {
        Console.err("error: " + ScriptMessage.baselineNotAReport.text(lang, ["file": name]) + "\n")
        throw ExitCode(ExitStatus.invalidInput.rawValue)
      }
    }

    /// Writes `--write-baseline`: the JSON report of the findings found now (not those a
    /// baseline had that are gone).
    func writeBaselineFile(_ findings: [ReportedFinding], context: ReportContext) throws {
      guard let writeBaseline else { return }
      let report = JSONRenderer().renderUTF8(findings.filter { $0.baseline != .absent }, context: context)
      do {
        try ReportFile(path: writeBaseline).write(bytes: report)
      } catch {
        let reason = String(cString: strerror(error.code.rawValue))
        let file = TerminalText.escaped(writeBaseline)
        Console.err("error: " + ScriptMessage.writeFailed.text(lang, ["file": file, "reason": reason]) + "\n")
        throw ExitCode(ExitStatus.invalidInput.rawValue)
      }
    }

    /// Refuses, before any work, an output that is a directory, a FIFO or a device, or that is
    /// one of the run's inputs (the same device and inode: another name for it is no escape).
    /// Pack files are named as the loader shows them; for the bundled pack, that is its folder
    /// in the repository, so from the repository's root its files are refused too.
    func validateOutputs(inputs: [String]) throws {
      var refused = false
      for path in outputPaths {
        do {
          try ReportFile(path: path).validate(inputs: inputs)
        } catch {
          Console.err(error.message(TerminalText.escaped(path), language: lang))
          refused = true
        }
      }
      if refused { throw ExitCode(ExitStatus.invalidInput.rawValue) }
    }

    /// Prints or writes the report of `--format`, and writes every `--*-output` file.
    func writeReports(_ findings: [ReportedFinding], context: ReportContext) throws {
      let io = CommandIO.current
      let colored = color.colors(isTerminal: output == nil && io.outputIsTerminal, environment: io.environment)
      let report: [UInt8]
      do {
        report = try format.renderer(colored: colored).renderUTF8(findings, context: context)
      } catch {
        Console.error(CommandMessage.cannotMakeReport(["format": format.rawValue, "error": "\(error)"]))
        throw ExitCode(ExitStatus.invalidInput.rawValue)
      }
      var targets: [(path: String, bytes: () throws -> [UInt8])] = []
      if let output { targets.append((output, { report })) }
      let extra: [(String?, ReportFormat)] = [
        (jsonOutput, .json), (sarifOutput, .sarif), (junitOutput, .junit), (htmlOutput, .html),
      ]
      for case (let path?, let f) in extra {
        targets.append(
          (path, { f == format && !colored ? report : try f.renderer().renderUTF8(findings, context: context) }))
      }
      var failed = false
      for target in targets {
        do {
          try ReportFile(path: target.path).write(bytes: target.bytes())
        } catch {
          let reason =
            (error as? POSIXError).map { SystemErrorMessage.reason(errno: $0.code.rawValue) }
            ?? SystemErrorMessage.reason(errno: EIO)
          Console.error(
            CommandMessage.cannotWriteReport(
              localized: ["path": .init(verbatim: TerminalText.escaped(target.path)), "reason": reason]))
          failed = true
        }
      }
      if output == nil { Console.out(bytes: report) }
      if failed { throw ExitCode(ExitStatus.invalidInput.rawValue) }
    }
  }
}
