import Foundation

/// The findings of the pieces of a check, each stored once by the thread that judged it.
final class PieceResults: @unchecked Sendable {
  private let lock = NSLock()
  private var pieces: [[Finding]]
  private var done = 0
  private let total: Int
  private let progress: (@Sendable (Int, Int) -> Void)?

  init(count: Int, total: Int, progress: (@Sendable (Int, Int) -> Void)?) {
    pieces = Array(repeating: [], count: count)
    self.total = total
    self.progress = progress
  }

  func store(_ findings: [Finding], at index: Int, judged: Int) {
    lock.lock()
    pieces[index] = findings
    done += judged
    let done = self.done
    lock.unlock()
    progress?(done, total)
  }

  var all: [Finding] {
    lock.lock()
    defer { lock.unlock() }
    return pieces.flatMap { $0 }
  }
}
