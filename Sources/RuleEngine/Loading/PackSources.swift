import Foundation

/// A pack in a folder on disk.
package struct DirectoryPackSource: PackSource {
  package let root: String

  package init(root: String) {
    self.root = root.hasSuffix("/") && root.count > 1 ? String(root.dropLast()) : root
  }

  package var description: String { root }

  package func read(_ path: String) -> [UInt8]? {
    guard let data = FileManager.default.contents(atPath: displayPath(path)) else { return nil }
    return [UInt8](data)
  }

  package func list(_ folder: String) -> [String] {
    let path = folder.isEmpty ? root : "\(root)/\(folder)"
    return ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted()
  }

  package func displayPath(_ path: String) -> String { "\(root)/\(path)" }

  package func relative(_ path: String) -> (any PackSource)? {
    let target = path.hasPrefix("/") ? path : "\(root)/\(path)"
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: target, isDirectory: &isDirectory), isDirectory.boolValue else {
      return nil
    }
    return DirectoryPackSource(root: target)
  }

  package var resolvedRoot: String? { Self.realPath(root) }

  package func resolvedPath(_ path: String) -> String? { Self.realPath(displayPath(path)) }

  /// `realpath(3)`: the path with every link, `.` and `..` resolved; `nil` when it does not exist.
  static func realPath(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }

  /// Whether a folder holds a pack (a `pack.yaml`).
  package static func isPack(_ path: String) -> Bool {
    FileManager.default.fileExists(atPath: "\(path)/pack.yaml")
  }
}

/// A pack held in memory: the bundled pack, compiled into the binary, or a test's pack.
package struct MemoryPackSource: PackSource {
  package let name: String
  package let files: [String: String]

  package init(name: String, files: [String: String]) {
    self.name = name
    self.files = files
  }

  package var description: String { name }

  package func read(_ path: String) -> [UInt8]? { files[path].map { Array($0.utf8) } }

  package func list(_ folder: String) -> [String] {
    let prefix = folder.isEmpty ? "" : folder + "/"
    return files.keys.filter { $0.hasPrefix(prefix) && !$0.dropFirst(prefix.count).contains("/") }
      .map { String($0.dropFirst(prefix.count)) }.sorted()
  }

  package func displayPath(_ path: String) -> String { "\(name)/\(path)" }

  package func relative(_ path: String) -> (any PackSource)? { nil }
}
