/// The checks every catalogue entry must pass; a module's tests run them on its `catalogues`.
package enum MessageCatalogueAudit {
  /// English words that must not appear in a Vietnamese template. Only words that are not also
  /// Vietnamese (or part of codes such as `as_of`) are listed; the list grows as mistakes are found.
  package static let englishWords: Set<String> = [
    "the", "and", "of", "is", "are", "not", "cannot", "file", "error", "warning", "expected", "found", "missing",
    "unknown", "invalid", "must", "should", "with", "without", "from", "into", "rule", "rules", "pack", "test",
    "tests", "value", "values", "line", "column", "no", "none", "read", "write", "failed", "passed", "did", "you",
    "mean", "use", "which", "was", "were", "has", "have", "this", "that", "there", "for", "only", "all", "each",
    "every", "or", "but", "than", "militiaman", "ministry", "practice", "planning", "commune", "province",
    "village", "unit", "waiver", "waivers", "finding", "findings", "checked", "unreadable", "summary", "usage",
    "see", "help", "information", "option", "options", "argument", "arguments", "unexpected", "expression",
    "schema", "submission", "field", "fields", "key", "keys", "date", "report", "waived", "syntax", "type", "list",
    "mapping", "text", "number", "at", "by", "it", "be", "as", "if", "does", "fail", "pass", "passes", "skipped",
    "violation", "node", "root", "default", "required", "optional", "until", "reason", "approved", "allowed",
    "errors", "warnings", "info", "note", "system", "denied", "permission", "such", "directory", "space", "left",
    "device", "broken", "pipe", "too", "large", "name", "names", "version", "versions", "section", "parse",
  ]

  /// Every problem of the catalogues' entries, one line each; empty when all are well.
  package static func problems(in catalogues: [AnyMessageCatalogue]) -> [String] {
    var problems: [String] = []
    var seenCodes: [String: String] = [:]
    for catalogue in catalogues {
      for (code, template) in catalogue.entries() {
        let place = "\(catalogue.name).\(code)"
        if let other = seenCodes[code] {
          problems.append("\(place): code also used by \(other)")
        }
        seenCodes[code] = catalogue.name
        if code.isEmpty { problems.append("\(place): empty code") }
        for language in Language.allCases where template[language].trimmingSpaces.isEmpty {
          problems.append("\(place): no \(language.rawValue) text")
        }
        let viNames = MessageTemplate.placeholders(template.vi)
        let enNames = MessageTemplate.placeholders(template.en)
        if viNames != enNames {
          problems.append("\(place): placeholders differ, vi \(viNames) and en \(enNames)")
        }
        let english = englishWordsIn(template.vi)
        if !english.isEmpty {
          problems.append("\(place): English in the Vietnamese text: \(english.joined(separator: ", "))")
        }
      }
    }
    return problems
  }

  /// The words of a Vietnamese text that are English, outside placeholders, code spans
  /// (`` `…` ``) and quotations (`«…»`, `'…'`).
  package static func englishWordsIn(_ text: String) -> [String] {
    var words: [String] = []
    var word = ""
    var skipUntil: Character?
    func flush() {
      if englishWords.contains(word.lowercased()) { words.append(word) }
      word = ""
    }
    for character in text {
      if let end = skipUntil {
        if character == end { skipUntil = nil }
        continue
      }
      switch character {
      case "{":
        flush()
        skipUntil = "}"
      case "`":
        flush()
        skipUntil = "`"
      case "«":
        flush()
        skipUntil = "»"
      case "'":
        flush()
        skipUntil = "'"
      case _ where character.isLetter || character == "'": word.append(character)
      default: flush()
      }
    }
    flush()
    return words
  }
}

extension String {
  fileprivate var trimmingSpaces: Substring {
    let start = firstIndex { !$0.isWhitespace } ?? endIndex
    let end = lastIndex { !$0.isWhitespace }.map { index(after: $0) } ?? start
    return self[start..<max(start, end)]
  }
}
