import Foundation
import SourceDiagnostics

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Why writing to a stream stopped.
package enum WriteFailure: Sendable, Equatable {
  /// The reader went away (EPIPE): the run ends quietly.
  case brokenPipe
  /// Any other error (ENOSPC, EBADF, EIO, ...), with its errno.
  case error(Int32)

  /// The system's description of the error, in both languages.
  var reason: LocalizedText {
    switch self {
    case .brokenPipe: SystemErrorMessage.reason(errno: EPIPE)
    case .error(let code): SystemErrorMessage.reason(errno: code)
    }
  }
}

/// One of the process's output streams, written with write(2). A failed write does not stop
/// the process: the first failure is remembered, later writes are dropped, and the command
/// decides at its end what the failure means for the exit status.
package final class StreamWriter: @unchecked Sendable {
  private let lock = NSLock()
  private let descriptor: Int32
  private var failed: WriteFailure?

  /// A stream that was closed when the process started is one where every write fails (EBADF),
  /// even though its descriptor now holds /dev/null (see ``StreamWriter/guardStandardDescriptors()``).
  package init(descriptor: Int32, closed: Bool = false) {
    self.descriptor = descriptor
    closedAtStart = closed
  }

  private let closedAtStart: Bool

  /// The first failure, if a write failed.
  package var failure: WriteFailure? { lock.withLock { failed } }

  package func write(_ text: String) { write(bytes: Array(text.utf8)) }

  /// Writes UTF-8 bytes, as ``write(_:)`` writes text.
  package func write(bytes: [UInt8]) {
    lock.withLock {
      guard failed == nil else { return }
      if closedAtStart {
        failed = .error(EBADF)
        return
      }
      var offset = 0
      while offset < bytes.count {
        let written = bytes.withUnsafeBytes { buffer -> Int in
          guard let base = buffer.baseAddress else { return 0 }
          return systemWrite(descriptor, base + offset, buffer.count - offset)
        }
        if written < 0 {
          if errno == EINTR { continue }
          failed = errno == EPIPE ? .brokenPipe : .error(errno)
          return
        }
        offset += written
      }
    }
  }

  /// Makes sure descriptors 0, 1 and 2 are open, so that no file this process opens later
  /// takes the place of a closed standard stream; returns which of them were closed.
  package static func guardStandardDescriptors() -> Set<Int32> {
    var closed: Set<Int32> = []
    for descriptor: Int32 in 0...2 where fcntl(descriptor, F_GETFD) == -1 && errno == EBADF {
      let null = open("/dev/null", O_RDWR)
      if null >= 0 && null != descriptor {
        dup2(null, descriptor)
        close(null)
      }
      closed.insert(descriptor)
    }
    return closed
  }
}

private func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
  #if canImport(Glibc)
    Glibc.write(descriptor, buffer, count)
  #else
    Darwin.write(descriptor, buffer, count)
  #endif
}
