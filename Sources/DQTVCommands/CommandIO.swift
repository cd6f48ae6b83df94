import Foundation
import RuleEngine
import SourceDiagnostics

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where a command's text goes and where its standard input comes from. The process uses the
/// real streams; a test runs a command in process with its own (``CommandIO/capture(stdin:)``),
/// set for the run with `CommandIO.$current.withValue(io) { ... }`.
package struct CommandIO: Sendable {
  /// Writes findings and reports.
  package var out: @Sendable (String) -> Void
  /// Writes a report already in UTF-8 to the same stream as `out`, when the stream takes bytes
  /// (the process's own); `nil` where output is kept as text.
  package var outBytes: (@Sendable ([UInt8]) -> Void)?
  /// Writes problems of the run itself.
  package var err: @Sendable (String) -> Void
  /// Reads standard input, up to a number of bytes.
  package var readInput: @Sendable (_ limit: Int) -> [UInt8]
  /// Whether standard output and standard error are terminals (colours, the progress line).
  package var outputIsTerminal: Bool
  package var errorIsTerminal: Bool
  /// The environment (`NO_COLOR`).
  package var environment: [String: String]
  /// How long a check runs before the progress line shows, in seconds (tests make it 0).
  package var progressDelay: Double = 1
  /// The first failed write to standard output and to standard error, if any.
  package var writeFailures: @Sendable () -> (out: WriteFailure?, err: WriteFailure?) = { (nil, nil) }
  /// The bytes of the arguments that are not UTF-8, by the form the command saw them in (see
  /// ``CommandLineArguments``).
  package var rawArguments: [String: [UInt8]] = [:]

  package init(
    out: @escaping @Sendable (String) -> Void, err: @escaping @Sendable (String) -> Void,
    readInput: @escaping @Sendable (Int) -> [UInt8], outputIsTerminal: Bool = false, errorIsTerminal: Bool = false,
    environment: [String: String] = [:]
  ) {
    self.out = out
    self.err = err
    self.readInput = readInput
    self.outputIsTerminal = outputIsTerminal
    self.errorIsTerminal = errorIsTerminal
    self.environment = environment
  }

  /// The process's own streams. `closed` names the standard descriptors that were closed when
  /// the process started: writing to one of them is a write error.
  package static func standard(closed: Set<Int32> = []) -> CommandIO {
    let out = StreamWriter(descriptor: STDOUT_FILENO, closed: closed.contains(STDOUT_FILENO))
    let err = StreamWriter(descriptor: STDERR_FILENO, closed: closed.contains(STDERR_FILENO))
    var io = CommandIO(
      out: { out.write($0) }, err: { err.write($0) },
      readInput: { Workspace.readUpTo($0, from: FileHandle.standardInput) },
      outputIsTerminal: isatty(STDOUT_FILENO) == 1, errorIsTerminal: isatty(STDERR_FILENO) == 1,
      environment: ProcessInfo.processInfo.environment)
    io.outBytes = { out.write(bytes: $0) }
    io.writeFailures = { (out.failure, err.failure) }
    return io
  }

  /// The file an argument names: by the bytes of the command line when the argument was not
  /// UTF-8, by the argument itself otherwise.
  package func filePath(_ argument: String) -> RawFilePath {
    rawArguments[argument].map { RawFilePath(bytes: $0) } ?? RawFilePath(argument)
  }

  /// The file a name shown in diagnostics stands for: an argument (``filePath(_:)``), or a file
  /// in a folder given by an argument that is not UTF-8 (`p\\xE3/pack.yaml`), by its bytes.
  package func shownFilePath(_ shown: String) -> RawFilePath {
    if let bytes = rawArguments[shown] { return RawFilePath(bytes: bytes) }
    let folder = rawArguments.keys.filter { shown.hasPrefix($0 + "/") }.max { $0.count < $1.count }
    guard let folder, let bytes = rawArguments[folder] else { return RawFilePath(shown) }
    return RawFilePath(bytes: bytes + Array(shown.dropFirst(folder.count).utf8))
  }

  /// The streams of the command being run.
  @TaskLocal package static var current: CommandIO = .standard()
}

/// Text a command wrote, gathered in memory.
package final class CapturedOutput: @unchecked Sendable {
  private let lock = NSLock()
  private var outText = ""
  private var errText = ""

  package init() {}

  package var stdout: String { lock.withLock { outText } }
  package var stderr: String { lock.withLock { errText } }

  fileprivate func append(_ text: String, error: Bool) {
    lock.withLock {
      if error { errText += text } else { outText += text }
    }
  }
}

extension CommandIO {
  /// Streams that gather what is written, with `stdin` as standard input.
  package static func capture(stdin: String = "", environment: [String: String] = [:]) -> (CommandIO, CapturedOutput) {
    let captured = CapturedOutput()
    let input = Array(stdin.utf8)
    let io = CommandIO(
      out: { captured.append($0, error: false) }, err: { captured.append($0, error: true) },
      readInput: { Array(input.prefix($0)) }, environment: environment)
    return (io, captured)
  }
}
