import RuleEngine
import SourceDiagnostics

/// One file given to a check, as every report lists it: read and checked, or not read and why,
/// at the place of the first problem.
package struct FileReport: Sendable {
  /// How far the file got.
  package enum Status: String, Sendable {
    /// Read and judged.
    case checked
    /// Not YAML dqtv can read: missing, too large, malformed.
    case unreadable
    /// YAML, but not a submission of the schema.
    case notASubmission = "not-a-submission"
    /// Read, but with no valid date to judge it by.
    case noDate = "no-date"
  }

  /// Why a file was not read, at its place.
  package struct Problem: Sendable {
    package var location: SourceLocation?
    package var message: LocalizedText
  }

  /// The file's name as findings give it.
  package var file: String
  package var status: Status
  /// The date judged, when checked.
  package var asOf: CalendarDate?
  /// Why it was not read; empty when checked.
  package var problems: [Problem]

  package init(file: String, status: Status, asOf: CalendarDate? = nil, problems: [Problem] = []) {
    self.file = file
    self.status = status
    self.asOf = asOf
    self.problems = problems
  }

  /// The report of what became of one submission.
  package init(_ record: SubmissionRecord, noDateField: String? = nil) {
    file = record.name
    switch record.outcome {
    case .checked(let date):
      (status, asOf, problems) = (.checked, date, [])
    case .failed(let why, let diagnostics, _):
      status = why == .notASubmission ? .notASubmission : .unreadable
      problems = diagnostics.filter { $0.severity == .error }.map {
        Problem(location: $0.location, message: LocalizedText(vi: $0.message(in: .vi), en: $0.message(in: .en)))
      }
    case .noDate(let field, let written):
      status = .noDate
      problems = [Problem(location: written?.location, message: ReportMessage.noDate(["field": field ?? "as-of"]))]
    }
  }

  /// Whether the file was read and judged.
  package var isChecked: Bool { status == .checked }

  /// The status in words of a language.
  package func statusText(_ language: Language) -> String {
    let entry: ReportMessage =
      switch status {
      case .checked: .statusChecked
      case .unreadable: .statusUnreadable
      case .notASubmission: .statusNotASubmission
      case .noDate: .statusNoDate
      }
    return entry.text(language)
  }

  /// The place of the first problem as ``SourceLocation/description`` gives it,
  /// `file:line:column` or a workbook's `file:Sheet!F12` (the file alone when it has none).
  package var place: String { problems.first?.location?.description ?? file }

  /// The first problem in a language, when not read.
  package func reason(_ language: Language) -> String? { problems.first?.message[language] }
}

extension FindingCounts {
  /// The counts of each submission file's findings (those that lie in it).
  package static func perFile(_ findings: [ReportedFinding]) -> [String: FindingCounts] {
    // Counted in place, file by file as the sorted findings come: no finding is copied.
    var byFile: [String: FindingCounts] = [:]
    var file: String?
    var counts = FindingCounts([])
    for f in findings {
      let name = f.finding.location.file
      if name != file {
        if let file { byFile[file] = counts }
        counts = byFile[name] ?? FindingCounts([])
        file = name
      }
      counts.count(f)
    }
    if let file { byFile[file] = counts }
    return byFile
  }
}
