import ArgumentParser
import Foundation
import RuleEngine
import SourceDiagnostics

/// Loads and compiles the packs a command names, printing every problem with its place.
struct PackSelection {
  let packs: [CompiledPack]
  let files: [SourceFile]

  static var bundledSource: MemoryPackSource {
    // Named as in the repository, so that findings and SARIF point at the files it was made from.
    MemoryPackSource(name: "rules/\(BundledPack.name)", files: BundledPack.files)
  }

  static var loader: RulePackLoader {
    RulePackLoader(namedPacks: [BundledPack.name: bundledSource])
  }

  static func source(for path: String) -> (any PackSource)? {
    if path == BundledPack.name && !DirectoryPackSource.isPack(path) { return bundledSource }
    return DirectoryPackSource.isPack(path) ? DirectoryPackSource(root: path) : nil
  }

  /// Loads and compiles the packs; on any error prints the diagnostics and throws exit 2.
  static func load(_ paths: [String]) throws -> PackSelection {
    var compiled: [CompiledPack] = []
    var files: [SourceFile] = []
    var problems: [Diagnostic] = []
    for path in paths.isEmpty ? [BundledPack.name] : paths {
      guard let source = source(for: path) else {
        problems.append(.error("pack.not-found", "no rule pack at \(path): a pack is a folder with a pack.yaml", at: nil))
        continue
      }
      let loaded = loader.load(source)
      files += loaded.files
      problems += loaded.diagnostics.sorted
      guard let pack = loaded.pack, !loaded.diagnostics.hasErrors else { continue }
      let (c, diagnostics) = RuleCompiler().compile(pack)
      problems += diagnostics.sorted
      if let c { compiled.append(c) }
    }
    // A pack that extends another already holds its rules: keep only the outermost.
    let names = Set(compiled.flatMap { $0.pack.lineage.dropFirst().map(\.name) })
    if compiled.count > 1 { compiled.removeAll { names.contains($0.pack.name) } }
    var owner: [String: String] = [:]
    for pack in compiled {
      for id in Set(pack.rules.map(\.id)) {
        if let other = owner[id], other != pack.pack.name {
          problems.append(.error("pack.id-clash", "the rule id '\(id)' is in both the pack '\(other)' and the pack '\(pack.pack.name)'", at: nil))
        }
        owner[id] = pack.pack.name
      }
    }
    Console.report(problems, files: files)
    if problems.contains(where: { $0.severity == .error }) {
      throw ExitCode(ExitStatus.invalidInput.rawValue)
    }
    return PackSelection(packs: compiled, files: files)
  }
}
