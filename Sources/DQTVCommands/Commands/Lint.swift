import ArgumentParser
import RuleEngine
import SourceDiagnostics

extension DQTVCommand {
  struct Lint: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Check rule packs: every mistake in a rule, at its line, before any data is checked.",
      discussion: "Exits 1 when a pack has an error, 2 when a pack cannot be read at all.")

    @Argument(help: ArgumentHelp("Rule pack folders (default: the bundled pack).", valueName: "pack-dir"))
    var packs: [String] = []

    /// A warning for each rule of the pack (not of the packs it extends) that no passing test
    /// expects to fire: its `require` has never been seen to catch anything.
    func untested(_ pack: CompiledPack) -> [Diagnostic] {
      let own = pack.pack.rules.filter { $0.pack == pack.pack.name }
      guard !own.isEmpty, !pack.pack.testFiles.isEmpty else { return [] }
      var fired = Set<String>()
      let runner = RuleTestRunner(pack: pack)
      for (source, file) in pack.pack.testFiles {
        for result in runner.run(source, file: file).results where result.status == .passed {
          fired.formUnion(result.expectedRules)
        }
      }
      var seen = Set<String>()
      return own.compactMap { rule in
        guard !fired.contains(rule.id.value), seen.insert(rule.id.value).inserted else { return nil }
        return .warning("lint.untested", "no test of this pack makes '\(rule.id.value)' fire", at: rule.id.location)
      }
    }

    func run() throws {
      var errors = 0
      var warnings = 0
      var unreadable = false
      var output = ""
      for path in packs.isEmpty ? [BundledPack.name] : packs {
        guard let source = PackSelection.source(for: path) else {
          Console.err("error: no rule pack at \(path): a pack is a folder with a pack.yaml\n")
          unreadable = true
          continue
        }
        let loaded = PackSelection.loader.load(source)
        var diagnostics = loaded.diagnostics.sorted
        if diagnostics.contains(where: { $0.code.rawValue.hasPrefix("yaml.") || $0.code.rawValue.hasPrefix("io.") || $0.code == "pack.missing-file" }) {
          unreadable = true
        }
        var ruleCount = 0
        if let pack = loaded.pack {
          let (compiled, compileDiagnostics) = RuleCompiler().compile(pack)
          diagnostics += compileDiagnostics.sorted
          ruleCount = compiled?.rules.count ?? pack.rules.count
          if let compiled, !loaded.diagnostics.hasErrors { diagnostics += untested(compiled) }
        }
        diagnostics.sort()
        let renderer = SnippetRenderer(files: loaded.files)
        for d in diagnostics { output += renderer.render(d) }
        let e = diagnostics.filter { $0.severity == .error }.count
        let w = diagnostics.filter { $0.severity == .warning }.count
        errors += e
        warnings += w
        output += "\(source.description): \(ruleCount) rule versions, \(e) error(s), \(w) warning(s)\n"
      }
      Console.out(output)
      if unreadable { throw ExitCode(ExitStatus.invalidInput.rawValue) }
      if errors > 0 { throw ExitCode(ExitStatus.findings.rawValue) }
    }
  }
}
