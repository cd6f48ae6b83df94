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
      let loaded = workspace.loadSubmission(.file(submission), schema: pack.pack.schema)
      Console.report(loaded.diagnostics, files: loaded.files, language: lang.rawValue)
      guard let data = loaded.data else { throw ExitCode(ExitStatus.invalidInput.rawValue) }
      guard let date = asOf?.date ?? loaded.asOf else {
        if let written = loaded.invalidAsOf {
          Console.err(
            DataEntryCommandMessage.invalidAsOf(field: pack.pack.schema.asOfField, written: written, lang) + "\n")
        } else {
          Console.err("\(loaded.name): error: no valid \(pack.pack.schema.asOfField ?? "as-of") date; pass --as-of\n")
        }
        throw ExitCode(ExitStatus.invalidInput.rawValue)
      }
      if let at, !data.pathExists(at) {
        let nearest = data.nearestPath(to: at)
        let shown = nearest.isEmpty ? AuthoringCommandMessage.rootPath.text(lang) : "'\(nearest)'"
        Console.err(
          "error: " + AuthoringCommandMessage.noPath.text(lang, ["path": at, "file": loaded.name, "nearest": shown])
            + "\n")
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
      var notApplicable = 0
      for node in explanation.nodes {
        if case .notApplicable = node.outcome {
          notApplicable += 1
          continue
        }
        let location = node.location
        let shownPath = node.path.isEmpty ? AuthoringCommandMessage.rootPath.text(lang) : node.path
        out += "\(shownPath)  \(location.file):\(location.line):\(location.column)\n"
        for value in node.values { out += "  \(value.name) = \(Self.cut(value.json, items: value.items, lang))\n" }
        switch node.outcome {
        case .notApplicable: break
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
      let scopeCount: KeyValuePairs<String, String> = ["count": "\(notApplicable)", "scope": r.scope.value]
      if notApplicable > 0 && notApplicable == explanation.nodes.count {
        out += AuthoringCommandMessage.allNotApplicable.text(lang, scopeCount) + "\n"
      } else if notApplicable > 0 {
        out += AuthoringCommandMessage.notApplicableCount.text(lang, scopeCount) + "\n"
      }
      if explanation.nodes.isEmpty {
        out += vi ? "Không có nút \(r.scope.value) nào trong dữ liệu.\n" : "No \(r.scope.value) node in the data.\n"
      }
      Console.out(out)
    }

    /// The longest value shown whole, in characters.
    static let longValue = 120

    /// A value's JSON, cut after ``longValue`` characters, with its number of items when it
    /// is a list or a map.
    static func cut(_ json: String, items: Int?, _ lang: Language) -> String {
      guard json.count > longValue else { return json }
      let head = String(json.prefix(longValue))
      guard let items else { return head + "…" }
      return head + " " + AuthoringCommandMessage.moreItems.text(lang, ["count": "\(items)"])
    }
  }
}
