import SourceDiagnostics

/// One check of a compiled pack beyond what loading and compiling it already report.
package protocol LintCheck: Sendable {
  func diagnostics(for subject: LintSubject) -> [Diagnostic]
}

/// What the checks of a lint look at: the compiled pack and what its rule tests gave, run once
/// for every check.
package struct LintSubject: Sendable {
  package var pack: CompiledPack
  /// The run of each of the pack's own test files, in `ownTestFiles` order (the tests of the
  /// packs it extends are theirs to lint).
  package var testRuns: [(results: [RuleTestResult], diagnostics: [Diagnostic])]

  package init(_ pack: CompiledPack) {
    self.pack = pack
    let runner = RuleTestRunner(pack: pack)
    testRuns = pack.pack.ownTestFiles.map { runner.run($0.source, file: $0.path) }
  }
}

/// A warning for each rule of the pack (not of the packs it extends) that no passing test
/// expects to fire: its `require` has never been seen to catch anything.
package struct UntestedRules: LintCheck {
  package init() {}

  package func diagnostics(for subject: LintSubject) -> [Diagnostic] {
    let pack = subject.pack
    let own = pack.pack.rules.filter { $0.pack == pack.pack.name }
    guard !own.isEmpty, !pack.pack.testFiles.isEmpty else { return [] }
    var fired = Set<String>()
    for run in subject.testRuns {
      for result in run.results where result.status == .passed {
        fired.formUnion(result.expectedRules)
      }
    }
    var seen = Set<String>()
    return own.compactMap { rule in
      guard !fired.contains(rule.id.value), seen.insert(rule.id.value).inserted else { return nil }
      return .warning("lint.untested", LintMessage.untested(["id": rule.id.value]), at: rule.id.location)
    }
  }
}

/// Every mistake in the pack's own test files, at its line and column: an input outside the
/// pack's folder and the packs it extends (links resolved), an input that does not exist, an
/// expected rule no pack has, an `only` that is not a bool, a key of the wrong kind. Such a
/// test is never run as written, so it would pass or fail for the wrong reason.
package struct TestFileMistakes: LintCheck {
  package init() {}

  package func diagnostics(for subject: LintSubject) -> [Diagnostic] {
    subject.testRuns.flatMap(\.diagnostics)
  }
}

/// A warning at the schema's `submission_format` when no field of the root has the role
/// `format-version`: the format is then asked of no submission, and blank forms and templates
/// leave it out. Only the pack that has the schema (one that extends none) is warned.
package struct SubmissionFormatWithoutField: LintCheck {
  package init() {}

  package func diagnostics(for subject: LintSubject) -> [Diagnostic] {
    let pack = subject.pack.pack
    let schema = pack.schema
    guard pack.lineage.count == 1, let format = schema.submissionFormat, schema.formatVersionField == nil else {
      return []
    }
    return [
      .warning(
        "lint.format-without-field", LintMessage.formatWithoutField(["format": format, "root": schema.root]),
        at: schema.submissionFormatLocation)
    ]
  }
}

/// The checks `dqtv lint` runs on a pack that loads and compiles cleanly.
package struct PackLinter: Sendable {
  package var checks: [any LintCheck]

  package init(
    checks: [any LintCheck] = [
      UntestedRules(), InstrumentCitations(), TestFileMistakes(), SubmissionFormatWithoutField(),
    ]
  ) {
    self.checks = checks
  }
}

/// What linting one pack found.
package struct PackLint: Sendable {
  /// How far the pack got; `nil` when no pack is at the path at all.
  package var status: PackLoadStatus?
  /// The path given.
  package var path: String
  /// The pack's name for people (its folder).
  package var source: String
  /// The name and version its `pack.yaml` gives, when it could be read.
  package var identity: (name: String, version: String)? = nil
  /// Every problem, sorted by place.
  package var diagnostics: [Diagnostic]
  /// The files read, to show snippets of.
  package var files: [SourceFile]
  /// Rule versions read.
  package var ruleCount: Int

  package var errorCount: Int { diagnostics.filter { $0.severity == .error }.count }
  package var warningCount: Int { diagnostics.filter { $0.severity == .warning }.count }
}

extension Workspace {
  /// Lints each pack at `paths` (the default pack when none) on its own: loading, compiling,
  /// then the linter's checks when the pack has no error.
  package func lint(_ paths: [String], linter: PackLinter = PackLinter()) -> [PackLint] {
    packPaths(paths).map { path in
      guard let source = source(for: path) else {
        return PackLint(status: nil, path: path, source: path, diagnostics: [], files: [], ruleCount: 0)
      }
      let loaded = packLoader.load(source)
      var diagnostics = loaded.diagnostics.sorted
      var ruleCount = 0
      if let pack = loaded.pack {
        let (compiled, compileDiagnostics) = RuleCompiler().compile(pack, includingReport: true)
        diagnostics += compileDiagnostics.sorted
        ruleCount = compiled?.rules.count ?? pack.rules.count
        if let compiled, !loaded.diagnostics.hasErrors {
          let subject = LintSubject(compiled)
          for check in linter.checks { diagnostics += check.diagnostics(for: subject) }
        }
      }
      diagnostics.sort()
      return PackLint(
        status: loaded.status, path: path, source: source.description,
        identity: loaded.pack.map { ($0.name, $0.version) }, diagnostics: diagnostics, files: loaded.files,
        ruleCount: ruleCount)
    }
  }
}

/// When a pack lists instruments (RULES.md, "Instruments"): every `basis` document of its
/// rules and parameters is one of them (a typo is shown at its column, with a did-you-mean),
/// and no rule version stays in force past the end of every instrument it cites.
package struct InstrumentCitations: LintCheck {
  package init() {}

  package func diagnostics(for subject: LintSubject) -> [Diagnostic] {
    let pack = subject.pack
    let list = pack.pack.instruments
    guard !list.isEmpty else { return [] }
    let docs = list.instruments.map(\.doc.value)
    var out: [Diagnostic] = []
    func unknown(_ citation: Citation) -> Diagnostic? {
      guard list.instrument(citation.doc) == nil else { return nil }
      var message = LintMessage.unknownInstrument(["doc": citation.doc])
      if let near = NameSuggestion.nearest(to: citation.doc, in: docs) {
        message = message + PackReaderMessage.suggestion(near)
      }
      return .error("lint.unknown-instrument", message, at: citation.docLocation)
    }
    let own = pack.pack.rules.filter { $0.pack == pack.pack.name }
    for rule in own {
      out += rule.basis.compactMap(unknown)
      let cited = rule.basis.compactMap { list.instrument($0.doc) }
      guard !cited.isEmpty, cited.count == rule.basis.count else { continue }
      let ends = cited.compactMap(\.until)
      guard ends.count == cited.count, let last = ends.max() else { continue }
      if rule.effective.until.map({ $0 > last }) ?? true {
        let docsCited = Set(cited.map(\.doc.value)).sorted().joined(separator: ", ")
        out.append(
          .error(
            "lint.outlives-instruments",
            LintMessage.outlivesInstruments(
              ["id": rule.id.value, "period": rule.effective.description, "last": "\(last)", "docs": "\(docsCited)"]),
            at: rule.id.location))
      }
    }
    for (_, parameter) in pack.pack.parameters.sorted(by: { $0.key < $1.key }) {
      out += parameter.basis.compactMap(unknown)
    }
    return out
  }
}
