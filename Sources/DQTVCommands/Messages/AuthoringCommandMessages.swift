import SourceDiagnostics

/// What the commands of rule authoring (`test`, `lint`, `rules`, `eval`, `explain`) say about
/// their run.
enum AuthoringCommandMessage: String, MessageCatalogue {
  case packUsed = "authoring.pack-used"
  case packFound = "authoring.pack-found"
  case baseTests = "authoring.base-tests"
  case noRecord = "authoring.no-record"
  case noPath = "authoring.no-path"
  case rootPath = "authoring.root-path"
  case atNeedsData = "authoring.at-needs-data"

  var template: LocalizedText {
    switch self {
    case .packUsed:
      LocalizedText(vi: "gói luật: {pack} ({name} {version})", en: "rule pack: {pack} ({name} {version})")
    case .packFound:
      LocalizedText(
        vi: "gói luật: {pack} ({name} {version}), thư mục gói chứa thư mục đang làm việc",
        en: "rule pack: {pack} ({name} {version}), the pack folder holding the working folder")
    case .baseTests:
      LocalizedText(
        vi: "kiểm thử của gói nền {pack} ({name}), chỉ xét theo luật của chính gói đó",
        en: "tests of the base pack {pack} ({name}), judged on that pack's own rules only")
    case .noRecord:
      LocalizedText(
        vi: "không có bản ghi nào tại '{path}' trong {file}; đường dẫn gần nhất có thật là {nearest}",
        en: "there is no record at '{path}' in {file}; the nearest existing path is {nearest}")
    case .noPath:
      LocalizedText(
        vi: "không có '{path}' trong {file}; đường dẫn gần nhất có thật là {nearest}",
        en: "there is no '{path}' in {file}; the nearest existing path is {nearest}")
    case .rootPath:
      LocalizedText(vi: "(gốc)", en: "(the root)")
    case .atNeedsData:
      LocalizedText(
        vi: "`--at` chọn một bản ghi của dữ liệu: cần kèm `--data TỆP`",
        en: "`--at` picks a record of the data: give `--data FILE` as well")
    }
  }
}
