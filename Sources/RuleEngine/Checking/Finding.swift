import SourceDiagnostics

/// What kind of finding: a rule's `require` was false, the data breaks the schema, or a rule
/// could not be evaluated on a node.
package enum FindingKind: String, Sendable, Codable {
  case violation
  case schema
  case evaluationError = "evaluation-error"
}

/// A value shown with a finding (a rule's `let` bindings), in a form every report can print.
package indirect enum FindingValue: Hashable, Sendable {
  case null
  case bool(Bool)
  case int(Int64)
  case uint(UInt64)
  case double(Double)
  case string(String)
  case list([FindingValue])
  case map([(key: String, value: FindingValue)])

  package static func == (lhs: FindingValue, rhs: FindingValue) -> Bool {
    switch (lhs, rhs) {
    case (.null, .null): true
    case (.bool(let a), .bool(let b)): a == b
    case (.int(let a), .int(let b)): a == b
    case (.uint(let a), .uint(let b)): a == b
    case (.double(let a), .double(let b)): a == b || (a.isNaN && b.isNaN)
    case (.string(let a), .string(let b)): a == b
    case (.list(let a), .list(let b)): a == b
    case (.map(let a), .map(let b)):
      a.count == b.count && zip(a, b).allSatisfy { $0.key == $1.key && $0.value == $1.value }
    default: false
    }
  }

  package func hash(into hasher: inout Hasher) {
    switch self {
    case .null: hasher.combine(0)
    case .bool(let b): hasher.combine(b)
    case .int(let i): hasher.combine(i)
    case .uint(let u): hasher.combine(u)
    case .double(let d): hasher.combine(d)
    case .string(let s): hasher.combine(s)
    case .list(let l): hasher.combine(l)
    case .map(let m):
      for (k, v) in m {
        hasher.combine(k)
        hasher.combine(v)
      }
    }
  }
}

/// One thing wrong with a submission, at its place, with the law it breaks.
///
/// Its fields are held in one shared box: a check of a submission with many mistakes sorts,
/// wraps and writes thousands of findings, and each copy is then one reference, not the nine
/// of its fields.
package struct Finding: Sendable {
  private final class Box: Sendable {
    let rule: String
    let kind: FindingKind
    let severity: Severity
    let message: LocalizedText
    let basis: [Citation]
    let location: SourceLocation
    let path: String
    let values: [(name: String, value: FindingValue)]
    let ruleLocation: SourceLocation?

    init(
      rule: String, kind: FindingKind, severity: Severity, message: LocalizedText, basis: [Citation],
      location: SourceLocation, path: String, values: [(name: String, value: FindingValue)],
      ruleLocation: SourceLocation?
    ) {
      self.rule = rule
      self.kind = kind
      self.severity = severity
      self.message = message
      self.basis = basis
      self.location = location
      self.path = path
      self.values = values
      self.ruleLocation = ruleLocation
    }
  }

  private let box: Box

  /// The rule's id, or `SCHEMA` for schema breaks.
  package var rule: String { box.rule }
  package var kind: FindingKind { box.kind }
  package var severity: Severity { box.severity }
  package var message: LocalizedText { box.message }
  package var basis: [Citation] { box.basis }
  /// Where in the data file.
  package var location: SourceLocation { box.location }
  /// The data path of the node at fault: `communes[0].command_board`.
  package var path: String { box.path }
  /// The rule's `let` values, in the order the rule binds them.
  package var values: [(name: String, value: FindingValue)] { box.values }
  /// Where the rule is written (absent for `SCHEMA`).
  package var ruleLocation: SourceLocation? { box.ruleLocation }

  package init(
    rule: String, kind: FindingKind, severity: Severity, message: LocalizedText, basis: [Citation] = [],
    location: SourceLocation, path: String, values: [(name: String, value: FindingValue)] = [],
    ruleLocation: SourceLocation? = nil
  ) {
    box = Box(
      rule: rule, kind: kind, severity: severity, message: message, basis: basis, location: location, path: path,
      values: values, ruleLocation: ruleLocation)
  }

  /// The rule id of schema findings.
  package static let schemaRule = "SCHEMA"

  /// The rule id of the warning that a submission is judged on a date after the pack's
  /// `law_known_until` (RULES.md, "Instruments"): the engine's own finding, like `SCHEMA`.
  package static let horizonRule = "PACK.HORIZON"

  /// The `PACK.HORIZON` warning for a submission judged on `asOf`, after `horizon`, the last
  /// day the pack `pack` knows the law for; at the submission's date (`location`, `path`).
  package static func horizon(
    asOf: CalendarDate, horizon: CalendarDate, pack: String, location: SourceLocation, path: String
  ) -> Finding {
    let message = FindingMessage.horizon(
      localized: ["date": asOf.localized, "horizon": horizon.localized, "pack": .init(verbatim: pack)])
    return Finding(
      rule: horizonRule, kind: .violation, severity: .warning, message: message, location: location, path: path,
      values: [("as_of", .string(asOf.description)), ("law_known_until", .string(horizon.description))])
  }

  /// Orders findings by file, line, column, then rule id, then path and message: the contract's
  /// order, made total so output is byte-identical run to run.
  package static func precedes(_ a: Finding, _ b: Finding) -> Bool {
    let (a, b) = (a.box, b.box)
    if a.location.line != b.location.line || a.location.file != b.location.file {
      if a.location.file != b.location.file { return a.location.file < b.location.file }
      return a.location.line < b.location.line
    }
    if a.location.column != b.location.column { return a.location.column < b.location.column }
    if a.rule != b.rule { return a.rule < b.rule }
    if a.path != b.path { return a.path < b.path }
    return a.message.en < b.message.en
  }
}
