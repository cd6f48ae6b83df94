import CEL
import SourceDiagnostics

/// An expression written in a rule file, with where it sits there.
package struct RuleExpression: Sendable {
  /// The text and its mapping to the file.
  package var source: ExpressionSource
  /// The whole scalar the expression was read from.
  package var location: SourceLocation

  package var text: String { source.text }
}

/// A message with `{expression}` holes, as written in one language.
package struct MessageTemplate: Sendable {
  package enum Part: Sendable {
    case text(String)
    case expression(RuleExpression)
  }

  package var parts: [Part]
  package var location: SourceLocation
}

/// One version of a rule, as read from a rule file (RULES.md, "A rule").
package struct Rule: Sendable {
  package var id: Located<String>
  package var title: LocalizedText
  package var basis: [Citation]
  package var severity: Severity
  package var effective: EffectivePeriod
  /// The schema type the rule runs on.
  package var scope: Located<String>
  package var when: RuleExpression?
  /// The `let` bindings, in order.
  package var lets: [(name: Located<String>, expression: RuleExpression)]
  package var require: RuleExpression
  package var at: RuleExpression?
  package var message: [Language: MessageTemplate]
  /// Where the rule's entry starts (its `- id:` line).
  package var location: SourceLocation
  /// The pack the rule belongs to.
  package var pack: String
}

/// A threshold with dated values (RULES.md, "Parameters").
package struct Parameter: Sendable {
  package struct DatedValue: Sendable {
    package var from: CalendarDate
    package var value: ParameterValue
    package var location: SourceLocation
  }

  package var name: Located<String>
  package var title: LocalizedText?
  package var basis: [Citation]
  /// Sorted by `from`.
  package var values: [DatedValue]

  /// The value in force on `date`: the one whose `from` is the latest not after it.
  package func value(on date: CalendarDate) -> ParameterValue? {
    values.last { $0.from <= date }?.value
  }
}

/// A parameter's value: any YAML value, typed by the YAML 1.2 core schema, with
/// `YYYY-MM-DD` read as a date.
package indirect enum ParameterValue: Hashable, Sendable {
  case null
  case bool(Bool)
  case int(Int64)
  case double(Double)
  case string(String)
  case date(CalendarDate)
  case list([ParameterValue])
  case map([String: ParameterValue], order: [String])
}
