import RuleEngine
import SourceDiagnostics

/// What every report says besides the findings: the tool, the packs, the date judged, the rules
/// in force, and, for the HTML report, an overview of the data.
package struct ReportContext: Sendable {
  /// The version of dqtv that made the report.
  package var toolVersion: String
  /// The pack applied and the packs it extends, nearest first.
  package var packs: [(name: String, version: String)]
  /// The date judged: `--as-of`, else the first submission's own date.
  package var asOf: CalendarDate?
  /// Each submission checked, with the date it was judged by.
  package var submissions: [(file: String, asOf: CalendarDate)]
  /// Rule versions in force and selected, per submission.
  package var rulesApplied: Int
  /// Rule ids of the pack with no version in force on the date, per submission.
  package var rulesNotInForce: Int
  /// The language of messages, titles and the report's own words.
  package var language: Language
  /// Every rule version in force and selected, in pack order.
  package var rules: [Rule]
  /// The pack's title, when known.
  package var packTitle: LocalizedText?
  /// The waivers file, when one was given.
  package var waiversFile: String?
  /// The working directory; SARIF writes file locations relative to it.
  package var workingDirectory: String?
  /// Staffing and drill figures read from the data, for the HTML report's charts.
  package var overview: ProvinceOverview?
  /// The names of the topics of rule ids (the first part of an id), from the pack.
  package var topics: [(code: String, name: LocalizedText)]
  /// The title of the schema's unit of report, for column headings.
  package var unitTitle: LocalizedText?
  /// Every file given, in the order given, read or not; when empty, the files of
  /// ``submissions``, all checked.
  package var files: [FileReport] = []
  /// The least severity that fails the run (`--fail-on`); `nil`: none does.
  package var failOn: Severity? = .error
  /// The baseline the findings were compared with, when one was given.
  package var baselineFile: String?
  /// The report's and the charts' titles from the pack (`title`, `staffing`, `drills`).
  package var titles: [String: LocalizedText] = [:]
  /// The root's field that lists the units of report, to group findings by unit when the
  /// data's overview is not at hand.
  package var unitListField: String?
  /// The folders, as rule locations name them, of the packs built into the binary: reports do
  /// not point into them, since the user has no such files.
  package var builtInPacks: [String] = []
  /// The bytes of the file and folder names given that are not UTF-8, by the escaped form
  /// findings show (`x\\xE3.yaml`): SARIF points at the real file by them.
  package var rawNames: [String: [UInt8]] = [:]

  /// Creates a context.
  package init(
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

  /// Every file given with its status: ``files``, or the checked ``submissions``.
  package var givenFiles: [FileReport] {
    files.isEmpty ? submissions.map { FileReport(file: $0.file, status: .checked, asOf: $0.asOf) } : files
  }

  /// Whether a standing, new finding of this severity fails the run.
  package func fails(_ severity: Severity) -> Bool { failOn.map { severity >= $0 } ?? false }

  /// The pack's name and version, as `dqtv 2026.1`.
  package var packLabel: String {
    packs.first.map { "\($0.name) \($0.version)" } ?? "-"
  }
}
