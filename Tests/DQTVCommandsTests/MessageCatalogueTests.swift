import DQTVCommands
import SourceDiagnostics
import Testing

@Suite struct MessageCatalogueTests {
  @Test func everyEntryOfEveryModuleHasBothLanguages() {
    let problems = MessageCatalogueAudit.problems(in: CommandCatalogues.everyModule)
    #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
  }

  /// A catalogue made wrong on purpose, so that the audit above is known to catch each mistake.
  enum BrokenMessage: String, MessageCatalogue {
    case noVietnamese = "broken.no-vi"
    case otherPlaceholders = "broken.placeholders"
    case englishInVietnamese = "broken.english"
    case fine = "broken.fine"
    var template: LocalizedText {
      switch self {
      case .noVietnamese: LocalizedText(vi: " ", en: "cannot read {file}")
      case .otherPlaceholders: LocalizedText(vi: "không đọc được {tep}", en: "cannot read {file}")
      case .englishInVietnamese: LocalizedText(vi: "không đọc được file {file}", en: "cannot read {file}")
      case .fine: LocalizedText(vi: "không đọc được tệp {file} («the file»)", en: "cannot read {file}")
      }
    }
  }

  @Test func theAuditCatchesEachMistake() {
    let problems = MessageCatalogueAudit.problems(in: [AnyMessageCatalogue(BrokenMessage.self)])
    #expect(problems.count == 4, "\(problems)")
    #expect(problems.contains { $0.contains("broken.no-vi") && $0.contains("no vi text") })
    #expect(problems.contains { $0.contains("broken.placeholders") && $0.contains("placeholders differ") })
    #expect(problems.contains { $0.contains("broken.english") && $0.contains("file") })
    let doubled = MessageCatalogueAudit.problems(
      in: [AnyMessageCatalogue(BrokenMessage.self), AnyMessageCatalogue(BrokenMessage.self)])
    #expect(doubled.contains { $0.contains("code also used") })
  }

  @Test func placeholdersAreFilledInBothLanguages() {
    let text = BrokenMessage.fine(["file": "xa.yaml"])
    #expect(text.vi == "không đọc được tệp xa.yaml («the file»)")
    #expect(text.en == "cannot read xa.yaml")
    #expect(MessageTemplate.fill("{a} {b} {a} {c", [("a", "1"), ("b", "{a}")]) == "1 {a} 1 {c")
  }
}
