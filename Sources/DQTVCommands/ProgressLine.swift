import Foundation

/// The progress of a long check, on one line of standard error: shown only when standard
/// error is a terminal and the check has run for more than a second, never on standard output.
/// Told of progress from the threads that judge, so it keeps its own way to standard error.
final class ProgressLine: @unchecked Sendable {
  private let lock = NSLock()
  private let start = Date()
  private let enabled: Bool
  private let delay: Double
  private let write: @Sendable (String) -> Void
  private var shown = false
  private var lastDraw = Date.distantPast
  private var label = ""

  init(io: CommandIO = .current) {
    enabled = io.errorIsTerminal
    delay = io.progressDelay
    write = io.err
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
    guard now.timeIntervalSince(start) >= delay, now.timeIntervalSince(lastDraw) > 0.1 else { return }
    lastDraw = now
    shown = true
    let percent = total > 0 ? 100 * done / total : 100
    write("\r\u{1B}[K[dqtv] \(label): \(percent)%")
  }

  /// Clears the line, if anything was shown.
  func finish() {
    lock.lock()
    defer { lock.unlock() }
    if shown { write("\r\u{1B}[K") }
    shown = false
  }
}
