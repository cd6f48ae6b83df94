import SourceDiagnostics

/// What running the rule tests of packs gave.
package struct RuleTestRun: Sendable {
  /// Every test run, file by file.
  package var results: [RuleTestResult]
  /// Problems reading the test files themselves.
  package var diagnostics: [Diagnostic]

  package var passed: Int { results.filter { $0.status == .passed }.count }
  package var failed: Int { results.count - passed }
}

extension Workspace {
  /// Runs the tests of every selected pack; `names` keeps tests by name.
  package func runTests(_ selection: PackSelection, names: RuleIDPattern? = nil) -> RuleTestRun {
    var run = RuleTestRun(results: [], diagnostics: [])
    for pack in selection.packs {
      let runner = RuleTestRunner(pack: pack)
      for (source, file) in pack.pack.testFiles {
        let (results, diagnostics) = runner.run(source, file: file) { names?.matches($0) ?? true }
        run.diagnostics += diagnostics
        run.results += results
      }
    }
    return run
  }
}
