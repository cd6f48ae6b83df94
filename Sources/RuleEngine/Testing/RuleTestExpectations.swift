import SourceDiagnostics
import YAML

/// What a rule test expects (its `expect` and `only`), read and checked before the test runs.
struct RuleTestExpectations {
  var findings: [(rule: String, at: String?, count: Int?)] = []
  var only = false

  /// The rules the test expects to see fire: a `count: 0` expects a rule not to fire.
  var firingRules: [String] { findings.filter { $0.count != 0 }.map(\.rule) }
}

extension RuleTestRunner {
  /// The rule ids a test may expect: the rules of the pack and of the packs it extends, and the
  /// engine's own findings.
  var knownRuleIDs: Set<String> {
    Set(pack.pack.rules.map(\.id.value)).union([Finding.schemaRule, Finding.horizonRule])
  }

  /// The expectations of a test; `nil`, with the problems in `reader`, when they are written
  /// wrong: an entry that is not a rule, a rule no pack has, an `only` that is not a bool.
  func expectations(_ f: MappingFields, known: Set<String>, reader: inout NodeReader) -> RuleTestExpectations? {
    let errorsBefore = reader.diagnostics.errorCount
    var result = RuleTestExpectations()
    if let e = f["expect"], let items = reader.sequence(e, what: PackPart.key("expect")) {
      for item in items {
        guard
          let x = reader.mapping(
            item, what: PackPart.expectedFinding(), required: ["rule"], optional: ["at", "count"]),
          let rule = x["rule"].flatMap({ reader.string($0, what: PackPart.key("rule")) })
        else { continue }
        let at = x["at"].flatMap { reader.string($0, what: PackPart.key("at")) }?.value
        let count = x["count"].flatMap { reader.int($0, what: PackPart.key("count")) }?.value
        if !known.contains(rule.value) {
          var text = AuthoringMessage.unknownExpectedRule(["rule": rule.value])
          if let near = NameSuggestion.nearest(to: rule.value, in: known) {
            text = text + AuthoringMessage.didYouMean(["name": near])
          }
          reader.diagnostics.append(Diagnostic(code: "test.unknown-rule", text: text, location: rule.location))
        }
        result.findings.append((rule.value, at, count))
      }
    }
    if let o = f["only"] { result.only = reader.bool(o, what: PackPart.key("only"))?.value ?? false }
    return reader.diagnostics.errorCount == errorsBefore ? result : nil
  }
}
