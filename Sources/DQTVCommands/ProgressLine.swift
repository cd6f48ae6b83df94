import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The progress of a long check, on one line of standard error: shown only when standard
/// error is a terminal and the check has run for more than a second, never on standard output.
final class ProgressLine: @unchecked Sendable {
  private let lock = NSLock()
  private let start = Date()
  private let enabled: Bool
  private var shown = false
  private var lastDraw = Date.distantPast
  private var label = ""

  init() {
    enabled = isatty(STDERR_FILENO) == 1
  }

  /// Names what is being done (`tệp 2/5: province.yaml`).
  func begin(_ label: String) {
    lock.lock()
    self.label = label
    lock.unlock()
  }

  func update(done: Int, total: Int) {
    guard enabled else { return }
    lock.lock()
    defer { lock.unlock() }
    let now = Date()
    guard now.timeIntervalSince(start) > 1, now.timeIntervalSince(lastDraw) > 0.1 else { return }
    lastDraw = now
    shown = true
    let percent = total > 0 ? 100 * done / total : 100
    FileHandle.standardError.write(Data("\r\u{1B}[K[dqtv] \(label): \(percent)%".utf8))
  }

  /// Clears the line, if anything was shown.
  func finish() {
    lock.lock()
    defer { lock.unlock() }
    if shown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    shown = false
  }
}
