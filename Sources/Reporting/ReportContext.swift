import RuleEngine

/// What every report says besides the findings: the tool, the packs, the date judged, the rules
/// in force, and, for the HTML report, an overview of the data.
public struct ReportContext: Sendable {
  /// The version of dqtv that made the report.
  public var toolVersion: String
  /// The pack applied and the packs it extends, nearest first.
  public var packs: [(name: String, version: String)]
  /// The date judged: `--as-of`, else the first submission's own date.
  public var asOf: CalendarDate?
  /// Each submission checked, with the date it was judged by.
  public var submissions: [(file: String, asOf: CalendarDate)]
  /// Rule versions in force and selected, per submission.
  public var rulesApplied: Int
  /// Rule ids of the pack with no version in force on the date, per submission.
  public var rulesNotInForce: Int
  /// The language of messages, titles and the report's own words.
  public var language: Language
  /// Every rule version in force and selected, in pack order.
  public var rules: [Rule]
  /// The pack's title, when known.
  public var packTitle: LocalizedText?
  /// The waivers file, when one was given.
  public var waiversFile: String?
  /// The working directory; SARIF writes file locations relative to it.
  public var workingDirectory: String?
  /// Staffing and drill figures read from the data, for the HTML report's charts.
  public var overview: ProvinceOverview?
  /// The names of the topics of rule ids (the first part of an id), from the pack.
  public var topics: [(code: String, name: LocalizedText)]
  /// The title of the schema's unit of report, for column headings.
  public var unitTitle: LocalizedText?

  /// Creates a context.
  public init(
    toolVersion: String, packs: [(name: String, version: String)], asOf: CalendarDate?,
    submissions: [(file: String, asOf: CalendarDate)], rulesApplied: Int, rulesNotInForce: Int,
    language: Language, rules: [Rule] = [], packTitle: LocalizedText? = nil, waiversFile: String? = nil,
    workingDirectory: String? = nil, overview: ProvinceOverview? = nil,
    topics: [(code: String, name: LocalizedText)] = [], unitTitle: LocalizedText? = nil
  ) {
    self.unitTitle = unitTitle
    self.topics = topics
    self.toolVersion = toolVersion
    self.packs = packs
    self.asOf = asOf
    self.submissions = submissions
    self.rulesApplied = rulesApplied
    self.rulesNotInForce = rulesNotInForce
    self.language = language
    self.rules = rules
    self.packTitle = packTitle
    self.waiversFile = waiversFile
    self.workingDirectory = workingDirectory
    self.overview = overview
  }

  /// The pack's name and version, as `dqtv 2026.1`.
  public var packLabel: String {
    packs.first.map { "\($0.name) \($0.version)" } ?? "-"
  }
}
