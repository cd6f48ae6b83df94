/// An ordered collection of diagnostics with a cap, so that a hostile input cannot make a
/// run print millions of lines.
///
/// Appending past the cap counts the diagnostic in ``droppedCount`` instead of keeping it.
public struct Diagnostics: Sendable, Sequence {
  /// The default cap, as in cel-go.
  public static let defaultLimit = 100

  public private(set) var items: [Diagnostic] = []
  /// Diagnostics not kept because the cap was reached.
  public private(set) var droppedCount = 0
  /// Errors seen, kept or dropped.
  public private(set) var errorCount = 0
  public let limit: Int

  public init(limit: Int = Diagnostics.defaultLimit) {
    self.limit = Swift.max(1, limit)
  }

  public var isEmpty: Bool { items.isEmpty }
  public var count: Int { items.count }
  /// Whether any error was appended, including dropped ones.
  public var hasErrors: Bool { errorCount > 0 }
  /// Whether the cap has been reached: further diagnostics are only counted.
  public var isFull: Bool { items.count >= limit }

  public mutating func append(_ diagnostic: Diagnostic) {
    if diagnostic.severity == .error { errorCount += 1 }
    if items.count < limit {
      items.append(diagnostic)
    } else {
      droppedCount += 1
    }
  }

  public mutating func append<S: Sequence>(contentsOf diagnostics: S) where S.Element == Diagnostic {
    for d in diagnostics { append(d) }
  }

  /// The diagnostics in a deterministic order: by file, line, column, severity, code, message.
  public var sorted: [Diagnostic] { items.sorted() }

  public func makeIterator() -> IndexingIterator<[Diagnostic]> { items.makeIterator() }
}
