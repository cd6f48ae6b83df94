import ArgumentParser

/// The root `dqtv` command.
package struct DQTVCommand: ParsableCommand {
  /// The tool's version, printed by `--version` and written into reports.
  package static let version = "0.1.0"

  package static let configuration = CommandConfiguration(
    commandName: "dqtv",
    abstract: "Check what a locality reports about its Militia and Self-Defence Forces against the law.",
    discussion: """
      Exit codes (every command):
        0   done; no finding at or above --fail-on
        1   findings at or above --fail-on; a failing rule test; a rule error in lint
        2   could not do the job: unreadable or invalid input, an invalid rule pack
        64  a bad command line
      """,
    version: version,
    subcommands: [Check.self, Lint.self, Test.self, Eval.self, Explain.self, Rules.self, Schema.self, Init.self, Functions.self]
  )

  package init() {}
}

extension DQTVCommand {
  /// Runs a command line in process, as the executable does, with `io` as its streams; returns
  /// the exit status. Tests run commands this way rather than launching the binary.
  package static func run(_ arguments: [String], io: CommandIO) -> Int32 {
    CommandIO.$current.withValue(io) {
      do {
        var command = try parseAsRoot(arguments)
        try command.run()
        return ExitStatus.success.rawValue
      } catch {
        let status = exitCode(for: error).rawValue
        let message = fullMessage(for: error)
        if !message.isEmpty { (status == 0 ? io.out : io.err)(message + "\n") }
        return status
      }
    }
  }
}
