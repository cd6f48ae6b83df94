import ArgumentParser
import RuleEngine
import SourceDiagnostics

extension Language: ExpressibleByArgument {}
extension Severity: ExpressibleByArgument {}

/// `--fail-on`: the least severity that makes the exit code 1.
enum FailOn: String, ExpressibleByArgument, CaseIterable {
  case error, warning, info, never

  /// The least severity that fails the run; `nil` for `never`.
  var threshold: Severity? {
    switch self {
    case .never: nil
    case .error: .error
    case .warning: .warning
    case .info: .info
    }
  }

  func fails(_ severity: Severity) -> Bool {
    switch self {
    case .never: false
    case .error: severity >= .error
    case .warning: severity >= .warning
    case .info: true
    }
  }
}

struct CalendarDateArgument: ExpressibleByArgument {
  let date: CalendarDate
  init?(argument: String) {
    guard let d = CalendarDate(argument) else { return nil }
    date = d
  }
  static var defaultValueDescription: String { "YYYY-MM-DD" }
}

/// `--rules`: the packs to apply.
struct RulePackOptions: ParsableArguments {
  @Option(
    name: .customLong("rules"),
    help: ArgumentHelp(
      "A rule pack folder, or the bundled pack's name (dqtv). Repeat for several packs; default: the bundled pack.",
      valueName: "pack-dir"))
  var paths: [String] = []
}
