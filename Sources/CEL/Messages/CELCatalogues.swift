import SourceDiagnostics

/// The message catalogues of this module (see `MessageCatalogue` in SourceDiagnostics); the
/// catalogue audit test walks every entry of each.
package enum CELCatalogues {
  package static let all: [AnyMessageCatalogue] = [
    AnyMessageCatalogue(CheckerText.self), AnyMessageCatalogue(ParserText.self),
    AnyMessageCatalogue(EvaluationText.self),
  ]
}
