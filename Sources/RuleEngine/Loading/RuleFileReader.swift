import CEL
import SourceDiagnostics
import YAML

/// Reads the rules and parameters of one rule file into the model, reporting every mistake at
/// its place.
struct RuleFileReader {
  static let ruleKeys = [
    "id", "title", "basis", "severity", "effective", "scope", "when", "let", "require", "at", "message",
  ]
  static let requiredRuleKeys = ["id", "title", "basis", "severity", "effective", "scope", "require", "message"]

  var reader: NodeReader
  let locator: ExpressionLocator
  let pack: String

  init(document: YAMLDocument, file: SourceFile, pack: String) {
    reader = NodeReader(document: document)
    locator = ExpressionLocator(document: document, file: file)
    self.pack = pack
  }

  /// Reads `rules:` and `params:` of a rule file.
  mutating func read(allowRules: Bool = true) -> (rules: [Rule], parameters: [Parameter]) {
    let doc = reader.document
    var optional = ["params"]
    if allowRules { optional.insert("rules", at: 0) }
    guard let top = reader.mapping(doc.root, what: PackPart.ruleFile(), optional: optional) else { return ([], []) }
    var rules: [Rule] = []
    if let list = top["rules"], let items = reader.sequence(list, what: PackPart.key("rules")) {
      for item in items {
        if let rule = readRule(item) { rules.append(rule) }
      }
    }
    var parameters: [Parameter] = []
    if let p = top["params"] { parameters = readParameters(p) }
    return (rules, parameters)
  }

  static func isValidID(_ id: String) -> Bool {
    !id.isEmpty
      && id.unicodeScalars.allSatisfy { s in
        (s >= "a" && s <= "z") || (s >= "A" && s <= "Z") || (s >= "0" && s <= "9") || s == "." || s == "-" || s == "_"
      }
  }

  mutating func readRule(_ node: YAMLNodeID) -> Rule? {
    let doc = reader.document
    let label =
      doc.value(forKey: "id", in: node).flatMap { doc.string($0) }.map { PackPart.rule(["id": $0]) }
      ?? PackMessage.aRule()
    guard let f = reader.mapping(node, what: label, required: Self.requiredRuleKeys, optional: Self.ruleKeys) else {
      return nil
    }
    let id = f["id"].flatMap { reader.string($0, what: PackPart.ruleID()) }
    if let id, !Self.isValidID(id.value) {
      // Reported, but the rule is still read, so that its expressions are checked too.
      reader.error(
        "rule.bad-id", PackMessage.badID(["id": id.value]), at: f["id"]!)
    }
    let errorsBefore = reader.diagnostics.errorCount
    let title = f["title"].flatMap { reader.localized($0, what: PackPart.titleOf(localized: ["what": label])) }
    let basis = f["basis"].map { readBasis($0, label: label) } ?? []
    var severity: Severity?
    if let s = f["severity"], let text = reader.string(s, what: PackPart.severity()) {
      severity = Severity(rawValue: text.value)
      if severity == nil {
        var message = PackMessage.badSeverity(["text": text.value]) + PackMessage.severities()
        if let near = NameSuggestion.nearest(to: text.value, in: Severity.allCases.map(\.rawValue)) {
          message = PackMessage.badSeverity(["text": text.value]) + PackReaderMessage.suggestion(near)
        }
        reader.error("rule.bad-severity", message, at: s)
      }
    }
    let effective = f["effective"].flatMap { readPeriod($0, what: PackPart.effectiveOf(localized: ["what": label])) }
    let scope = f["scope"].flatMap { reader.string($0, what: PackPart.scope()) }
    let when = f["when"].flatMap { expression($0, what: PackPart.key("when")) }
    var lets: [(name: Located<String>, expression: RuleExpression)] = []
    if let l = f["let"],
      let m = reader.mapping(l, what: PackPart.key("let"), optional: doc.pairs(of: l).compactMap { doc.string($0.key) })
    {
      for name in m.order {
        let key = m.key(name)!
        if !Self.isIdentifier(name) {
          reader.error(
            "rule.bad-let", PackMessage.badLet(["name": name]),
            at: key)
          continue
        }
        if let e = expression(m[name]!, what: PackPart.key("let \(name)")) {
          lets.append((Located(name, at: reader.location(key)), e))
        }
      }
    }
    let require = f["require"].flatMap { expression($0, what: PackPart.key("require")) }
    let at = f["at"].flatMap { expression($0, what: PackPart.key("at")) }
    var message: [Language: MessageTemplate] = [:]
    if let m = f["message"],
      let fields = reader.mapping(m, what: PackPart.messageOf(localized: ["what": label]), required: ["vi", "en"])
    {
      for language in Language.allCases {
        if let n = fields[language.rawValue], let template = readTemplate(n) { message[language] = template }
      }
    }
    guard reader.diagnostics.errorCount == errorsBefore, let id, let title, let severity, let effective, let scope,
      let require, message.count == 2, !basis.isEmpty
    else {
      if f["basis"] != nil && basis.isEmpty && reader.diagnostics.errorCount == errorsBefore {
        reader.error("rule.no-basis", PackMessage.noBasis(localized: ["what": label]), at: f["basis"]!)
      }
      return nil
    }
    return Rule(
      id: id, title: title.value, basis: basis, severity: severity, effective: effective, scope: scope, when: when,
      lets: lets, require: require, at: at, message: message, location: reader.location(node), pack: pack)
  }

