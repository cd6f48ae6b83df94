import SourceDiagnostics

/// A legal citation: a document's number and, where given, the article, clause and point.
package struct Citation: Hashable, Sendable, CustomStringConvertible {
  /// The document's number, as `48/2019/QH14`.
  package var doc: String
  package var article: Int?
  package var clause: Int?
  /// A point letter, as `a` or `đ`.
  package var point: String?
  /// A short paraphrase, when the numbers alone do not say enough.
  package var text: String?
  /// Where the document's number is written in the pack (not part of the citation's identity).
  package var docLocation: SourceLocation?

  package init(doc: String, article: Int? = nil, clause: Int? = nil, point: String? = nil, text: String? = nil) {
    self.doc = doc
    self.article = article
    self.clause = clause
    self.point = point
    self.text = text
  }

  /// The citation in words of a language: `48/2019/QH14, Điều 20, khoản 1, điểm a`.
  package func text(in language: Language) -> String {
    var parts = [doc]
    switch language {
    case .vi:
      if let article { parts.append("Điều \(article)") }
      if let clause { parts.append("khoản \(clause)") }
      if let point { parts.append("điểm \(point)") }
    case .en:
      if let article { parts.append("Article \(article)") }
      if let clause { parts.append("clause \(clause)") }
      if let point { parts.append("point \(point)") }
    }
    var result = parts.joined(separator: ", ")
    if let text { result += " (\(text))" }
    return result
  }

  package var description: String { text(in: .vi) }

  package static func == (a: Citation, b: Citation) -> Bool {
    a.doc == b.doc && a.article == b.article && a.clause == b.clause && a.point == b.point && a.text == b.text
  }

  package func hash(into hasher: inout Hasher) {
    hasher.combine(doc)
    hasher.combine(article)
    hasher.combine(clause)
    hasher.combine(point)
    hasher.combine(text)
  }
}
