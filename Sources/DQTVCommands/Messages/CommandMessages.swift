import SourceDiagnostics

/// What the commands themselves say about a run.
package enum CommandMessage: String, MessageCatalogue {
  case standardOutput = "cli.stdout"
  case standardError = "cli.stderr"
  case cannotWriteStream = "cli.cannot-write-stream"
  case stdinOnce = "cli.stdin-once"
  case workbookNeedsOutput = "cli.workbook-needs-output"
  case noDate = "check.no-date"
  case cannotMakeReport = "check.cannot-make-report"
  case cannotWriteReport = "check.cannot-write-report"
  case notAFile = "check.output-not-a-file"
  case isAnInput = "check.output-is-input"
  case aDirectory = "check.kind.directory"
  case aFIFO = "check.kind.fifo"
  case aDevice = "check.kind.device"
  case aSocket = "check.kind.socket"
  case schemaProblems = "eval.schema-problems"
  case noRule = "explain.no-rule"
  case explainNoDate = "explain.no-date"
  case notInForce = "explain.not-in-force"
  case ruleFacts = "explain.rule"
  case root = "explain.root"
  case notApplicable = "explain.not-applicable"
  case passes = "explain.passes"
  case violation = "explain.violation"
  case notEvaluated = "explain.not-evaluated"
  case invalidData = "explain.invalid-data"
  case noNode = "explain.no-node"
  case noPack = "lint.no-pack"
  case lintSummary = "lint.summary"
  case testFailed = "test.failed"
  case testError = "test.error"
  case testSummary = "test.summary"

  package var template: LocalizedText {
    switch self {
    case .standardOutput: LocalizedText(vi: "đầu ra chuẩn", en: "standard output")
    case .standardError: LocalizedText(vi: "đầu ra lỗi chuẩn", en: "standard error")
    case .cannotWriteStream:
      LocalizedText(vi: "không ghi được vào {stream}: {reason}", en: "cannot write to {stream}: {reason}")
    case .workbookNeedsOutput:
      LocalizedText(
        vi: "mẫu bảng tính (`--format xlsx`) cần `--output TỆP`", en: "`--format xlsx` needs `--output FILE`")
    case .stdinOnce:
      LocalizedText(vi: "chỉ đọc được đầu vào chuẩn (-) một lần", en: "standard input (-) can be read only once")
    case .noDate:
      LocalizedText(
        vi:
          "báo cáo không có ngày số liệu (`{field}`) hợp lệ nên không biết áp dụng quy định nào; hãy sửa `{field}` hoặc dùng `--as-of`",
        en: "the submission has no valid {field} date, so the law to apply is unknown; fix {field} or pass --as-of")
    case .cannotMakeReport:
      LocalizedText(
        vi: "không lập được báo cáo dạng {format}: «{error}»", en: "cannot make the {format} report: {error}")
    case .cannotWriteReport: LocalizedText(vi: "không ghi được {path}: {reason}", en: "cannot write {path}: {reason}")
    case .notAFile:
      LocalizedText(
        vi: "không ghi báo cáo vào {path}: đó là {kind}, không phải tệp thường",
        en: "will not write the report to {path}: it is {kind}, not a regular file")
    case .isAnInput:
      LocalizedText(
        vi: "không ghi báo cáo vào {path}: đó là tệp đầu vào {input} của lần chạy này",
        en: "will not write the report to {path}: it is the input {input} of this run")
    case .aDirectory: LocalizedText(vi: "một thư mục", en: "a directory")
    case .aFIFO: LocalizedText(vi: "một ống dẫn có tên", en: "a FIFO")
    case .aDevice: LocalizedText(vi: "một thiết bị", en: "a device")
    case .aSocket: LocalizedText(vi: "một ổ cắm mạng", en: "a socket")
    case .schemaProblems:
      LocalizedText(
        vi: "{file} có {count} lỗi khuôn dạng; chạy `dqtv check` để xem",
        en: "{count} schema problem(s) in {file}; run dqtv check to see them")
    case .noRule: LocalizedText(vi: "các bộ quy tắc không có quy tắc '{rule}'", en: "no rule '{rule}' in the packs")
    case .explainNoDate:
      LocalizedText(vi: "không có ngày `{field}` hợp lệ; hãy dùng `--as-of`", en: "no valid {field} date; pass --as-of")
    case .notInForce:
      LocalizedText(
        vi: "{rule} không có hiệu lực vào ngày {date} (hiệu lực: {periods}).",
        en: "{rule} is not in force on {date} (in force: {periods}).")
    case .ruleFacts:
      LocalizedText(
        vi: "Hiệu lực {period}, mức {severity}, áp dụng cho từng {scope}; xét theo ngày {date}.",
        en: "In force {period}, severity {severity}, runs on every {scope}; judged on {date}.")
    case .root: LocalizedText(vi: "(gốc)", en: "(root)")
    case .notApplicable:
      LocalizedText(vi: "→ không áp dụng (điều kiện `when` sai)", en: "→ does not apply ('when' is false)")
    case .passes: LocalizedText(vi: "→ đạt", en: "→ passes")
    case .violation: LocalizedText(vi: "→ vi phạm: {message}", en: "→ violation: {message}")
    case .notEvaluated: LocalizedText(vi: "→ không đánh giá được: {message}", en: "→ could not be evaluated: {message}")
    case .invalidData:
      LocalizedText(
        vi: "→ bỏ qua: dữ liệu sai lược đồ (xem các phát hiện `SCHEMA`)",
        en: "→ skipped: the data breaks the schema (see the SCHEMA findings)")
    case .noNode: LocalizedText(vi: "Không có nút {scope} nào trong dữ liệu.", en: "No {scope} node in the data.")
    case .noPack:
      LocalizedText(
        vi: "không có bộ quy tắc tại {path}: bộ quy tắc là một thư mục có tệp `pack.yaml`",
        en: "no rule pack at {path}: a pack is a folder with a pack.yaml")
    case .lintSummary:
      LocalizedText(
        vi: "{pack}: {rules} phiên bản quy tắc, {errors} lỗi, {warnings} cảnh báo",
        en: "{pack}: {rules} rule versions, {errors} error(s), {warnings} warning(s)")
    case .testFailed: LocalizedText(vi: "{place}: KHÔNG ĐẠT: {name}", en: "{place}: FAIL: {name}")
    case .testError: LocalizedText(vi: "{place}: LỖI: {name}", en: "{place}: ERROR: {name}")
    case .testSummary: LocalizedText(vi: "{passed} đạt, {failed} không đạt", en: "{passed} passed, {failed} failed")
    }
  }
}
