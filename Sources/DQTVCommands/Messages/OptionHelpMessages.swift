import ArgumentParser
import SourceDiagnostics

/// What `--help` says about each argument and option, in both languages. An option declares
/// its help as `.help(.entry, value: …)`, read in the language of the run.
package enum OptionHelp: String, MessageCatalogue {
  case rules = "help.option.rules"
  case lang = "help.option.lang"
  case langAndTitles = "help.option.lang.titles"
  case langAndReports = "help.option.lang.reports"
  case maxCostPerNode = "help.option.max-cost-per-node"
  case maxCostPerRule = "help.option.max-cost-per-rule"
  case packDirectories = "help.argument.pack-dir"
  case checkSubmissions = "help.check.argument.submission"
  case checkAsOf = "help.check.as-of"
  case outputFormat = "help.option.format"
  case checkOutput = "help.check.output"
  case jsonOutput = "help.check.json-output"
  case sarifOutput = "help.check.sarif-output"
  case junitOutput = "help.check.junit-output"
  case htmlOutput = "help.check.html-output"
  case color = "help.check.color"
  case failOn = "help.check.fail-on"
  case only = "help.check.only"
  case skip = "help.check.skip"
  case waivers = "help.check.waivers"
  case stdinFilename = "help.check.stdin-filename"
  case baseline = "help.check.baseline"
  case writeBaseline = "help.check.write-baseline"
  case testFilter = "help.test.filter"
  case withBase = "help.test.with-base"
  case expression = "help.eval.argument.expression"
  case evalData = "help.eval.data"
  case evalAsOf = "help.eval.as-of"
  case evalAt = "help.eval.at"
  case ruleID = "help.explain.argument.rule-id"
  case explainSubmission = "help.explain.argument.submission"
  case explainAt = "help.explain.at"
  case explainAsOf = "help.explain.as-of"
  case rulesAsOf = "help.rules.as-of"
  case formKind = "help.init.argument.kind"
  case formFormat = "help.init.format"
  case formOutput = "help.init.output"
  case convertInput = "help.convert.argument.input"
  case convertOutput = "help.convert.output"
  case markdown = "help.functions.markdown"

  package var template: LocalizedText {
    switch self {
    case .rules:
      LocalizedText(
        vi: "Thư mục gói luật, hoặc tên gói đi kèm (dqtv). Lặp lại để dùng nhiều gói; mặc định: gói đi kèm.",
        en:
          "A rule pack folder, or the bundled pack's name (dqtv). Repeat for several packs; default: the bundled pack.")
    case .lang: LocalizedText(vi: "Ngôn ngữ của thông báo.", en: "Language of messages.")
    case .langAndTitles:
      LocalizedText(vi: "Ngôn ngữ của thông báo và tiêu đề.", en: "Language of messages and titles.")
    case .langAndReports:
      LocalizedText(
        vi: "Ngôn ngữ của thông báo và báo cáo (mặc định: vi).", en: "Language of messages and reports (default: vi).")
    case .maxCostPerNode:
      LocalizedText(
        vi: "Số bước tối đa một biểu thức được tốn trên một nút (`docs/expression-cost.md`).",
        en: "The most one expression may spend on one node, in steps (docs/expression-cost.md).")
    case .maxCostPerRule:
      LocalizedText(
        vi:
          "Số bước tối đa một quy tắc được tốn trên mọi nút của một tệp; quá mức đó, quy tắc dừng với một phát hiện lỗi tính.",
        en:
          "The most one rule may spend on all the nodes of one file, in steps; past it, the rule stops with one evaluation-error finding."
      )
    case .packDirectories:
      LocalizedText(
        vi: "Các thư mục gói luật (mặc định: gói đi kèm).", en: "Rule pack folders (default: the bundled pack).")
    case .checkSubmissions:
      LocalizedText(
        vi: "Các tệp báo cáo; `-` là đầu vào chuẩn.", en: "Submission files; - reads standard input.")
    case .checkAsOf:
      LocalizedText(
        vi: "Xét theo pháp luật có hiệu lực vào ngày này thay cho ngày số liệu của báo cáo.",
        en: "Judge by the law in force on this date instead of the date the submission gives.")
    case .outputFormat: LocalizedText(vi: "Dạng đầu ra.", en: "Output format.")
    case .checkOutput:
      LocalizedText(
        vi: "Ghi báo cáo vào tệp này (ghi trọn vẹn hoặc không ghi gì).",
        en: "Write the report to this file (whole or not at all).")
    case .jsonOutput:
      LocalizedText(vi: "Ghi thêm báo cáo JSON vào tệp này.", en: "Also write the JSON report to this file.")
    case .sarifOutput:
      LocalizedText(vi: "Ghi thêm báo cáo SARIF vào tệp này.", en: "Also write the SARIF report to this file.")
    case .junitOutput:
      LocalizedText(vi: "Ghi thêm báo cáo JUnit XML vào tệp này.", en: "Also write the JUnit XML report to this file.")
    case .htmlOutput:
      LocalizedText(vi: "Ghi thêm báo cáo HTML vào tệp này.", en: "Also write the HTML report to this file.")
    case .color:
      LocalizedText(
        vi: "Tô màu đầu ra văn bản: auto (khi là màn hình, trừ khi đặt `NO_COLOR`), always hoặc never.",
        en: "Colour text output: auto (a terminal, unless NO_COLOR is set), always or never.")
    case .failOn:
      LocalizedText(
        vi: "Mức nghiêm trọng thấp nhất làm mã thoát thành 1 (mặc định: `error`).",
        en: "The least severity that makes the exit code 1 (default: error).")
    case .only:
      LocalizedText(
        vi: "Chỉ chạy các quy tắc có mã khớp mẫu này (lặp lại được); phát hiện `SCHEMA` luôn được giữ.",
        en: "Run only rules whose id matches this glob (repeatable); SCHEMA findings are always kept.")
    case .skip:
      LocalizedText(
        vi:
          "Bỏ các quy tắc có mã khớp mẫu này (lặp lại được); chỉ `--skip SCHEMA`, viết đủ, mới ẩn phát hiện `SCHEMA`.",
        en: "Skip rules whose id matches this glob (repeatable); only --skip SCHEMA, spelt out, hides SCHEMA findings.")
    case .waivers:
      LocalizedText(
        vi: "Miễn trừ phát hiện theo các miễn trừ trong tệp này.", en: "Excuse findings by the waivers in this file.")
    case .stdinFilename:
      LocalizedText(vi: "Tên mà phát hiện dùng cho đầu vào chuẩn.", en: "The name findings give standard input.")
    case .baseline:
      LocalizedText(
        vi:
          "Chỉ báo các phát hiện chưa có trong báo cáo JSON trước đó; các phát hiện khác được đánh dấu là không đổi hoặc đã hết.",
        en: "Report only findings that are not in this earlier JSON report; the others are marked unchanged or absent.")
    case .writeBaseline:
      LocalizedText(
        vi: "Ghi các phát hiện của lần chạy này làm mốc so sánh (một báo cáo JSON) vào tệp này.",
        en: "Write this run's findings as a baseline (a JSON report) to this file.")
    case .testFilter:
      LocalizedText(
        vi: "Chỉ chạy các kiểm thử có tên khớp mẫu này.", en: "Run only tests whose name matches this glob.")
    case .withBase:
      LocalizedText(
        vi: "Chạy thêm kiểm thử của các gói mà mỗi gói mở rộng, chỉ đối chiếu với quy tắc của chính gói đó.",
        en: "Also run the tests of the packs each pack extends, judged on their own rules only.")
    case .expression: LocalizedText(vi: "Biểu thức.", en: "The expression.")
    case .evalData:
      LocalizedText(vi: "Báo cáo gắn vào biến gốc.", en: "A submission to bind as the root variable.")
    case .evalAsOf:
      LocalizedText(
        vi: "Ngày gắn vào `as_of` (mặc định: ngày số liệu của báo cáo, nếu không có thì hôm nay).",
        en: "The date bound as `as_of` (default: the data's own date, else today).")
    case .evalAt:
      LocalizedText(
        vi: "Gắn bản ghi tại đường dẫn dữ liệu này (communes[0].villages[1]) vào `self`, cùng các bản ghi bên trên.",
        en: "Bind the record at this data path (communes[0].villages[1]) as `self`, with the records above it.")
    case .ruleID: LocalizedText(vi: "Mã quy tắc.", en: "The rule's id.")
    case .explainSubmission: LocalizedText(vi: "Báo cáo.", en: "The submission.")
    case .explainAt:
      LocalizedText(
        vi: "Chỉ các nút tại hoặc dưới đường dẫn dữ liệu này (communes[0]).",
        en: "Only nodes at or below this data path (communes[0]).")
    case .explainAsOf:
      LocalizedText(vi: "Xét theo pháp luật có hiệu lực vào ngày này.", en: "Judge by the law in force on this date.")
    case .rulesAsOf:
      LocalizedText(
        vi: "Chỉ các phiên bản quy tắc có hiệu lực vào ngày này.", en: "Only the rule versions in force on this date.")
    case .formKind:
      LocalizedText(
        vi: "`commune`: một xã; `province`: khối tỉnh, hội đồng của tỉnh và một xã.",
        en: "commune: one commune; province: the province block, its council and one commune.")
    case .formFormat:
      LocalizedText(
        vi: "yaml: mẫu YAML ra đầu ra chuẩn; xlsx: mẫu bảng tính, ghi vào `--output`.",
        en: "yaml: a YAML form on standard output; xlsx: a workbook template, written to --output.")
    case .formOutput:
      LocalizedText(vi: "Tệp cần ghi (bắt buộc với xlsx).", en: "The file to write (required for xlsx).")
    case .convertInput: LocalizedText(vi: "Báo cáo cần chuyển.", en: "The submission to convert.")
    case .convertOutput: LocalizedText(vi: "Tệp cần ghi.", en: "The file to write.")
    case .markdown: LocalizedText(vi: "In dạng Markdown.", en: "Print Markdown.")
    }
  }
}

