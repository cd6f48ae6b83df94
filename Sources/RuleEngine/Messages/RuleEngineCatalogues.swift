import CEL
import SourceDiagnostics
import YAML

/// The message catalogues of this module (see `MessageCatalogue` in SourceDiagnostics); the
/// catalogue audit test walks every entry of each.
package enum RuleEngineCatalogues {
  package static let all: [AnyMessageCatalogue] = [
    AnyMessageCatalogue(WaiverMessage.self), AnyMessageCatalogue(SettingsMessage.self),
  ]

  /// This module's catalogues and those of the modules it reads with, for the commands that
  /// cannot import those modules themselves.
  package static let withReaders: [AnyMessageCatalogue] =
    SourceDiagnosticsCatalogues.all + YAMLCatalogues.all + CELCatalogues.all + all
}
