import Foundation

/// The pack a command applies when it names none: the pack folder the command is run in, or
/// the nearest folder above it that is a pack, else the workspace's default pack.
package struct PackChoice: Sendable, Equatable {
  /// The paths to load.
  package var paths: [String]
  /// The pack folder found around the working folder, when the command named no pack.
  package var discovered: String?
}

extension Workspace {
  /// The packs a command applies: those named, else the pack folder holding `directory` (the
  /// folder itself or the nearest above it with a `pack.yaml`), else the default pack.
  package func choosePacks(_ paths: [String], from directory: String) -> PackChoice {
    guard paths.isEmpty else { return PackChoice(paths: paths, discovered: nil) }
    var url = URL(fileURLWithPath: directory).standardizedFileURL
    while true {
      if DirectoryPackSource.isPack(url.path) { return PackChoice(paths: [url.path], discovered: url.path) }
      let parent = url.deletingLastPathComponent()
      if parent.path == url.path { break }
      url = parent
    }
    return PackChoice(paths: [defaultPack], discovered: nil)
  }
}
