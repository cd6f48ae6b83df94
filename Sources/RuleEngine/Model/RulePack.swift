import SourceDiagnostics

/// A loaded rule pack, with the packs it extends folded in: one schema, the parameters with
/// their dated values, and every rule version.
package struct RulePack: Sendable {
  /// The pack's name and version, then those of the packs it extends, nearest first.
  package var lineage: [(name: String, version: String)]
  package var title: LocalizedText
  package var schema: Schema
  /// Parameters by name; an extending pack's values replace its base's.
  package var parameters: [String: Parameter]
  /// Every rule version, in file order (base packs first).
  package var rules: [Rule]
  /// The rule-test files of every pack in the lineage: the pack's source and the path in it.
  package var testFiles: [(source: any PackSource, path: String)]
  /// Where the pack's files are read from.
  package var source: any PackSource
  /// The pack folder's path (as given; `rules/dqtv` for the pack built into the binary).
  package var directory: String
  /// What the reports show besides the findings; an extending pack's replaces its base's.
  package var report: ReportSpec? = nil
  /// The instruments the pack's rules cite, and how far it knows the law (`instruments.yaml`).
  package var instruments = InstrumentList()
  /// The sources of the pack and of the packs it extends, nearest first: where its tests may
  /// read their inputs.
  package var sources: [any PackSource] = []

  /// The rule-test files of this pack alone, not of the packs it extends.
  package var ownTestFiles: [(source: any PackSource, path: String)] {
    testFiles.filter { $0.source.description == source.description }
  }

  package var name: String { lineage[0].name }
  package var version: String { lineage[0].version }
}

/// Where a pack's files are read from: a folder on disk, or the pack built into the binary.
package protocol PackSource: Sendable {
  /// A name for diagnostics: the folder's path, or `rules/dqtv` for the pack built into the binary.
  var description: String { get }
  /// The bytes of a file, by a path relative to the source's root; `nil` when missing.
  func read(_ path: String) -> [UInt8]?
  /// The files directly in a folder (relative path, `""` for the root), names only, sorted.
  func list(_ folder: String) -> [String]
  /// The path a diagnostic shows for a file of the source.
  func displayPath(_ path: String) -> String
  /// A source for a pack folder named relative to this one (`extends: ../national`), if it exists.
  func relative(_ path: String) -> (any PackSource)?
  /// The source's folder on disk with every link resolved; `nil` for a source not on disk.
  var resolvedRoot: String? { get }
  /// A file's path on disk with every link resolved; `nil` when the source is not on disk or
  /// the file does not exist.
  func resolvedPath(_ path: String) -> String?
}

extension PackSource {
  package var resolvedRoot: String? { nil }
  package func resolvedPath(_ path: String) -> String? { nil }

  /// Whether a file named relative to this source's root (as ``RuleTestRunner/resolve(_:from:)``
  /// gives it) lies inside one of `roots`, links resolved. A file that does not exist is judged
  /// by its name alone: it must not leave the root by `..` or an absolute path.
  package func isInside(_ path: String, roots: [any PackSource]) -> Bool {
    guard let real = resolvedPath(path) else {
      return !path.hasPrefix("/") && path != ".." && !path.hasPrefix("../")
    }
    return roots.contains { root in
      guard let base = root.resolvedRoot else { return false }
      return real.hasPrefix(base == "/" ? "/" : base + "/")
    }
  }
}
