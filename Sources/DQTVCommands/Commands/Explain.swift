import ArgumentParser
import Reporting
import RuleEngine
import SourceDiagnostics

extension DQTVCommand {
  struct Explain: ParsableCommand, ChoosesLanguage {
    static var configuration: CommandConfiguration {
      CommandConfiguration(abstract: HelpMessage.explain.current)
    }

    @Argument(help: .help(.ruleID, value: .ruleID))
    var ruleID: String

    @Argument(help: .help(.explainSubmission, value: .submission))
    var submission: String

    @Option(help: .help(.explainAt, value: .path))
    var at: String?

    @Option(help: .help(.explainAsOf, value: .date))
    var asOf: CalendarDateArgument?

    @Option(help: .help(.lang, value: .lang))
    var lang: Language = .vi

    @OptionGroup var packOptions: RulePackOptions

    func run() throws {
      let workspace = Workspace.bundled
      let selection = try Console.loadPacks(packOptions.paths, in: workspace)
      guard let pack = selection.pack(withRule: ruleID) else {
        let near = selection.nearestRuleID(to: ruleID)
        Console.error(CommandMessage.noRule(["rule": ruleID]) + PackReaderMessage.suggestion(near))
        throw ExitCode(ExitStatus.invalidInput.rawValue)
      }
      let loaded = workspace.loadSubmission(.file(CommandIO.current.filePath(submission)), schema: pack.pack.schema)
      Console.report(loaded.diagnostics, files: loaded.files)
      guard let data = loaded.data else { throw ExitCode(ExitStatus.invalidInput.rawValue) }
      guard let date = asOf?.date ?? loaded.asOf else {
        if let written = loaded.invalidAsOf {
          Console.err(
            DataEntryCommandMessage.invalidAsOf(field: pack.pack.schema.asOfField, written: written, lang) + "\n")
        } else {
          let text = CommandMessage.explainNoDate(["field": pack.pack.schema.asOfField ?? "as-of"])
          Console.err("\(TerminalText.escaped(loaded.name)): error: \(text[lang])\n")
        }
        throw ExitCode(ExitStatus.invalidInput.rawValue)
      }
      if let at, !data.pathExists(at) {
        let nearest = data.nearestPath(to: at)
        let shown = nearest.isEmpty ? AuthoringCommandMessage.rootPath.text(lang) : "'\(nearest)'"
        Console.err(
          "error: "
            + AuthoringCommandMessage.noPath.text(
              lang, ["path": at, "file": TerminalText.escaped(loaded.name), "nearest": shown])
            + "\n")
        throw ExitCode(ExitStatus.invalidInput.rawValue)
      }
      let explanation: Explanation
      switch workspace.explain(rule: ruleID, in: pack, data: data, asOf: date, at: at) {
      case .success(let e): explanation = e
      case .failure(let notInForce):
        let periods = notInForce.periods.map(\.description).joined(separator: ", ")
        let text = CommandMessage.notInForce(
          localized: ["rule": .init(verbatim: ruleID), "date": date.localized, "periods": .init(verbatim: periods)])
        Console.out(text[lang] + "\n")
        return
      }
      let r = explanation.rule
      var out = "\(r.id.value) — \(r.title[lang])\n"
      out += "  " + r.basis.map { $0.text(in: lang) }.joined(separator: "; ") + "\n"
      let facts = CommandMessage.ruleFacts(
        localized: [
          "period": .init(verbatim: r.effective.description),
          "severity": LocalizedText(vi: TextRenderer.word(r.severity, .vi), en: TextRenderer.word(r.severity, .en)),
          "scope": pack.pack.schema.type(r.scope.value)?.title ?? .init(verbatim: r.scope.value),
          "date": date.localized,
        ])
      out += "  \(facts[lang])\n"
      out += "  require: \(r.require.text.trimmed)\n\n"
      var notApplicable = 0
      for node in explanation.nodes {
        if case .notApplicable = node.outcome {
          notApplicable += 1
          continue
        }
        let location = node.location
        let path = node.path.isEmpty ? CommandMessage.root.text(lang) : node.path
        out += "\(path)  \(TerminalText.escaped("\(location)"))\n"
        for value in node.values { out += "  \(value.name) = \(Self.cut(value.json, items: value.items, lang))\n" }
        let verdict: LocalizedText =
          switch node.outcome {
          case .notApplicable: CommandMessage.notApplicable()
          case .passed: CommandMessage.passes()
          case .violated: CommandMessage.violation(localized: ["message": node.message ?? .init(verbatim: "")])
          case .error(let m): CommandMessage.notEvaluated(localized: ["message": m])
          case .invalidData: CommandMessage.invalidData()
          }
        out += "  \(verdict[lang])\n"
      }
      let scopeCount: KeyValuePairs<String, String> = ["count": "\(notApplicable)", "scope": r.scope.value]
      if notApplicable > 0 && notApplicable == explanation.nodes.count {
        out += AuthoringCommandMessage.allNotApplicable.text(lang, scopeCount) + "\n"
      } else if notApplicable > 0 {
        out += AuthoringCommandMessage.notApplicableCount.text(lang, scopeCount) + "\n"
      }
      if explanation.nodes.isEmpty {
        let scope = pack.pack.schema.type(r.scope.value)?.title?[lang] ?? r.scope.value
        out += CommandMessage.noNode.text(lang, ["scope": scope]) + "\n"
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
