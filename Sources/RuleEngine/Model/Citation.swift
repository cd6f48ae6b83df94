import SourceDiagnostics

/// A legal citation: a document's number and, where given, the article, clause and point.
package struct Citation: Hashable, Sendable, CustomStringConvertible {
  /// The document's number, as `48/2019/QH14`.
  package var doc: String
  package var article: Int?
  package var clause: Int?
  /// A point letter, as `a` or `đ`.
  package var point: String?
  /// A short paraphrase, when the numbers alone do not say enough, in both languages (a pack
  /// writes `text: {vi: ..., en: ...}`; a plain string stands for both).
  package var paraphrase: LocalizedText?
  /// The paraphrase in English, as machine reports give it.
  package var text: String? {
    get { paraphrase?.en }
    set { paraphrase = newValue.map { LocalizedText(verbatim: $0) } }
  }
  /// Where the document's number is written in the pack (not part of the citation's identity).
  package var docLocation: SourceLocation?
  /// The cited document's title, from the pack's instruments, when it lists the document.
  package var title: LocalizedText?
  /// A link to the cited document, from the pack's instruments.
  package var url: String?

  package init(doc: String, article: Int? = nil, clause: Int? = nil, point: String? = nil, text: String? = nil) {
    self.doc = doc
    self.article = article
    self.clause = clause
    self.point = point
    self.paraphrase = text.map { LocalizedText(verbatim: $0) }
  }

  /// The citation in words of a language. Vietnamese follows legal style, smallest part
  /// first, the document by its title: `điểm a khoản 1 Điều 20 Luật Dân quân tự vệ số
  /// 48/2019/QH14`; English keeps its order: `48/2019/QH14, Article 20, clause 1, point a`.
  package func text(in language: Language) -> String {
    var result: String
    switch language {
    case .vi:
      var parts: [String] = []
      if let point { parts.append("điểm \(point)") }
      if let clause { parts.append("khoản \(clause)") }
      if let article { parts.append("Điều \(article)") }
      parts.append(title.map { "\($0.vi) số \(doc)" } ?? doc)
      result = parts.joined(separator: " ")
    case .en:
      var parts = [doc]
      if let article { parts.append("Article \(article)") }
      if let clause { parts.append("clause \(clause)") }
      if let point { parts.append("point \(point)") }
      result = parts.joined(separator: ", ")
    }
    if let paraphrase { result += " (\(paraphrase[language]))" }
    return result
  }

  package var description: String { text(in: .vi) }

  package static func == (a: Citation, b: Citation) -> Bool {
    a.doc == b.doc && a.article == b.article && a.clause == b.clause && a.point == b.point
      && a.paraphrase == b.paraphrase
  }

  package func hash(into hasher: inout Hasher) {
    hasher.combine(doc)
    hasher.combine(article)
    hasher.combine(clause)
    hasher.combine(point)
    hasher.combine(paraphrase)
  }
}
