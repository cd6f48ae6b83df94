import RuleEngine
import SourceDiagnostics

/// The figures the HTML report draws: each unit of report's posts against what the law
/// requires, and which units drill in the year judged, as the pack's `report:` block asks.
///
/// Read from the decoded data, not from findings, so that a compliant unit is drawn too.
/// Whether a count breaks the law is still the rules' verdict: the charts colour a bar by the
/// findings of the rule the report block names for it.
package struct ProvinceOverview: Sendable {
  /// A post on a unit's board, with the number the law asks for.
  package struct Post: Sendable, Hashable {
    /// The post's name in both languages, from the pack's report block.
    package var title: LocalizedText
    /// The id of the rule that counts this post.
    package var rule: String
    /// How many members of the board hold it.
    package var count: Int
    /// The fewest the law asks for.
    package var minimum: Int
    /// The most it allows; `nil` when there is no upper bound.
    package var maximum: Int?
  }

  /// One unit of report as the charts see it.
  package struct Commune: Sendable {
    /// The submission file it was read from.
    package var file: String
    /// Its data path, as `communes[3]`.
    package var path: String
    /// The unit's key.
    package var code: String
    /// The unit's name, as the report block gives it.
    package var name: String
    /// The posts, in the order of the report block.
    package var posts: [Post]
    /// Whether it drills in the year judged.
    package var drillsThisYear: Bool
  }

  /// Every unit of the submissions, in file order.
  package var communes: [Commune]
  /// The year whose drills count.
  package var year: Int
  /// The planned share of units drilling each year, in percent, when the pack says.
  package var drillBand: ClosedRange<Int>?
  /// Whom the submissions describe.
  package var subject: String?

  /// Creates an overview from its parts.
  package init(communes: [Commune], year: Int, drillBand: ClosedRange<Int>?, subject: String? = nil) {
    self.communes = communes
    self.year = year
    self.drillBand = drillBand
    self.subject = subject
  }

  /// Reads the units of a submission, judged on `asOf`, as the pack's report block asks; `nil`
  /// when the pack has none.
  package static func read(_ data: DataDocument, pack: CompiledPack, asOf: CalendarDate) -> ProvinceOverview? {
    guard let figures = pack.reportFigures(data, asOf: asOf) else { return nil }
    let communes = figures.units.map { unit in
      Commune(
        file: data.file, path: unit.path, code: unit.key, name: unit.name,
        posts: unit.posts.map {
          Post(title: $0.title, rule: $0.rule, count: $0.count, minimum: $0.minimum, maximum: $0.maximum)
        },
        drillsThisYear: unit.drillHeld)
    }
    return ProvinceOverview(communes: communes, year: asOf.year, drillBand: figures.drillBand, subject: figures.subject)
  }

  /// Joins the overviews of several submissions.
  package static func merged(_ parts: [ProvinceOverview]) -> ProvinceOverview? {
    guard let first = parts.first else { return nil }
    let subjects = Array(Set(parts.compactMap(\.subject))).sorted()
    return ProvinceOverview(
      communes: parts.flatMap(\.communes), year: first.year, drillBand: first.drillBand,
      subject: subjects.isEmpty ? nil : subjects.joined(separator: ", "))
  }

  /// How many communes drill in the year, and their share in percent.
  package var drillShare: (drilling: Int, total: Int, percent: Double) {
    let n = communes.filter(\.drillsThisYear).count
    return (n, communes.count, communes.isEmpty ? 0 : Double(n) * 100 / Double(communes.count))
  }
}
