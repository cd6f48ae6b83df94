/// How serious a finding is: `error` where a statute says it, `warning` where the statute is
/// unclear or only ministry practice, `info` for planning indicators.
public enum Severity: String, Sendable, CaseIterable, Comparable, Codable {
  case error
  case warning
  case info

  var rank: Int {
    switch self {
    case .error: 2
    case .warning: 1
    case .info: 0
    }
  }

  /// `info < warning < error`.
  public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}
