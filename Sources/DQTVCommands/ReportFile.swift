import Foundation
import RuleEngine
import SourceDiagnostics

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A report file to be written whole or not at all: to a temporary file beside it, created so
/// that nothing planted in the folder can redirect the write, then renamed over the target.
///
/// The path is taken by the bytes of the command line when the argument was not UTF-8
/// (``CommandIO/filePath(_:)``), so a report can be written to such a name, and every system
/// call here is made with bytes.
struct ReportFile {
  let path: RawFilePath

  init(path: String) {
    self.path = CommandIO.current.filePath(path)
  }

  /// Why a target is refused before anything is written.
  enum Refusal: Error {
    /// A directory, a FIFO, a device or a socket: renaming over it is wrong or impossible.
    case notAFile(kind: LocalizedText)
    /// The same file (device and inode) as one of the run's inputs.
    case isAnInput(String)

    func message(_ path: String, language: Language) -> String {
      let text: LocalizedText =
        switch self {
        case .notAFile(let kind): CommandMessage.notAFile(localized: ["path": .init(verbatim: path), "kind": kind])
        case .isAnInput(let input): CommandMessage.isAnInput(["path": path, "input": TerminalText.escaped(input)])
        }
      return "error: \(text[language])\n"
    }
  }

  /// The device and inode of an existing file (following links), or `nil`.
  static func identity(_ path: RawFilePath) -> (device: UInt64, inode: UInt64, mode: UInt32)? {
    var info = stat()
    guard stat(systemPath(path.bytes), &info) == 0 else { return nil }
    return (UInt64(info.st_dev), UInt64(info.st_ino), UInt32(info.st_mode))
  }

  /// `bytes` as a NUL-terminated C string, to hand to a system call.
  static func systemPath(_ bytes: [UInt8]) -> [CChar] {
    bytes.map { CChar(bitPattern: $0) } + [0]
  }

  /// Refuses a target that exists and is not a regular file, or that is one of `inputs` (each
  /// named as on the command line, and opened by its bytes when it is not UTF-8).
  func validate(inputs: [String]) throws(Refusal) {
    guard let target = Self.identity(path) else { return }
    let type = target.mode & UInt32(S_IFMT)
    if type != UInt32(S_IFREG) {
      let kind: LocalizedText =
        switch type {
        case UInt32(S_IFDIR): CommandMessage.aDirectory()
        case UInt32(S_IFIFO): CommandMessage.aFIFO()
        case UInt32(S_IFCHR), UInt32(S_IFBLK): CommandMessage.aDevice()
        default: CommandMessage.aSocket()
        }
      throw .notAFile(kind: kind)
    }
    for input in inputs {
      if let other = Self.identity(CommandIO.current.shownFilePath(input)), other.device == target.device,
        other.inode == target.inode
      {
        throw .isAnInput(input)
      }
    }
  }

  /// Writes `text`: a temporary file of an unpredictable name in the target's folder, created
  /// with O_CREAT|O_EXCL|O_NOFOLLOW, given the permission bits of the file it replaces, then
  /// renamed over the target.
  func write(_ text: String) throws(POSIXError) {
    try write(bytes: Array(text.utf8))
  }

  /// Writes `bytes` as ``write(_:)`` writes text.
  func write(bytes: [UInt8]) throws(POSIXError) {
    // The folder and the last name, split at the last `/`, as bytes.
    let slash = path.bytes.lastIndex(of: UInt8(ascii: "/"))
    let folder: [UInt8] = slash.map { $0 == 0 ? [UInt8(ascii: "/")] : Array(path.bytes[..<$0]) } ?? Array(".".utf8)
    let name = slash.map { Array(path.bytes[($0 + 1)...]) } ?? path.bytes
    let existing = Self.identity(path)
    var descriptor: Int32 = -1
    var temporary: [UInt8] = []
    var random = SystemRandomNumberGenerator()
    for _ in 0..<16 {
      let tag = String(random.next(), radix: 16)
      temporary = folder + Array("/.".utf8) + name + Array(".dqtv-\(tag).tmp".utf8)
      // A new report takes the usual bits (0666 less the umask); a replaced one keeps its own.
      descriptor = open(
        Self.systemPath(temporary), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC,
        existing == nil ? 0o666 : 0o600)
      if descriptor >= 0 || errno != EEXIST { break }
    }
    guard descriptor >= 0 else { throw Self.error() }
    var failure: POSIXError?
    if let existing, fchmod(descriptor, mode_t(existing.mode & 0o7777)) != 0 { failure = Self.error() }
    if failure == nil { failure = Self.writeAll(bytes, to: descriptor) }
    if failure == nil, fsync(descriptor) != 0 { failure = Self.error() }
    if close(descriptor) != 0, failure == nil { failure = Self.error() }
    // rename(2) replaces an existing file atomically.
    if failure == nil, rename(Self.systemPath(temporary), Self.systemPath(path.bytes)) != 0 { failure = Self.error() }
    if let failure {
      unlink(Self.systemPath(temporary))
      throw failure
    }
  }

  private static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> POSIXError? {
    var offset = 0
    while offset < bytes.count {
      let written = bytes.withUnsafeBytes { buffer -> Int in
        guard let base = buffer.baseAddress else { return 0 }
        #if canImport(Glibc)
          return Glibc.write(descriptor, base + offset, buffer.count - offset)
        #else
          return Darwin.write(descriptor, base + offset, buffer.count - offset)
        #endif
      }
      if written < 0 {
        if errno == EINTR { continue }
        return error()
      }
      offset += written
    }
    return nil
  }

  private static func error() -> POSIXError { POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
}
