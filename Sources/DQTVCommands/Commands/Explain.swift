import ArgumentParser
import RuleEngine
import SourceDiagnostics

extension DQTVCommand {
  struct Explain: ParsableCommand, ChoosesLanguage {
    static let configuration = CommandConfiguration(
      abstract: "Show how one rule judged each node of a submission: whether it applied, its values and its verdict.")

    @Argument(help: "The rule's id.")
    var ruleID: String

    @Argument(help: "The submission.")
    var submission: String

    @Option(help: ArgumentHelp("Only nodes at or below this data path (communes[0]).", valueName: "path"))
    var at: String?

    @Option(help: ArgumentHelp("Judge by the law in force on this date.", valueName: "date"))
    var asOf: CalendarDateArgument?

    @Option(help: "Language.")
    var lang: Language = .vi

    @OptionGroup var packOptions: RulePackOptions

    func run() throws {
      let workspace = Workspace.bundled
      let selection = try Console.loadPacks(packOptions.paths, in: workspace)
      guard let pack = selection.pack(withRule: ruleID) else {
        var message = "error: no rule '\(ruleID)' in the packs"
        if let near = selection.nearestRuleID(to: ruleID) { message += "; did you mean '\(near)'?" }
        Console.err(message + "\n")
        throw ExitCode(ExitStatus.invalidInput.rawValue)
      }
      let loaded = workspace.loadSubmission(.file(CommandIO.current.filePath(submission)), schema: pack.pack.schema)
      Console.report(loaded.diagnostics, files: loaded.files, language: lang.rawValue)
      guard let data = loaded.data else { throw ExitCode(ExitStatus.invalidInput.rawValue) }
      guard let date = asOf?.date ?? loaded.asOf else {
        Console.err(
          "\(TerminalText.escaped(loaded.name)): error: no valid \(pack.pack.schema.asOfField ?? "as-of") date; pass --as-of\n"
        )
        throw ExitCode(ExitStatus.invalidInput.rawValue)
      }
      let vi = lang == .vi
      let explanation: Explanation
      switch workspace.explain(rule: ruleID, in: pack, data: data, asOf: date, at: at) {
      case .success(let e): explanation = e
      case .failure(let notInForce):
        let periods = notInForce.periods.map(\.description).joined(separator: ", ")
        Console.out(
          vi
            ? "\(ruleID) không có hiệu lực vào ngày \(date.vietnamese) (hiệu lực: \(periods)).\n"
            : "\(ruleID) is not in force on \(date) (in force: \(periods)).\n")
        return
      }
      let r = explanation.rule
      var out = "\(r.id.value) — \(r.title[lang])\n"
      out += "  " + r.basis.map { $0.text(in: lang) }.joined(separator: "; ") + "\n"
      out +=
        vi
        ? "  Hiệu lực \(r.effective), mức \(r.severity.rawValue), áp dụng cho từng \(r.scope.value); xét theo ngày \(date.vietnamese).\n"
        : "  In force \(r.effective), severity \(r.severity.rawValue), runs on every \(r.scope.value); judged on \(date).\n"
      out += "  require: \(r.require.text.trimmed)\n\n"
      for node in explanation.nodes {
        let location = node.location
        out +=
          "\(node.path.isEmpty ? "(root)" : node.path)  \(TerminalText.escaped(location.file)):\(location.line):\(location.column)\n"
        for (name, json) in node.values { out += "  \(name) = \(json)\n" }
        switch node.outcome {
        case .notApplicable:
          out += vi ? "  → không áp dụng (điều kiện 'when' sai)\n" : "  → does not apply ('when' is false)\n"
        case .passed: out += vi ? "  → đạt\n" : "  → passes\n"
        case .violated: out += (vi ? "  → vi phạm: " : "  → violation: ") + (node.message?[lang] ?? "") + "\n"
        case .error(let m): out += (vi ? "  → không đánh giá được: " : "  → could not be evaluated: ") + m + "\n"
        case .invalidData:
          out +=
            vi
            ? "  → bỏ qua: dữ liệu sai lược đồ (xem lỗi SCHEMA)\n"
            : "  → skipped: the data breaks the schema (see the SCHEMA findings)\n"
        }
      }
      if explanation.nodes.isEmpty {
        out += vi ? "Không có nút \(r.scope.value) nào trong dữ liệu.\n" : "No \(r.scope.value) node in the data.\n"
      }
      Console.out(out)
    }
  }
}
