import SourceDiagnostics

/// How serious a finding is: `error` where a statute says it, `warning` where the statute is
/// unclear or only ministry practice, `info` for planning indicators.
///
/// `info < warning < error`, on the same ordering as ``DiagnosticSeverity``.
package enum Severity: String, Sendable, CaseIterable, SeriousnessRanked, Codable {
  case error
  case warning
  case info

  package var rank: Int {
    switch self {
    case .error: 2
    case .warning: 1
    case .info: 0
    }
  }
}
