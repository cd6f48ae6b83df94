import SourceDiagnostics

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where libyaml reads its bytes from: a buffer in memory, or a file read in chunks so that a
/// large file is never held whole in memory while its tree is built.
///
/// Counts what it has handed out and refuses to read past the size limit, so a file that grows
/// while it is read, or an endless stream, stops at the limit.
final class ByteInput {
  enum Failure: Equatable {
    case tooLarge
    case utf16
    case readError(LocalizedText)
  }

  private let buffer: [UInt8]?
  private let descriptor: Int32
  private var cursor = 0
  let limit: Int
  /// Bytes handed to libyaml so far.
  private(set) var consumed = 0
  private(set) var failure: Failure?
  private var sawStart = false
  /// For a stream that cannot be read twice (a FIFO, a terminal, a device), the bytes handed
  /// out so far, to place an error afterwards; `nil` for a buffer or a regular file.
  private(set) var retained: [UInt8]?

  init(bytes: [UInt8], limit: Int) {
    self.buffer = bytes
    self.descriptor = -1
    self.limit = limit
  }

  /// Opens a file for reading.
  /// - Throws: the system's reason when the file cannot be opened.
  init(path: String, limit: Int) throws(ByteInputOpenError) {
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else { throw ByteInputOpenError(reason: ByteInput.lastErrorText()) }
    self.buffer = nil
    self.descriptor = fd
    self.limit = limit
    var info = stat()
    if fstat(fd, &info) != 0 || (info.st_mode & S_IFMT) != S_IFREG { retained = [] }
  }

  deinit {
    if descriptor >= 0 { close(descriptor) }
  }

  static func lastErrorText() -> LocalizedText {
    SystemErrorMessage.lastReason()
  }

  /// The size of the file, when it is a regular file, to size the tables up front.
  var expectedSize: Int? {
    if let buffer { return buffer.count }
    var info = stat()
    guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
    return Int(info.st_size)
  }

  /// Fills `target` with up to `size` bytes; returns the count, 0 at the end, or `nil` on a
  /// failure (recorded in ``failure``).
  func read(into target: UnsafeMutablePointer<UInt8>, size: Int) -> Int? {
    var n: Int
    if let buffer {
      n = Swift.min(size, buffer.count - cursor)
      if n > 0 {
        buffer.withUnsafeBufferPointer { all in
          target.update(from: all.baseAddress! + cursor, count: n)
        }
      }
      cursor += n
    } else {
      repeat {
        n = systemRead(descriptor, target, size)
      } while n < 0 && errno == EINTR
      if n < 0 {
        failure = .readError(ByteInput.lastErrorText())
        return nil
      }
    }
    if !sawStart && n > 0 {
      // libyaml accepts UTF-16 with a byte-order mark; dqtv accepts UTF-8 only.
      if n >= 2 && ((target[0] == 0xFF && target[1] == 0xFE) || (target[0] == 0xFE && target[1] == 0xFF)) {
        failure = .utf16
        return nil
      }
      sawStart = true
    }
    consumed += n
    if retained != nil && n > 0 {
      // At most the limit and one chunk: the read below fails past the limit.
      retained!.append(contentsOf: UnsafeBufferPointer(start: target, count: n))
    }
    if consumed > limit {
      failure = .tooLarge
      return nil
    }
    return n
  }
}

/// Why a file could not be opened.
struct ByteInputOpenError: Error {
  let reason: LocalizedText
}

@inline(__always)
private func systemRead(_ fd: Int32, _ buffer: UnsafeMutablePointer<UInt8>, _ size: Int) -> Int {
  #if canImport(Darwin)
    Darwin.read(fd, buffer, size)
  #elseif canImport(Musl)
    Musl.read(fd, buffer, size)
  #else
    Glibc.read(fd, buffer, size)
  #endif
}
