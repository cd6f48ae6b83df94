/// An ordered collection of diagnostics with a cap, so that a hostile input cannot make a
/// run print millions of lines.
///
/// Appending past the cap counts the diagnostic in ``droppedCount`` instead of keeping it.
package struct Diagnostics: Sendable, Sequence {
  /// The default cap, as in cel-go.
  package static let defaultLimit = 100

  package private(set) var items: [Diagnostic] = []
  /// Diagnostics not kept because the cap was reached.
  package private(set) var droppedCount = 0
  /// Errors seen, kept or dropped.
  package private(set) var errorCount = 0
  package let limit: Int

  package init(limit: Int = Diagnostics.defaultLimit) {
    self.limit = Swift.max(1, limit)
  }

  package var isEmpty: Bool { items.isEmpty }
  package var count: Int { items.count }
  /// Whether any error was appended, including dropped ones.
  package var hasErrors: Bool { errorCount > 0 }
  /// Whether the cap has been reached: further diagnostics are only counted.
  package var isFull: Bool { items.count >= limit }

  package mutating func append(_ diagnostic: Diagnostic) {
    if diagnostic.severity == .error { errorCount += 1 }
    if items.count < limit {
      items.append(diagnostic)
    } else {
      droppedCount += 1
    }
  }

  package mutating func append<S: Sequence>(contentsOf diagnostics: S) where S.Element == Diagnostic {
    for d in diagnostics { append(d) }
  }

  /// The diagnostics in a deterministic order: by file, line, column, severity, code, message.
  package var sorted: [Diagnostic] { items.sorted() }

  package func makeIterator() -> IndexingIterator<[Diagnostic]> { items.makeIterator() }
}
