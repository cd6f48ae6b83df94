import DQTVCommands
import TestSupport
import Testing

@Suite struct ExitStatusTests {
  @Test func codesAreThoseOfTheContract() {
    #expect(ExitStatus.success.rawValue == 0)
    #expect(ExitStatus.findings.rawValue == 1)
    #expect(ExitStatus.invalidInput.rawValue == 2)
    #expect(ExitStatus.usage.rawValue == 64)
  }

  @Test func versionPrintsAndExitsZero() throws {
    let run = try runDQTV(["--version"])
    #expect(run.status == 0)
    #expect(run.stdout == DQTVCommand.version + "\n")
    #expect(run.stderr.isEmpty)
  }

  @Test func unknownOptionIsAUsageError() throws {
    let run = try runDQTV(["--no-such-option"])
    #expect(run.status == ExitStatus.usage.rawValue)
    #expect(run.stdout.isEmpty)
    #expect(run.stderr.contains("--no-such-option"))
  }

  @Test func helpDocumentsTheExitCodes() throws {
    let run = try dqtv(["--help"])
    #expect(run.status == 0)
    for code in ["0 ", "1 ", "2 ", "64"] {
      #expect(run.stdout.contains("\n  \(code)"), "exit code \(code) is not documented in --help")
    }
  }
}
