import SourceDiagnostics

/// What the engine says to a rule author: mistakes in rule tests, `eval` and `explain` paths.
package enum AuthoringMessage: String, MessageCatalogue {
  case unknownExpectedRule = "test.unknown-rule"
  case didYouMean = "authoring.did-you-mean"
  case inputMissing = "test.input-missing"
  case testNotRun = "test.not-run"
  case testBadAsOf = "test.bad-as-of"

  package var template: LocalizedText {
    switch self {
    case .unknownExpectedRule:
      LocalizedText(
        vi: "bài kiểm thử chờ quy tắc '{rule}', nhưng không gói luật nào có quy tắc này",
        en: "the test expects the rule '{rule}', which no pack has")
    case .didYouMean:
      LocalizedText(vi: "; có phải là '{name}'?", en: "; did you mean '{name}'?")
    case .inputMissing:
      LocalizedText(
        vi: "không có tệp đầu vào '{input}' (tìm tại {path}); bài kiểm thử không được chạy",
        en: "the input '{input}' does not exist (looked for {path}); the test is not run")
    case .testBadAsOf:
      LocalizedText(
        vi:
          "bài kiểm thử không có `as_of`, và ngày {field} của dữ liệu là {value}, không phải một ngày có thật (NNNN-TT-NN)",
        en: "the test has no `as_of`, and the data's {field} is {value}, which is no real date (YYYY-MM-DD)")
    case .testNotRun:
      LocalizedText(
        vi: "bài kiểm thử viết sai nên không được chạy: {problems}",
        en: "the test is written wrong and is not run: {problems}")
    }
  }
}
