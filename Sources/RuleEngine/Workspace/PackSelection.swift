import SourceDiagnostics

/// The packs a run applies, loaded and compiled, with every problem met on the way.
package struct PackSelection: Sendable {
  /// The packs that compiled, outermost only (a pack that another extends is left out).
  package var packs: [CompiledPack]
  /// Every file read, to show snippets of.
  package var files: [SourceFile]
  /// What went wrong, each pack's problems sorted by place.
  package var diagnostics: [Diagnostic]

  /// Whether the run cannot go on (a pack is missing, unreadable, invalid, or ids clash).
  package var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

  /// Every rule id of the selected packs.
  package var ruleIDs: Set<String> { Set(packs.flatMap { $0.rules.map(\.id) }) }

  /// The first pack with a rule of this id.
  package func pack(withRule id: String) -> CompiledPack? {
    packs.first { $0.rules.contains { $0.id == id } }
  }

  /// The id nearest to an unknown one, for "did you mean".
  package func nearestRuleID(to id: String) -> String? {
    NameSuggestion.nearest(to: id, in: ruleIDs)
  }
}

extension Workspace {
  /// Loads and compiles the packs at `paths` (the default pack when none). A pack that another
  /// selected pack extends already has its rules in that pack, so only the outermost is kept;
  /// a rule id in two selected packs is an error.
  /// The packs' report blocks are compiled when `includingReport` (for the HTML report).
  package func loadPacks(_ paths: [String], includingReport: Bool = false) -> PackSelection {
    var compiled: [CompiledPack] = []
    var files: [SourceFile] = []
    var problems: [Diagnostic] = []
    for path in packPaths(paths) {
      guard let source = source(for: path) else {
        problems.append(
          .error("pack.not-found", PackMessage.notFound(["path": path]), at: nil))
        continue
      }
      let loaded = packLoader.load(source)
      files += loaded.files
      problems += loaded.diagnostics.sorted
      guard let pack = loaded.pack, !loaded.diagnostics.hasErrors else { continue }
      let (c, diagnostics) = RuleCompiler().compile(pack, includingReport: includingReport)
      problems += diagnostics.sorted
      if let c { compiled.append(c) }
    }
    let extended = Set(compiled.flatMap { $0.pack.lineage.dropFirst().map(\.name) })
    if compiled.count > 1 { compiled.removeAll { extended.contains($0.pack.name) } }
    var owner: [String: String] = [:]
    for pack in compiled {
      for id in Set(pack.rules.map(\.id)) {
        if let other = owner[id], other != pack.pack.name {
          problems.append(
            .error(
              "pack.id-clash", PackMessage.idInTwoPacks(["id": id, "first": other, "second": pack.pack.name]),
              at: nil))
        }
        owner[id] = pack.pack.name
      }
    }
    return PackSelection(packs: compiled, files: files, diagnostics: problems)
  }
}
