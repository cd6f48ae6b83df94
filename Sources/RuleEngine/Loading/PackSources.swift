import Foundation
import SourceDiagnostics

/// A pack in a folder on disk.
package struct DirectoryPackSource: PackSource {
  /// The folder as the system is asked for it.
  package let root: String
  /// The folder as diagnostics show it: `root`, unless the folder was opened by the bytes of a
  /// name that is not UTF-8 (`root` is then its descriptor's path, kept open by `opened`).
  package let shownRoot: String
  private let opened: OpenedByBytes?

  package init(root: String) {
    self.root = root.hasSuffix("/") && root.count > 1 ? String(root.dropLast()) : root
    shownRoot = self.root
    opened = nil
  }

  /// The folder a name that is not UTF-8 gives, opened by its bytes; `nil` when it cannot be
  /// opened.
  package init?(opening path: RawFilePath) {
    guard case .success(let folder) = OpenedByBytes.open(path, directory: true) else { return nil }
    root = folder.path
    shownRoot = path.display.hasSuffix("/") && path.display.count > 1 ? String(path.display.dropLast()) : path.display
    opened = folder
  }

  private init(root: String, shownRoot: String, opened: OpenedByBytes?) {
    self.root = root
    self.shownRoot = shownRoot
    self.opened = opened
  }

  package var description: String { shownRoot }

  /// A file that is not a regular file (a FIFO, a device) is not read: it could wait forever.
  package func read(_ path: String) -> [UInt8]? {
    guard case .regular(let bytes) = Self.readRegular("\(root)/\(path)") else { return nil }
    return bytes
  }

  /// Whether a file of the pack exists but is not a regular file (a FIFO, a device, a folder).
  package func isIrregular(_ path: String) -> Bool {
    if case .irregular = Self.readRegular("\(root)/\(path)", probeOnly: true) { return true }
    return false
  }

  enum Read {
    case regular([UInt8])
    case irregular
    case missing
  }

  /// Opens `path` without waiting (O_NONBLOCK: a FIFO with no writer does not block), and reads
  /// it only when the opened file is a regular file.
  static func readRegular(_ path: String, probeOnly: Bool = false) -> Read {
    let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
    guard descriptor >= 0 else { return errno == ENXIO ? .irregular : .missing }
    let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
    var info = stat()
    guard fstat(descriptor, &info) == 0 else { return .missing }
    guard (info.st_mode & S_IFMT) == S_IFREG else { return .irregular }
    if probeOnly { return .regular([]) }
    guard let data = try? handle.readToEnd() else { return .regular([]) }
    return .regular([UInt8](data))
  }

  package func list(_ folder: String) -> [String] {
    let path = folder.isEmpty ? root : "\(root)/\(folder)"
    return ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted()
  }

  package func displayPath(_ path: String) -> String { "\(shownRoot)/\(path)" }

  /// A folder named relative to one opened by its bytes is reached through the same descriptor
  /// (kept open by the new source too) and shown under the folder's shown name.
  package func relative(_ path: String) -> (any PackSource)? {
    let absolute = path.hasPrefix("/")
    let target = absolute ? path : "\(root)/\(path)"
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: target, isDirectory: &isDirectory), isDirectory.boolValue else {
      return nil
    }
    if absolute || opened == nil { return DirectoryPackSource(root: target) }
    let trimmed = path.hasSuffix("/") && path.count > 1 ? String(path.dropLast()) : path
    return DirectoryPackSource(root: "\(root)/\(trimmed)", shownRoot: "\(shownRoot)/\(trimmed)", opened: opened)
  }

  package var resolvedRoot: String? { Self.realPath(root) }

  package func resolvedPath(_ path: String) -> String? { Self.realPath("\(root)/\(path)") }

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
