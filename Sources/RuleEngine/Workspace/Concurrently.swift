import Foundation

/// Two pieces of work that share nothing, done at once: the first on the calling thread, the
/// second on a thread of its own. The answers are those of doing one after the other.
package enum Concurrently {
  package static func both<A: Sendable, B: Sendable>(
    _ first: @Sendable () -> A, _ second: @escaping @Sendable () -> B
  ) -> (A, B) {
    let answer = Answer<B>()
    let thread = Thread { answer.set(second()) }
    thread.start()
    let a = first()
    // The semaphore orders the second thread's write before this read; should no answer be
    // there all the same, its work is done here.
    return (a, answer.wait() ?? second())
  }

  /// The answer of the second thread, given once.
  private final class Answer<B: Sendable>: @unchecked Sendable {
    private let given = DispatchSemaphore(value: 0)
    private var value: B?

    func set(_ value: B) {
      self.value = value
      given.signal()
    }

    /// The answer, once it is given.
    func wait() -> B? {
      given.wait()
      return value
    }
  }
}
