import SourceDiagnostics

/// Messages of the command line's bounds: cost limits, memory limits.
package enum SafetyCommandMessage: String, MessageCatalogue {
  case costLimitNotPositive = "command.cost-limit-not-positive"

  package var template: LocalizedText {
    switch self {
    case .costLimitNotPositive:
      LocalizedText(
        vi: "`{option}` phải là một số bước lớn hơn 0",
        en: "{option} must be a number of steps greater than 0")
    }
  }
}
