import Reporting
import RuleEngine
import SourceDiagnostics

/// What `dqtv check` gathers while it reads and checks each submission: the findings, the date
/// each file is judged by, the rules in force, the communes' codes (for waivers) and the data
/// the HTML report draws.
struct CheckRun {
  var findings: [Finding] = []
  /// Set when a submission could not be checked (exit 2).
  var failed = false
  var checked: [(file: String, asOf: CalendarDate)] = []
  var asOfByFile: [String: CalendarDate] = [:]
  var applied = 0
  var notInForce = 0
  var rules: [Rule] = []
  var ruleKeys: Set<String> = []
  /// Each file's communes: data path → commune code.
  var communeCodes: [String: [String: String]] = [:]
  var overviews: [ProvinceOverview] = []

  /// Reads one submission and checks it against every selected pack.
  mutating func check(
    _ path: String, selection: PackSelection, asOf override: CalendarDate?, stdinName: String?,
    filter: @escaping @Sendable (String) -> Bool, progress: ProgressLine? = nil, language: Language = .vi
  ) {
    var seenSchema = Set<String>()
    for pack in selection.packs {
      let loaded = LoadedSubmission.load(path, stdinName: stdinName, schema: pack.pack.schema)
      if !loaded.diagnostics.isEmpty {
        Console.report(loaded.diagnostics, files: loaded.file.map { [$0] } ?? [], language: language.rawValue)
        failed = true
        return
      }
      for f in loaded.findings where filter(f.rule) {
        let key = "\(f.location) \(f.message.en)"
        if seenSchema.insert(key).inserted { findings.append(f) }
      }
      guard let data = loaded.data else { continue }
      guard let date = override ?? loaded.asOf else {
        Console.err(
          language == .vi
            ? "\(loaded.name): error: báo cáo không có ngày số liệu (as_of) hợp lệ nên không biết áp dụng quy định nào; hãy sửa as_of hoặc dùng --as-of\n"
            : "\(loaded.name): error: the submission has no valid as_of date, so the law to apply is unknown; fix as_of or pass --as-of\n")
        failed = true
        return
      }
      if pack.pack.name == selection.packs.first?.pack.name {
        checked.append((loaded.name, date))
        asOfByFile[loaded.name] = date
        var codes: [String: String] = [:]
        for commune in data.objects(ofType: "Commune") {
          if let code = data.key(of: commune) { codes[data.path(of: commune)] = code }
        }
        communeCodes[loaded.name] = codes
        overviews.append(ProvinceOverview.read(data, pack: pack.pack, asOf: date))
      }
      for rule in pack.rules(inForceOn: date) where filter(rule.id) {
        let key = "\(rule.id)@\(rule.rule.location)"
        if ruleKeys.insert(key).inserted { rules.append(rule.rule) }
      }
      var request = CheckRequest(data: data, pack: pack, asOf: date, ruleFilter: filter)
      if let progress {
        progress.begin(loaded.name)
        request.progress = { progress.update(done: $0, total: $1) }
      }
      let result = Engine().check(request)
      findings += result.findings
      applied += result.rulesApplied
      notInForce += result.rulesNotInForce
    }
  }

  /// The code of the commune a finding lies in: the commune whose data path is a prefix of the
  /// finding's.
  func communeCode(of finding: Finding) -> String? {
    guard let codes = communeCodes[finding.location.file], !codes.isEmpty else { return nil }
    let path = finding.path
    var end = path.endIndex
    while true {
      if let code = codes[String(path[..<end])] { return code }
      guard let dot = path[..<end].lastIndex(of: ".") else { return nil }
      end = dot
    }
  }

  /// The report's context.
  func context(
    selection: PackSelection, asOf: CalendarDate?, language: Language, waiversFile: String?,
    workingDirectory: String?
  ) -> ReportContext {
    let first = selection.packs.first?.pack
    return ReportContext(
      toolVersion: DQTVCommand.version, packs: first.map { Array($0.lineage) } ?? [],
      asOf: asOf ?? checked.first?.asOf, submissions: checked,
      rulesApplied: checked.isEmpty ? 0 : applied / checked.count,
      rulesNotInForce: checked.isEmpty ? 0 : notInForce / checked.count, language: language, rules: rules,
      packTitle: first?.title, waiversFile: waiversFile, workingDirectory: workingDirectory,
      overview: ProvinceOverview.merged(overviews))
  }
}
