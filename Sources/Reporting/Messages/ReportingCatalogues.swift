import SourceDiagnostics

/// The message catalogues of this module (see `MessageCatalogue` in SourceDiagnostics); the
/// catalogue audit test walks every entry of each.
package enum ReportingCatalogues {
  package static let all: [AnyMessageCatalogue] = [AnyMessageCatalogue(ReportMessage.self)]
}
