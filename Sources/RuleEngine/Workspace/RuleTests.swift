import SourceDiagnostics

/// What running the rule tests of packs gave.
package struct RuleTestRun: Sendable {
  /// The packs whose tests ran, in the order run, each with the range of `results` its tests
  /// gave; the first is a selected pack, and any later one a pack it extends (`withBase`).
  package var packs: [(name: String, version: String, source: String, results: Range<Int>)] = []
  /// Every test run, file by file.
  package var results: [RuleTestResult]
  /// Problems reading the test files themselves.
  package var diagnostics: [Diagnostic]

  package var passed: Int { results.filter { $0.status == .passed }.count }
  package var failed: Int { results.count - passed }
}

extension Workspace {
  /// Runs the tests of every selected pack (RULES.md, "extends"): a pack's own tests, judged on
  /// the whole pack. With `withBase`, the tests of each pack it extends run as well, each judged
  /// only on the rules of that pack (and of the packs below it), so that a rule added on top
  /// never fails a test written without it. `names` keeps tests by name.
  package func runTests(
    _ selection: PackSelection, names: RuleIDPattern? = nil, withBase: Bool = false
  )
    -> RuleTestRun
  {
    var run = RuleTestRun(results: [], diagnostics: [])
    var done = Set<String>()
    func runOwn(_ pack: CompiledPack) {
      guard done.insert(pack.pack.source.description).inserted else { return }
      let start = run.results.count
      defer {
        run.packs.append((pack.pack.name, pack.pack.version, pack.pack.source.description, start..<run.results.count))
      }
      let runner = RuleTestRunner(pack: pack)
      for (source, file) in pack.pack.ownTestFiles {
        let (results, diagnostics) = runner.run(source, file: file) { names?.matches($0) ?? true }
        run.diagnostics += diagnostics
        run.results += results
      }
    }
    for pack in selection.packs {
      runOwn(pack)
      guard withBase else { continue }
      for base in pack.pack.sources.dropFirst() where !done.contains(base.description) {
        let loaded = packLoader.load(base)
        run.diagnostics += loaded.diagnostics.sorted
        guard let basePack = loaded.pack, !loaded.diagnostics.hasErrors else { continue }
        let (compiled, diagnostics) = RuleCompiler().compile(basePack)
        run.diagnostics += diagnostics.sorted
        if let compiled { runOwn(compiled) }
      }
    }
    return run
  }
}
