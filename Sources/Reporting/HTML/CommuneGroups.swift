import RuleEngine
import SourceDiagnostics

/// The findings of a report sorted into communes: each commune of the data in file order (with
/// no finding or many), then one group for findings outside every commune (the province, the
/// waivers file).
struct CommuneGroups {
  struct Group {
    var name: String
    var code: String?
    var commune: ProvinceOverview.Commune?
    var findings: [ReportedFinding] = []
  }

  var groups: [Group] = []
  /// The group of findings that lie in no commune; its index in `groups`, when there is one.
  var outside: Int?
  /// The name of each finding's group, by ``key(_:)``.
  var names: [String: String] = [:]

  /// - Parameters:
  ///   - unitList: the root's field that lists the units of report; without the data's
  ///     overview, findings whose path starts in it are grouped by unit.
  ///   - outsideName: the name of the group of findings that lie in no unit.
  init(_ findings: [ReportedFinding], overview: ProvinceOverview?, unitList: String?, outsideName: String) {
    var index: [String: Int] = [:]
    for c in overview?.communes ?? [] {
      index["\(c.file)|\(c.path)"] = groups.count
      groups.append(Group(name: c.name, code: c.code, commune: c))
    }
    var rest: [ReportedFinding] = []
    for f in findings {
      if let i = Self.commune(of: f.finding, in: index) {
        groups[i].findings.append(f)
      } else if overview == nil, let unitList, let head = Self.unitPath(f.path, list: unitList) {
        let key = "\(f.location.file)|\(head)"
        if index[key] == nil {
          index[key] = groups.count
          groups.append(Group(name: head, code: nil, commune: nil))
        }
        groups[index[key]!].findings.append(f)
      } else {
        rest.append(f)
      }
    }
    if !rest.isEmpty {
      outside = groups.count
      groups.append(Group(name: outsideName, code: nil, commune: nil, findings: rest))
    }
    for g in groups {
      for f in g.findings { names[Self.key(f)] = g.name }
    }
  }

  /// What tells findings apart: place, rule and path.
  static func key(_ f: ReportedFinding) -> String {
    "\(f.location)|\(f.rule)|\(f.path)|\(f.message.en)"
  }

  /// The commune whose data path is a prefix of the finding's path, in the finding's file.
  static func commune(of f: Finding, in index: [String: Int]) -> Int? {
    let path = f.path
    var end = path.endIndex
    while true {
      if let i = index["\(f.location.file)|\(path[..<end])"] { return i }
      guard let dot = path[..<end].lastIndex(of: ".") else { return nil }
      end = dot
    }
  }

  /// `communes[3]` of `communes[3].villages[1]`, when the path starts in the list of units
  /// (`communes`, the root's field the schema gives the units of report).
  static func unitPath(_ path: String, list: String) -> String? {
    let head = path.split(separator: ".").first.map(String.init) ?? ""
    return head.hasPrefix(list + "[") ? head : nil
  }

  /// The topics the heat map shows, in order: the pack's, then the schema's; then the waivers'
  /// and any other with a standing finding, sorted.
  func topics(packTopics: [String]) -> [String] {
    let present = Set(groups.flatMap { $0.findings.filter { !$0.isWaived }.map { SARIFRenderer.topic($0.rule) } })
    let waivers = SARIFRenderer.topic(WaiverSet.expiredRule)
    let fixed = packTopics + [Finding.schemaRule] + (present.contains(waivers) ? [waivers] : [])
    return fixed + present.subtracting(fixed).sorted()
  }
}
