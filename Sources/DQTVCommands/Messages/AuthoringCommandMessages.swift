import RuleEngine
import SourceDiagnostics

/// What the commands of rule authoring (`test`, `lint`, `rules`, `eval`, `explain`) say about
/// their run.
enum AuthoringCommandMessage: String, MessageCatalogue {
  case packUsed = "authoring.pack-used"
  case packFound = "authoring.pack-found"
  case packFolder = "authoring.pack-folder"
  case baseTests = "authoring.base-tests"
  case noRecord = "authoring.no-record"
  case noPath = "authoring.no-path"
  case rootPath = "authoring.root-path"
  case atNeedsData = "authoring.at-needs-data"
  case notApplicableCount = "explain.not-applicable-count"
  case moreItems = "explain.more-items"
  case allNotApplicable = "explain.all-not-applicable"

  var template: LocalizedText {
    switch self {
    case .packUsed:
      LocalizedText(vi: "gói luật: {pack} ('{name}' {version})", en: "rule pack: {pack} ('{name}' {version})")
    case .packFound:
      LocalizedText(
        vi: "gói luật: {pack} ('{name}' {version}), thư mục gói chứa thư mục đang làm việc",
        en: "rule pack: {pack} ('{name}' {version}), the pack folder holding the working folder")
    case .packFolder:
      LocalizedText(vi: "gói luật: {pack}", en: "rule pack: {pack}")
    case .baseTests:
      LocalizedText(
        vi: "kiểm thử của gói nền {pack} ('{name}'), chỉ xét theo luật của chính gói đó",
        en: "tests of the base pack {pack} ('{name}'), judged on that pack's own rules only")
    case .noRecord:
      LocalizedText(
        vi: "không có bản ghi nào tại '{path}' trong {file}; đường dẫn gần nhất có thật là {nearest}",
        en: "there is no record at '{path}' in {file}; the nearest existing path is {nearest}")
    case .noPath:
      LocalizedText(
        vi: "không có '{path}' trong {file}; đường dẫn gần nhất có thật là {nearest}",
        en: "there is no '{path}' in {file}; the nearest existing path is {nearest}")
    case .notApplicableCount:
      LocalizedText(
        vi: "{count} nút {scope} khác không thuộc diện áp dụng (điều kiện `when` sai), không liệt kê ra đây.",
        en: "{count} other {scope} nodes are left out: the rule does not apply to them ('when' is false).")
    case .allNotApplicable:
      LocalizedText(
        vi: "Quy tắc không áp dụng cho nút {scope} nào trong {count} nút (điều kiện `when` sai ở mọi nút).",
        en: "The rule applies to none of the {count} {scope} nodes ('when' is false for each).")
    case .moreItems:
      LocalizedText(vi: "[… {count} mục]", en: "[… {count} items]")
    case .rootPath:
      LocalizedText(vi: "(gốc)", en: "(the root)")
    case .atNeedsData:
      LocalizedText(
        vi: "`--at` chọn một bản ghi của dữ liệu: cần kèm `--data TỆP`",
        en: "`--at` picks a record of the data: give `--data FILE` as well")
    }
  }
}

extension AuthoringCommandMessage {
  /// The line that says which pack a command acts on, and whether it was found around the
  /// working folder.
  static func header(
    source: String, identity: (name: String, version: String)?, choice: PackChoice, _ lang: Language
  ) -> String {
    let source = TerminalText.escaped(source)
    guard let identity else { return packFolder.text(lang, ["pack": source]) + "\n" }
    let values: KeyValuePairs<String, String> = [
      "pack": source, "name": TerminalText.escaped(identity.name), "version": TerminalText.escaped(identity.version),
    ]
    return (choice.discovered != nil ? packFound : packUsed).text(lang, values) + "\n"
  }
}
