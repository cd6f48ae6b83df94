import Foundation
import SourceDiagnostics

/// The findings of an earlier JSON report (`check --baseline FILE`), to report only what is
/// new, as SwiftLint's and Semgrep's baselines do.
///
/// A finding is the same finding when it has the same rule, the same file name (the last part
/// of its path, so that the report may be made from another folder), the same unit of report
/// (a commune's code) and the same node, named by the keys of the records on its path
/// (`communes[code=16279].militia[id=M004]`, see `DataDocument.identity(ofPath:)`), not by
/// list indexes: inserting a militiaman at the top does not make every later finding new.
/// A report made before nodes were named is matched by its data paths.
package struct Baseline: Sendable {
  /// What makes two findings the same.
  package struct Key: Hashable, Sendable {
    package var rule: String
    package var file: String
    package var unit: String
    package var node: String
  }

  /// The baseline's findings, with their keys, in the report's order.
  package var entries: [(key: Key, finding: Finding)]

  /// Why a baseline cannot be used.
  package enum Problem: Error, Equatable {
    /// Not JSON, or JSON that is not a dqtv report (no `findings` list).
    case notAReport
  }

  /// Reads a JSON report. Findings it marks `absent` (its own baseline's) are not in it.
  package static func read(_ bytes: [UInt8]) throws(Problem) -> Baseline {
    guard let object = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any],
      let findings = object["findings"] as? [[String: Any]]
    else { throw .notAReport }
    var entries: [(Key, Finding)] = []
    for f in findings where f["baseline"] as? String != BaselineState.absent.rawValue {
      guard let rule = f["rule"] as? String, let file = f["file"] as? String else { throw .notAReport }
      let path = f["path"] as? String ?? ""
      let key = Key(
        rule: rule, file: fileName(file), unit: f["unit"] as? String ?? "", node: f["node"] as? String ?? path)
      let message = f["message"] as? String ?? ""
      let line = f["line"] as? Int ?? 1
      let column = f["column"] as? Int ?? 1
      let finding = Finding(
        rule: rule, kind: (f["kind"] as? String).flatMap(FindingKind.init(rawValue:)) ?? .violation,
        severity: (f["severity"] as? String).flatMap(Severity.init(rawValue:)) ?? .error,
        message: LocalizedText(vi: message, en: message),
        location: SourceLocation(file: file, line: max(line, 1), column: max(column, 1)), path: path)
      entries.append((key, finding))
    }
    return Baseline(entries: entries)
  }

  /// The key of a finding of this run.
  package static func key(of f: ReportedFinding) -> Key {
    Key(rule: f.rule, file: fileName(f.location.file), unit: f.unit ?? "", node: f.node ?? f.path)
  }

  /// The findings marked `new` or `unchanged`, and the baseline's findings no longer found
  /// added as `absent`, in the report's order. Each baseline finding matches at most one.
  package func compare(_ findings: [ReportedFinding]) -> [ReportedFinding] {
    var left: [Key: Int] = [:]
    for e in entries { left[e.key, default: 0] += 1 }
    var marked = findings
    for i in marked.indices {
      let key = Self.key(of: marked[i])
      if let n = left[key], n > 0 {
        left[key] = n - 1
        marked[i].baseline = .unchanged
      } else {
        marked[i].baseline = .new
      }
    }
    var absent: [ReportedFinding] = []
    for e in entries.reversed() {
      guard let n = left[e.key], n > 0 else { continue }
      left[e.key] = n - 1
      var gone = ReportedFinding(e.finding)
      gone.node = e.key.node
      gone.unit = e.key.unit.isEmpty ? nil : e.key.unit
      gone.baseline = .absent
      absent.append(gone)
    }
    marked += absent
    marked.sort(by: ReportedFinding.precedes)
    return marked
  }

  static func fileName(_ path: String) -> String {
    path.split(separator: "/").last.map(String.init) ?? path
  }
}
