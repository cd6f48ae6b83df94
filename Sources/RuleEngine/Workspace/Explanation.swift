import CEL
import SourceDiagnostics

/// How one rule judged each node of a submission, for `dqtv explain`.
package struct Explanation: Sendable {
  /// One node the rule runs on.
  package struct Node: Sendable {
    /// The node's data path (empty for the root).
    package var path: String
    package var location: SourceLocation
    /// Every `let`, by name, as one-line JSON (dates as dates), with its number of items when
    /// it is a list or a map (to cut a long value with a count).
    package var values: [(name: String, json: String, items: Int?)]
    package var outcome: NodeVerdict.Outcome
    /// The finding's message, for a violation.
    package var message: LocalizedText?
  }

  /// The rule version in force on the date.
  package var rule: Rule
  package var asOf: CalendarDate
  /// The nodes at or below the path asked for, in data order.
  package var nodes: [Node]
}

extension Workspace {
  /// Why a rule cannot be explained on a date: no version of it is in force then.
  package struct NotInForce: Error, Sendable {
    package var id: String
    package var asOf: CalendarDate
    /// The periods of the rule's versions.
    package var periods: [EffectivePeriod]
  }

  /// How the version of rule `id` in force on `asOf` judges each node of `data` at or below the
  /// data path `at` (every node when `nil`).
  package func explain(
    rule id: String, in pack: CompiledPack, data: DataDocument, asOf: CalendarDate, at: String? = nil
  ) -> Result<Explanation, NotInForce> {
    let versions = pack.rules.filter { $0.id == id }
    guard let rule = versions.first(where: { $0.rule.effective.contains(asOf) }) else {
      return .failure(NotInForce(id: id, asOf: asOf, periods: versions.map(\.rule.effective)))
    }
    var nodes: [Explanation.Node] = []
    for verdict in Engine().explain(rule, request: CheckRequest(data: data, pack: pack, asOf: asOf)) {
      let path = data.path(of: verdict.object)
      if let at, !(path == at || path.hasPrefix(at + ".") || path.hasPrefix(at + "[")) { continue }
      nodes.append(
        Explanation.Node(
          path: path, location: data.location(of: verdict.object),
          values: verdict.values.map { ($0.name, $0.value.jsonTextWithDates, Self.itemCount($0.value)) },
          outcome: verdict.outcome,
          message: verdict.finding?.message))
    }
    return .success(Explanation(rule: rule.rule, asOf: asOf, nodes: nodes))
  }

  /// The number of items of a list or a map; `nil` for any other value.
  static func itemCount(_ value: Value) -> Int? {
    switch value {
    case .list(let list): list.count
    case .map(let map): map.count
    default: nil
    }
  }
}
