import CEL
import SourceDiagnostics

/// The values a pack's report block asks for, computed on one submission: what the HTML
/// charts draw. Whether a count breaks the law is still the rules' verdict; the charts colour
/// a bar by the findings of the post's rule.
package struct ReportFigures: Sendable {
  package struct Post: Sendable {
    /// The rule whose findings colour the bar.
    package var rule: String
    package var title: LocalizedText
    package var count: Int
    package var minimum: Int
    /// `nil` when there is no upper bound.
    package var maximum: Int?
  }

  package struct Unit: Sendable {
    /// The unit's data path.
    package var path: String
    /// The unit's key.
    package var key: String
    /// Its name, or its path when the report gives no name.
    package var name: String
    package var posts: [Post]
    package var drillHeld: Bool
  }

  /// Every unit of report, in data order.
  package var units: [Unit]
  /// Whom the submission describes.
  package var subject: String?
  package var drillBand: ClosedRange<Int>?
}

extension CompiledPack {
  /// The topics of rule ids with their names, in the order reports show them.
  package var reportTopics: [(code: String, name: LocalizedText)] {
    pack.report?.topics ?? []
  }

  /// The report's and the charts' titles from the pack's report block.
  package var reportTitles: [String: LocalizedText] {
    pack.report?.titles ?? [:]
  }

  /// The report block's values on `data` judged on `asOf`; `nil` when the pack has no report
  /// block or it was not compiled (``Workspace/loadPacks(_:includingReport:)``). A value that cannot be computed is left out (a count of 0, no bound).
  package func reportFigures(_ data: DataDocument, asOf: CalendarDate) -> ReportFigures? {
    guard let report else { return nil }
    let request = CheckRequest(data: data, pack: self, asOf: asOf)
    let engine = Engine()
    var units: [ReportFigures.Unit] = []
    if let rule = report.unit {
      for verdict in engine.explain(rule, request: request) {
        let values = Dictionary(verdict.values, uniquingKeysWith: { first, _ in first })
        func int(_ name: String) -> Int? {
          if case .int(let i)? = values[name] { return Int(i) }
          return nil
        }
        let posts = report.spec.posts.enumerated().map { i, post in
          ReportFigures.Post(
            rule: post.rule.value, title: post.title, count: int(CompiledReport.count(i)) ?? 0,
            minimum: int(CompiledReport.minimum(i)) ?? 0, maximum: int(CompiledReport.maximum(i)))
        }
        var name = data.path(of: verdict.object)
        if case .string(let s)? = values[CompiledReport.name] { name = s }
        var held = false
        if case .bool(let b)? = values[CompiledReport.held] { held = b }
        units.append(
          ReportFigures.Unit(
            path: data.path(of: verdict.object), key: data.key(of: verdict.object) ?? "", name: name, posts: posts,
            drillHeld: held))
      }
    }
    var subject: String?
    var band: ClosedRange<Int>?
    if let rule = report.root, let verdict = engine.explain(rule, request: request).first {
      let values = Dictionary(verdict.values, uniquingKeysWith: { first, _ in first })
      if case .string(let s)? = values[CompiledReport.subject], !s.isEmpty { subject = s }
      if case .int(let lo)? = values[CompiledReport.bandMinimum],
        case .int(let hi)? = values[CompiledReport.bandMaximum],
        lo <= hi
      {
        band = Int(lo)...Int(hi)
      }
    }
    return ReportFigures(units: units, subject: subject, drillBand: band)
  }
}
