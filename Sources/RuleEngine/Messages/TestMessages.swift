import SourceDiagnostics

/// What the rule test runner says about a test that fails or cannot run.
package enum TestMessage: String, MessageCatalogue {
  case placed = "test.placed"
  case unreadableInput = "test.unreadable-input"
  case neitherDataNorInput = "test.no-data"
  case patchNeedsOne = "test.patch-op"
  case needsValue = "test.patch-value"
  case noPath = "test.patch-path"
  case noDate = "test.no-date"
  case expectedCount = "test.expected-count"
  case expectedNone = "test.expected-none"
  case unexpected = "test.unexpected"
  case expectedLine = "test.expected"
  case actualLine = "test.actual"
  case noFinding = "test.no-finding"
  case ruleAt = "test.rule-at"

  package var template: LocalizedText {
    switch self {
    case .placed: LocalizedText(vi: "{place}: {message}", en: "{place}: {message}")
    case .unreadableInput:
      LocalizedText(vi: "{place}: không đọc được tệp đầu vào {path}", en: "{place}: cannot read the input {path}")
    case .neitherDataNorInput:
      LocalizedText(vi: "phép thử không có 'data' cũng không có 'input'", en: "the test has neither 'data' nor 'input'")
    case .patchNeedsOne:
      LocalizedText(
        vi: "{place}: mỗi bản vá cần đúng một trong `set`, `remove`, `append`, kèm một đường dẫn dữ liệu",
        en: "{place}: a patch needs exactly one of set, remove, append, with a data path")
    case .needsValue: LocalizedText(vi: "{place}: '{op}' cần có 'value'", en: "{place}: '{op}' needs a 'value'")
    case .noPath:
      LocalizedText(
        vi: "{place}: dữ liệu không có '{path}' để thực hiện `{op}`", en: "{place}: the data has no '{path}' to {op}")
    case .noDate:
      LocalizedText(
        vi: "phép thử không có `as_of` và dữ liệu của nó không có ngày `{field}` hợp lệ",
        en: "the test has no as_of and its data no valid {field} date")
    case .expectedCount:
      LocalizedText(vi: "cần {count} × {want}, gặp {found}", en: "expected {count} × {want}, found {found}")
    case .expectedNone: LocalizedText(vi: "cần {want}, nhưng không gặp", en: "expected {want}, found none")
    case .unexpected:
      LocalizedText(vi: "gặp {want} ngoài dự kiến: {message}", en: "unexpected {want}: {message}")
    case .expectedLine: LocalizedText(vi: "mong đợi: {list}", en: "expected: {list}")
    case .actualLine: LocalizedText(vi: "thực tế:  {list}", en: "actual:   {list}")
    case .noFinding: LocalizedText(vi: "không có phát hiện nào", en: "no finding")
    case .ruleAt: LocalizedText(vi: "{rule} tại {path}", en: "{rule} at {path}")
    }
  }
}
