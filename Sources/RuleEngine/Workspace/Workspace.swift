import SourceDiagnostics
import YAML

/// The rule engine's front door: everything a command does with packs and submissions goes
/// through here (load packs, load submissions, check, explain, lint, run rule tests, evaluate an
/// expression), and the answers are values the caller prints. Nothing here writes to a stream
/// or ends the process.
package struct Workspace: Sendable {
  /// Packs known by name (the bundled pack), for `--rules NAME` and `extends: NAME`.
  package var namedPacks: [String: any PackSource]
  /// The pack applied when a command names none.
  package var defaultPack: String
  /// Limits of the YAML reader, for packs and submissions alike.
  package var yamlOptions: YAMLLoadOptions

  package init(
    namedPacks: [String: any PackSource] = [:], defaultPack: String, yamlOptions: YAMLLoadOptions = YAMLLoadOptions()
  ) {
    self.namedPacks = namedPacks
    self.defaultPack = defaultPack
    self.yamlOptions = yamlOptions
  }

  /// The loader of rule packs, knowing the named packs.
  package var packLoader: RulePackLoader {
    RulePackLoader(namedPacks: namedPacks, yamlOptions: yamlOptions)
  }

  /// The largest submission read, in bytes; standard input is read one byte further, so that
  /// an endless stream is refused rather than cut.
  package var maxSubmissionBytes: Int { yamlOptions.maxFileBytes }

  /// Where a pack named on the command line is read from: a folder with a `pack.yaml`, or a
  /// named pack when no such folder exists.
  package func source(for path: String) -> (any PackSource)? {
    if let named = namedPacks[path], !DirectoryPackSource.isPack(path) { return named }
    return DirectoryPackSource.isPack(path) ? DirectoryPackSource(root: path) : nil
  }

  /// The paths a command applies: those given, else the default pack.
  package func packPaths(_ paths: [String]) -> [String] {
    paths.isEmpty ? [defaultPack] : paths
  }
}
