import CEL
import SourceDiagnostics

/// An expression written in a rule file, with where it sits there.
public struct RuleExpression: Sendable {
  /// The text and its mapping to the file.
  public var source: ExpressionSource
  /// The whole scalar the expression was read from.
  public var location: SourceLocation

  public var text: String { source.text }
}

/// A message with `{expression}` holes, as written in one language.
public struct MessageTemplate: Sendable {
  public enum Part: Sendable {
    case text(String)
    case expression(RuleExpression)
  }

  public var parts: [Part]
  public var location: SourceLocation
}

/// One version of a rule, as read from a rule file (RULES.md, "A rule").
public struct Rule: Sendable {
  public var id: Located<String>
  public var title: LocalizedText
  public var basis: [Citation]
  public var severity: Severity
  public var effective: EffectivePeriod
  /// The schema type the rule runs on.
  public var scope: Located<String>
  public var when: RuleExpression?
  /// The `let` bindings, in order.
  public var lets: [(name: Located<String>, expression: RuleExpression)]
  public var require: RuleExpression
  public var at: RuleExpression?
  public var message: [Language: MessageTemplate]
  /// Where the rule's entry starts (its `- id:` line).
  public var location: SourceLocation
  /// The pack the rule belongs to.
  public var pack: String
}

/// A threshold with dated values (RULES.md, "Parameters").
public struct Parameter: Sendable {
  public struct DatedValue: Sendable {
    public var from: CalendarDate
    public var value: ParameterValue
    public var location: SourceLocation
  }

  public var name: Located<String>
  public var title: LocalizedText?
  public var basis: [Citation]
  /// Sorted by `from`.
  public var values: [DatedValue]

  /// The value in force on `date`: the one whose `from` is the latest not after it.
  public func value(on date: CalendarDate) -> ParameterValue? {
    values.last { $0.from <= date }?.value
  }
}

/// A parameter's value: any YAML value, typed by the YAML 1.2 core schema, with
/// `YYYY-MM-DD` read as a date.
public indirect enum ParameterValue: Hashable, Sendable {
  case null
  case bool(Bool)
  case int(Int64)
  case double(Double)
  case string(String)
  case date(CalendarDate)
  case list([ParameterValue])
  case map([String: ParameterValue], order: [String])
}
