import CEL
import SourceDiagnostics

/// An expression parsed, checked and planned once, to be run on many nodes.
final class CompiledExpression: Sendable {
  let parsed: ParsedExpression
  let program: Program
  let type: CELType

  init(parsed: ParsedExpression, program: Program, type: CELType) {
    self.parsed = parsed
    self.program = program
    self.type = type
  }
}

/// Where a finding points: a variable, then fields and list positions (`self.command_board`,
/// `commune.villages[0]`).
struct NodePath: Sendable {
  enum Step: Sendable {
    case field(String)
    case index(Int)
  }

  let variable: String
  let steps: [Step]
}

/// A rule version ready to run: its expressions compiled against the schema.
///
/// A class, immutable once made, so that the engine hands it from node to node by reference
/// rather than copying its many fields for every node it judges.
package final class CompiledRule: Sendable {
  package let rule: Rule
  /// The schema types from the root down to the scope, and the names they are bound by.
  let ancestry: [(type: String, variable: String)]
  let when: CompiledExpression?
  let lets: [(name: String, expression: CompiledExpression)]
  let letNames: [String]
  /// For each let, whether `require` and `at` can do without it (it is for messages): a check
  /// computes such a let only for a finding.
  let letsForMessagesOnly: [Bool]
  /// The variables of the scope's chain, as the rule's programs place them.
  let scopeVariables: [String]
  let require: CompiledExpression
  let at: NodePath?
  let message: [Language: [CompiledMessagePart]]

  init(
    rule: Rule, ancestry: [(type: String, variable: String)], when: CompiledExpression?,
    lets: [(name: String, expression: CompiledExpression)], require: CompiledExpression, at: NodePath?,
    message: [Language: [CompiledMessagePart]]
  ) {
    self.rule = rule
    self.ancestry = ancestry
    self.when = when
    self.lets = lets
    letNames = lets.map(\.name)
    // The lets `require` and `at` read, and the lets those read, and so on.
    var needed: Set<String> = require.parsed.expr.identifiers
    if let at { needed.insert(at.variable) }
    for (name, expression) in lets.reversed() where needed.contains(name) {
      needed.formUnion(expression.parsed.expr.identifiers)
    }
    letsForMessagesOnly = lets.map { !needed.contains($0.name) }
    scopeVariables = ancestry.map(\.variable)
    self.require = require
    self.at = at
    self.message = message
  }

  package var id: String { rule.id.value }
}

enum CompiledMessagePart: Sendable {
  case text(String)
  case expression(CompiledExpression)
}

/// A pack whose every rule compiled.
package struct CompiledPack: Sendable {
  package let pack: RulePack
  package let rules: [CompiledRule]
  /// The declarations rules were checked against (for `eval`).
  package let declarations: Declarations
  /// The report block, compiled.
  package let report: CompiledReport?

  /// The rule versions in force on a date.
  package func rules(inForceOn date: CalendarDate) -> [CompiledRule] {
    rules.filter { $0.rule.effective.contains(date) }
  }
}
