import SourceDiagnostics

/// What a settings file (`.dqtv.yaml`) can be told.
package enum SettingsMessage: String, MessageCatalogue {
  case notAMapping = "settings.not-a-mapping"
  case unknownKey = "settings.unknown-key"
  case unknownKeyNear = "settings.unknown-key.near"
  case notAValue = "settings.not-a-value"
  case notAValueOrList = "settings.not-a-value-or-list"
  case badChoice = "settings.bad-choice"

  package var template: LocalizedText {
    switch self {
    case .notAMapping:
      LocalizedText(
        vi: "tệp cấu hình phải là một ánh xạ gồm các khóa {keys}",
        en: "a settings file is a mapping with the keys {keys}")
    case .unknownKey:
      LocalizedText(
        vi: "khóa '{key}' không có trong tệp cấu hình (các khóa được dùng: {keys})",
        en: "unknown key '{key}' in the settings file (allowed: {keys})")
    case .unknownKeyNear:
      LocalizedText(
        vi: "khóa '{key}' không có trong tệp cấu hình; có phải ý bạn là '{near}'?",
        en: "unknown key '{key}' in the settings file; did you mean '{near}'?")
    case .notAValue:
      LocalizedText(vi: "'{key}' phải là một giá trị đơn", en: "'{key}' must be a single value")
    case .notAValueOrList:
      LocalizedText(
        vi: "'{key}' phải là một giá trị đơn hoặc một danh sách giá trị",
        en: "'{key}' must be a single value or a list of values")
    case .badChoice:
      LocalizedText(
        vi: "'{key}' là '{value}', phải là một trong: {choices}",
        en: "'{key}' is '{value}'; it must be one of: {choices}")
    }
  }
}