  static func isIdentifier(_ name: String) -> Bool {
    guard let first = name.unicodeScalars.first,
      (first >= "a" && first <= "z") || (first >= "A" && first <= "Z") || first == "_"
    else {
      return false
    }
    return isValidID(name) && !name.contains(".") && !name.contains("-")
  }

  mutating func readBasis(_ node: YAMLNodeID, label: LocalizedText) -> [Citation] {
    guard let items = reader.sequence(node, what: PackPart.basisOf(localized: ["what": label])) else { return [] }
    var citations: [Citation] = []
    for item in items {
      guard
        let f = reader.mapping(
          item, what: PackPart.citation(), required: ["doc"], optional: ["article", "clause", "point", "text"])
      else { continue }
      guard let doc = f["doc"].flatMap({ reader.string($0, what: PackPart.documentNumber()) }) else { continue }
      var citation = Citation(doc: doc.value)
      citation.docLocation = doc.location
      citation.article = f["article"].flatMap { reader.int($0, what: PackPart.article())?.value }
      citation.clause = f["clause"].flatMap { reader.int($0, what: PackPart.clause())?.value }
      citation.point = f["point"].flatMap { reader.string($0, what: PackPart.point())?.value }
      if let t = f["text"] {
        citation.paraphrase =
          reader.document.kind(of: t) == .mapping
          ? reader.localized(t, what: PackPart.text())?.value
          : reader.string(t, what: PackPart.text()).map { LocalizedText(verbatim: $0.value) }
      }
      citations.append(citation)
    }
    return citations
  }

  mutating func readPeriod(_ node: YAMLNodeID, what: @autoclosure () -> LocalizedText) -> EffectivePeriod? {
    guard let f = reader.mapping(node, what: what(), required: ["from"], optional: ["until"]) else { return nil }
    guard let from = f["from"].flatMap({ reader.date($0, what: PackPart.key("from")) }) else { return nil }
    let until = f["until"].flatMap { reader.date($0, what: PackPart.key("until")) }
    if let until, until.value < from.value {
      reader.error(
        "rule.bad-period",
        PackMessage.untilBeforeFrom(["until": until.value.description, "from": from.value.description]), at: f["until"]!
      )
      return nil
    }
    return EffectivePeriod(from: from.value, until: until?.value)
  }

  mutating func expression(_ node: YAMLNodeID, what: @autoclosure () -> LocalizedText) -> RuleExpression? {
    let doc = reader.document
    guard doc.kind(of: node) == .scalar, let text = doc.string(node), !doc.isNull(node) else {
      reader.error(
        "rule.wrong-type",
        PackReaderMessage.notExpression(localized: ["what": what(), "found": NodeReader.describe(doc, node)]), at: node)
      return nil
    }
    return RuleExpression(source: locator.source(for: node, text: text), location: reader.location(node))
  }

