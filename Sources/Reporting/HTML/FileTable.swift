import RuleEngine
import SourceDiagnostics

/// Every file given, in the order given: checked (with its date and counts), or not read and
/// why, at the place of the problem.
struct FileTable {
  let files: [FileReport]
  let findings: [ReportedFinding]
  let language: Language

  var html: String {
    func esc(_ s: String) -> String { HTMLPage.escape(s) }
    let perFile = FindingCounts.perFile(findings)
    var out = "<section id=\"files\">\n<h2>\(esc(ReportMessage.filesHeading.text(language)))</h2>\n"
    out += "<table class=\"files\">\n<thead><tr><th>\(esc(ReportMessage.fileColumn.text(language)))</th>"
    out += "<th>\(esc(ReportMessage.statusColumn.text(language)))</th>"
    out += "<th>\(esc(ReportMessage.countsColumn.text(language)))</th></tr></thead>\n<tbody>\n"
    for f in files {
      let c = perFile[f.file] ?? FindingCounts([])
      out += "<tr class=\"\(f.isChecked ? "checked" : "not-read")\"><td class=\"file\">\(esc(f.file))</td><td>"
      out += esc(f.statusText(language))
      if let asOf = f.asOf { out += esc(" (\(asOf.localized[language]))") }
      if let reason = f.reason(language) {
        out += "<div class=\"reason\">\(esc(f.place)): \(esc(reason))</div>"
      }
      out += "</td><td>\(f.isChecked ? "\(c.error) / \(c.warning) / \(c.info)" : "-")</td></tr>\n"
    }
    out += "</tbody>\n</table>\n</section>\n"
    return out
  }
}
