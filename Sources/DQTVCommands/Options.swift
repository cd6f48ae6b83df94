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
  /// A date written YYYY-MM-DD, or DD/MM/YYYY as Vietnamese officials write it (`30/06/2026`).
  init?(argument: String) {
    guard let d = Self.date(argument) else { return nil }
    date = d
  }

  static func date(_ text: String) -> CalendarDate? {
    if let d = CalendarDate(text) { return d }
    let parts = text.split(separator: "/", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[2].count == 4, (1...2).contains(parts[0].count), (1...2).contains(parts[1].count),
      parts.allSatisfy({ $0.allSatisfy(\.isASCII) }), let day = Int(parts[0]), let month = Int(parts[1]),
      let year = Int(parts[2])
    else { return nil }
    return CalendarDate(year: year, month: month, day: day)
  }
  static var defaultValueDescription: String { "YYYY-MM-DD" }
}

/// `--rules`: the packs to apply.
struct RulePackOptions: ParsableArguments {
  @Option(
    name: .customLong("rules"),
    help: .help(.rules, value: .packDir))
  var paths: [String] = []
}
