import SourceDiagnostics

/// The words swift-argument-parser itself writes into a help screen (headings, the values and
/// default of an option, its own `--help` and `--version`), which ``HelpScreen`` puts in the
/// language of the run. The English of each entry is the parser's text, as it writes it.
package enum HelpLayoutMessage: String, MessageCatalogue {
  case overview = "help.layout.overview"
  case usage = "help.layout.usage"
  case arguments = "help.layout.arguments"
  case options = "help.layout.options"
  case subcommands = "help.layout.subcommands"
  case values = "help.layout.values"
  case defaultValue = "help.layout.default"
  case helpFlag = "help.layout.help-flag"
  case versionFlag = "help.layout.version-flag"
  case helpCommand = "help.layout.help-command"
  case seeSubcommandHelp = "help.layout.see-subcommand-help"
  case subcommandPlaceholder = "help.layout.subcommand-placeholder"
  case optionsPlaceholder = "help.layout.options-placeholder"

  package var template: LocalizedText {
    switch self {
    case .overview: LocalizedText(vi: "TỔNG QUAN: ", en: "OVERVIEW: ")
    case .usage: LocalizedText(vi: "CÁCH DÙNG: ", en: "USAGE: ")
    case .arguments: LocalizedText(vi: "ĐỐI SỐ:", en: "ARGUMENTS:")
    case .options: LocalizedText(vi: "TÙY CHỌN:", en: "OPTIONS:")
    case .subcommands: LocalizedText(vi: "LỆNH CON:", en: "SUBCOMMANDS:")
    case .values: LocalizedText(vi: "(giá trị: ", en: "(values: ")
    case .defaultValue: LocalizedText(vi: "mặc định: ", en: "default: ")
    case .helpFlag: LocalizedText(vi: "In phần trợ giúp này.", en: "Show help information.")
    case .versionFlag: LocalizedText(vi: "In phiên bản.", en: "Show the version.")
    case .helpCommand: LocalizedText(vi: "In phần trợ giúp của một lệnh con.", en: "Show subcommand help information.")
    case .seeSubcommandHelp:
      LocalizedText(
        vi: "  Xem `{command} <lệnh-con>` để có trợ giúp chi tiết.",
        en: "  See '{command} <subcommand>' for detailed help.")
    case .subcommandPlaceholder: LocalizedText(vi: "<lệnh-con>", en: "<subcommand>")
    case .optionsPlaceholder: LocalizedText(vi: "<tùy-chọn>", en: "<options>")
    }
  }
}
