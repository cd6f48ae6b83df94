import Foundation
import TestSupport

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// How one run of the built `dqtv` ended, with the resources it took.
struct BoundedRun: CustomStringConvertible {
  /// The exit status, when the process exited.
  var status: Int32?
  /// The signal that ended the process, when one did (a crash, or the kill on timeout).
  var signal: Int32?
  /// Whether the run passed its time limit and was killed.
  var timedOut: Bool
  var stdout: String
  var stderr: String
  /// The child's peak resident memory, in bytes (see ``runBounded(_:stdinPath:timeout:)``).
  var peakMemoryBytes: Int
  /// Wall-clock time, in seconds.
  var seconds: Double

  var description: String {
    let end = timedOut ? "timed out" : signal.map { "signal \($0)" } ?? "exit \(status ?? -1)"
    return "\(end) after \(String(format: "%.2f", seconds)) s, peak \(peakMemoryBytes >> 20) MiB; "
      + "stderr: \(stderr.prefix(600))"
  }
}

/// Runs the built `dqtv` with `arguments` and standard input read from `stdinPath` (default:
/// none), and kills it after `timeout` seconds, so that a hang fails its test instead of
/// blocking the run. Standard output and error go to temporary files, so that no pipe can fill
/// and block the child.
///
/// Peak memory is the child's high-water mark (`VmHWM` in `/proc/PID/status`, Linux only; 0
/// elsewhere), read every few milliseconds while it runs: a spike in its last milliseconds may
/// be missed. The child is started with Foundation's `Process`, as other tests start theirs, so
/// that the two ways of reaping children do not meet in one process.
func runBounded(
  _ arguments: [String], stdinPath: String? = nil, timeout: Double = 60
) throws -> BoundedRun {
  let scratch = try Scratch()
  let outPath = scratch.path("stdout")
  let errPath = scratch.path("stderr")
  _ = FileManager.default.createFile(atPath: outPath, contents: nil)
  _ = FileManager.default.createFile(atPath: errPath, contents: nil)
  let out = try FileHandle(forWritingTo: URL(fileURLWithPath: outPath))
  let err = try FileHandle(forWritingTo: URL(fileURLWithPath: errPath))
  defer {
    try? out.close()
    try? err.close()
  }
  let process = Process()
  process.executableURL = dqtvExecutable()
  process.arguments = arguments
  process.standardOutput = out
  process.standardError = err
  if let stdinPath {
    process.standardInput = FileHandle(forReadingAtPath: stdinPath)
  } else {
    process.standardInput = FileHandle.nullDevice
  }
  let started = Date()
  try process.run()
  let statusPath = "/proc/\(process.processIdentifier)/status"
  var peak = 0
  var timedOut = false
  while process.isRunning {
    peak = max(peak, highWaterMark(statusPath))
    if Date().timeIntervalSince(started) > timeout {
      timedOut = true
      kill(process.processIdentifier, SIGKILL)
      break
    }
    usleep(2_000)
  }
  process.waitUntilExit()
  let seconds = Date().timeIntervalSince(started)
  let signaled = process.terminationReason == .uncaughtSignal
  return BoundedRun(
    status: signaled ? nil : process.terminationStatus,
    signal: signaled ? process.terminationStatus : nil,
    timedOut: timedOut,
    stdout: String(decoding: FileManager.default.contents(atPath: outPath) ?? Data(), as: UTF8.self),
    stderr: String(decoding: FileManager.default.contents(atPath: errPath) ?? Data(), as: UTF8.self),
    peakMemoryBytes: peak, seconds: seconds)
}

/// The `VmHWM` line of a `/proc/PID/status` file, in bytes; 0 when it cannot be read.
private func highWaterMark(_ statusPath: String) -> Int {
  guard let data = FileManager.default.contents(atPath: statusPath) else { return 0 }
  for line in String(decoding: data, as: UTF8.self).split(separator: "\n") where line.hasPrefix("VmHWM:") {
    let digits = line.filter(\.isNumber)
    return (Int(digits) ?? 0) * 1024
  }
  return 0
}

/// A failure to start or watch the child.
struct RunFailure: Error, CustomStringConvertible {
  let description: String
  init(_ description: String) { self.description = description }
}

/// A temporary folder, removed when the value is released.
final class Scratch {
  let url: URL

  init() throws {
    url = FileManager.default.temporaryDirectory.appendingPathComponent("dqtv-hostile-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(at: url) }

  /// The path of a file in the folder.
  func path(_ name: String) -> String { url.appendingPathComponent(name).path }

  /// Writes `bytes` to a file of the folder and returns its path.
  @discardableResult
  func write(_ name: String, _ bytes: [UInt8]) throws -> String {
    let p = path(name)
    try Data(bytes).write(to: URL(fileURLWithPath: p))
    return p
  }

  /// Writes text to a file of the folder and returns its path.
  @discardableResult
  func write(_ name: String, _ text: String) throws -> String {
    try write(name, Array(text.utf8))
  }
}