  /// Splits `"{self.name}: có {n} ..."` into text and expression parts. `{{` and `}}` stand for
  /// literal braces; braces inside an expression's quotes or nested pairs are the expression's.
  mutating func readTemplate(_ node: YAMLNodeID) -> MessageTemplate? {
    guard let text = reader.string(node, what: PackPart.message()) else { return nil }
    let scalars = Array(text.value.unicodeScalars)
    var parts: [MessageTemplate.Part] = []
    var literal = String.UnicodeScalarView()
    var segments: [ExpressionSource.Segment]??
    var i = 0
    while i < scalars.count {
      let c = scalars[i]
      if c == "{" && i + 1 < scalars.count && scalars[i + 1] == "{" {
        literal.append("{")
        i += 2
        continue
      }
      if c == "}" && i + 1 < scalars.count && scalars[i + 1] == "}" {
        literal.append("}")
        i += 2
        continue
      }
      guard c == "{" else {
        literal.append(c)
        i += 1
        continue
      }
      // Find the matching close brace.
      var depth = 1
      var j = i + 1
      var quote: Unicode.Scalar?
      while j < scalars.count && depth > 0 {
        let d = scalars[j]
        if let q = quote {
          if d == "\\" { j += 1 } else if d == q { quote = nil }
        } else if d == "'" || d == "\"" {
          quote = d
        } else if d == "{" {
          depth += 1
        } else if d == "}" {
          depth -= 1
        }
        j += 1
      }
      guard depth == 0 else {
        reader.error("rule.bad-message", PackMessage.unclosedBrace(), at: node)
        return nil
      }
      if !literal.isEmpty {
        parts.append(.text(String(literal)))
        literal = String.UnicodeScalarView()
      }
      let inner = String(String.UnicodeScalarView(scalars[(i + 1)..<(j - 1)]))
      // The scalar's runs are worked out once for all its expressions.
      if segments == nil { segments = .some(locator.segments(of: node)) }
      let source = locator.source(for: node, text: inner, offset: i + 1, segments: segments!)
      parts.append(.expression(RuleExpression(source: source, location: reader.location(node))))
      i = j
    }
    if !literal.isEmpty { parts.append(.text(String(literal))) }
    return MessageTemplate(parts: parts, location: text.location)
  }

  // MARK: - Parameters

  mutating func readParameters(_ node: YAMLNodeID) -> [Parameter] {
    let doc = reader.document
    guard
      let m = reader.mapping(
        node, what: PackPart.key("params"), optional: doc.pairs(of: node).compactMap { doc.string($0.key) })
    else {
      return []
    }
    var result: [Parameter] = []
    for name in m.order {
      let what = PackPart.parameter(["name": name])
      if !Self.isIdentifier(name) {
        reader.error(
          "param.bad-name", PackMessage.badParameterName(["name": name]), at: m.key(name)!)
        continue
      }
      guard let f = reader.mapping(m[name]!, what: what, required: ["values"], optional: ["title", "basis"]) else {
        continue
      }
      let title = f["title"].flatMap { reader.localized($0, what: PackPart.titleOf(localized: ["what": what]))?.value }
      let basis = f["basis"].map { readBasis($0, label: what) } ?? []
      var values: [Parameter.DatedValue] = []
      if let v = f["values"], let items = reader.sequence(v, what: PackPart.valuesOf(localized: ["what": what])) {
        for item in items {
          guard
            let e = reader.mapping(
              item, what: PackPart.valueOf(localized: ["what": what]), required: ["from", "value"]),
            let from = e["from"].flatMap({ reader.date($0, what: PackPart.key("from")) }), let value = e["value"]
          else { continue }
          if values.contains(where: { $0.from == from.value }) {
            reader.error(
              "param.duplicate-date",
              PackMessage.parameterDateTwice(localized: ["what": what, "date": .init(verbatim: from.value.description)]
              ),
              at: e["from"]!)
          }
          values.append(
            Parameter.DatedValue(from: from.value, value: parameterValue(value), location: reader.location(item)))
        }
      }
      values.sort { $0.from < $1.from }
      result.append(
        Parameter(name: Located(name, at: reader.location(m.key(name)!)), title: title, basis: basis, values: values))
    }
    return result
  }

  func parameterValue(_ node: YAMLNodeID) -> ParameterValue {
    let doc = reader.document
    switch doc.kind(of: node) {
    case .sequence:
      return .list(doc.items(of: node).map { parameterValue($0) })
    case .mapping:
      var map: [String: ParameterValue] = [:]
      var order: [String] = []
      for pair in doc.pairs(of: node) {
        let key = doc.string(pair.key) ?? ""
        if map[key] == nil { order.append(key) }
        map[key] = parameterValue(pair.value)
      }
      return .map(map, order: order)
    case .scalar:
      let text = doc.string(node) ?? ""
      guard doc.scalarStyle(of: node) == .plain else { return .string(text) }
      if doc.isNull(node) { return .null }
      if text == "true" { return .bool(true) }
      if text == "false" { return .bool(false) }
      if let i = Int64(text) { return .int(i) }
      if let d = Double(text), text.contains(where: { $0 == "." || $0 == "e" || $0 == "E" }) { return .double(d) }
      if let date = CalendarDate(text) { return .date(date) }
      return .string(text)
    }
  }
}
