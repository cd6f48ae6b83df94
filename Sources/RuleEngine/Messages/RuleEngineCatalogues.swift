import CEL
import SourceDiagnostics
import Workbook
import YAML

/// The message catalogues of this module (see `MessageCatalogue` in SourceDiagnostics); the
/// catalogue audit test walks every entry of each.
package enum RuleEngineCatalogues {
  package static let all: [AnyMessageCatalogue] = [
    AnyMessageCatalogue(AuthoringMessage.self), AnyMessageCatalogue(DataEntryMessage.self),
    AnyMessageCatalogue(PackReaderMessage.self), AnyMessageCatalogue(PackPart.self),
    AnyMessageCatalogue(PackMessage.self), AnyMessageCatalogue(LintMessage.self),
    AnyMessageCatalogue(InputMessage.self), AnyMessageCatalogue(FindingMessage.self),
    AnyMessageCatalogue(TestMessage.self), AnyMessageCatalogue(FormMessage.self),
    AnyMessageCatalogue(FunctionDoc.self), AnyMessageCatalogue(WorkbookInputMessage.self),
    AnyMessageCatalogue(SafetyMessage.self),
    AnyMessageCatalogue(WaiverMessage.self), AnyMessageCatalogue(SettingsMessage.self),
    AnyMessageCatalogue(DocumentMessage.self),
  ]

  /// This module's catalogues and those of the modules it reads with, for the commands that
  /// cannot import those modules themselves.
  package static let withReaders: [AnyMessageCatalogue] =
    SourceDiagnosticsCatalogues.all + YAMLCatalogues.all + CELCatalogues.all + WorkbookCatalogues.all + all
}
