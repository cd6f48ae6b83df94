import SourceDiagnostics

/// What `check` and `--version` say to scripts and their people: the packs and their horizon,
/// rule globs that match nothing, the configuration file and baselines.
enum ScriptMessage: String, MessageCatalogue {
  case packVersion = "script.version-pack"
  case packVersionNoHorizon = "script.version-pack-no-horizon"
  case globMatchesNoRule = "script.glob-matches-no-rule"
  case didYouMean = "script.did-you-mean"
  case baselineUnreadable = "script.baseline-unreadable"
  case baselineNotAReport = "script.baseline-not-a-report"
  case writeFailed = "script.write-failed"

  var template: LocalizedText {
    switch self {
    case .packVersion:
      LocalizedText(
        vi: "bộ quy tắc {pack} {version}, nắm được pháp luật đến hết ngày {date}",
        en: "rule pack {pack} {version}, knows the law up to {date}")
    case .packVersionNoHorizon:
      LocalizedText(
        vi: "bộ quy tắc {pack} {version}, không ghi ngày cuối cùng nắm được pháp luật",
        en: "rule pack {pack} {version}, which does not say up to when it knows the law")
    case .globMatchesNoRule:
      LocalizedText(
        vi: "`{option} {glob}` không khớp với mã quy tắc nào của bộ quy tắc đã chọn",
        en: "{option} {glob} matches no rule id of the selected packs")
    case .didYouMean:
      LocalizedText(vi: "có phải ý bạn là {name}?", en: "did you mean {name}?")
    case .baselineUnreadable:
      LocalizedText(
        vi: "không đọc được tệp mốc so sánh {file}: {reason}", en: "cannot read the baseline {file}: {reason}")
    case .writeFailed:
      LocalizedText(vi: "không ghi được {file}: {reason}", en: "cannot write {file}: {reason}")
    case .baselineNotAReport:
      LocalizedText(
        vi: "tệp mốc so sánh {file} không phải là báo cáo dạng JSON của dqtv",
        en: "the baseline {file} is not a JSON report of dqtv")
    }
  }
}
