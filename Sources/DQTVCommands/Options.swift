import ArgumentParser
import RuleEngine

extension Language: ExpressibleByArgument {}
extension Severity: ExpressibleByArgument {}

/// `--fail-on`: the least severity that makes the exit code 1.
enum FailOn: String, ExpressibleByArgument, CaseIterable {
  case error, warning, info, never

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
    help: ArgumentHelp("A rule pack folder, or the bundled pack's name (dqtv). Repeat for several packs; default: the bundled pack.", valueName: "pack-dir"))
  var paths: [String] = []
}

/// A glob on rule ids: `*` any run of characters, `?` one.
struct RuleGlob {
  let pattern: [Character]

  init(_ pattern: String) { self.pattern = Array(pattern) }

  func matches(_ id: String) -> Bool {
    let text = Array(id)
    var p = 0, t = 0, star = -1, mark = 0
    while t < text.count {
      if p < pattern.count && (pattern[p] == "?" || pattern[p] == text[t]) {
        p += 1
        t += 1
      } else if p < pattern.count && pattern[p] == "*" {
        star = p
        mark = t
        p += 1
      } else if star >= 0 {
        p = star + 1
        mark += 1
        t = mark
      } else {
        return false
      }
    }
    while p < pattern.count && pattern[p] == "*" { p += 1 }
    return p == pattern.count
  }
}