/// The names `--help` and usage lines give the values of arguments and options (`<file>`).
package enum ValueName: String, MessageCatalogue {
  case submission = "help.value.submission"
  case file = "help.value.file"
  case date = "help.value.date"
  case packDir = "help.value.pack-dir"
  case ruleIDGlob = "help.value.rule-id-glob"
  case nameGlob = "help.value.name-glob"
  case steps = "help.value.steps"
  case path = "help.value.path"
  case name = "help.value.name"
  case expression = "help.value.expression"
  case ruleID = "help.value.rule-id"
  case kind = "help.value.kind"
  case input = "help.value.input"
  case format = "help.value.format"
  case lang = "help.value.lang"
  case color = "help.value.color"
  case failOn = "help.value.fail-on"

  package var template: LocalizedText {
    switch self {
    case .submission: LocalizedText(vi: "báo-cáo", en: "submission")
    case .file: LocalizedText(vi: "tệp", en: "file")
    case .date: LocalizedText(vi: "ngày", en: "date")
    case .packDir: LocalizedText(vi: "thư-mục-gói", en: "pack-dir")
    case .ruleIDGlob: LocalizedText(vi: "mẫu-mã-quy-tắc", en: "rule-id-glob")
    case .nameGlob: LocalizedText(vi: "mẫu-tên", en: "name-glob")
    case .steps: LocalizedText(vi: "số-bước", en: "steps")
    case .path: LocalizedText(vi: "đường-dẫn", en: "path")
    case .name: LocalizedText(vi: "tên", en: "name")
    case .expression: LocalizedText(vi: "biểu-thức", en: "expression")
    case .ruleID: LocalizedText(vi: "mã-quy-tắc", en: "rule-id")
    case .kind: LocalizedText(vi: "loại", en: "kind")
    case .input: LocalizedText(vi: "đầu-vào", en: "input")
    case .format: LocalizedText(vi: "dạng", en: "format")
    case .lang: LocalizedText(vi: "ngôn-ngữ", en: "lang")
    case .color: LocalizedText(vi: "màu", en: "color")
    case .failOn: LocalizedText(vi: "mức", en: "fail-on")
    }
  }
}

extension ArgumentHelp? {
  /// An argument's or option's help from the catalogue, with the name of its value, in the
  /// language of the run.
  static func help(_ entry: OptionHelp, value: ValueName? = nil) -> ArgumentHelp? {
    ArgumentHelp(entry.template[Console.language], valueName: value?.template[Console.language])
  }
}
