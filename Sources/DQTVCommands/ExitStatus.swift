/// The exit codes of every dqtv command, in one place (PRODUCT.md, "Exit codes").
package enum ExitStatus: Int32, Sendable, CaseIterable {
  /// Done; no finding at or above `--fail-on`; all rule tests pass; a lint without errors.
  case success = 0
  /// Findings at or above `--fail-on`; a failing rule test; a lint with rule errors; an
  /// evaluation error in `eval`.
  case findings = 1
  /// Could not do the job: unreadable or invalid input, an invalid rule pack, a parse or type
  /// error in `eval`.
  case invalidInput = 2
  /// A bad command line, as swift-argument-parser reports it.
  case usage = 64
}
