import Reporting
import RuleEngine
import SourceDiagnostics

/// The message catalogues of the commands (see `MessageCatalogue` in SourceDiagnostics).
package enum CommandCatalogues {
  package static let all: [AnyMessageCatalogue] = [
    AnyMessageCatalogue(AuthoringCommandMessage.self), AnyMessageCatalogue(DataEntryCommandMessage.self),
    AnyMessageCatalogue(CommandMessage.self), AnyMessageCatalogue(UsageMessage.self),
    AnyMessageCatalogue(SafetyCommandMessage.self),
    AnyMessageCatalogue(ScriptMessage.self), AnyMessageCatalogue(HelpMessage.self),
    AnyMessageCatalogue(OptionHelp.self), AnyMessageCatalogue(ValueName.self),
    AnyMessageCatalogue(HelpLayoutMessage.self),
    AnyMessageCatalogue(RuleCatalogueMessage.self),
  ]

  /// Every catalogue of every module the binary is made of: the catalogue audit test walks them
  /// all, so that no message the tool can print lacks a language.
  package static let everyModule: [AnyMessageCatalogue] =
    RuleEngineCatalogues.withReaders + ReportingCatalogues.all + all
}
