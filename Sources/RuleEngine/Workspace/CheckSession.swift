import SourceDiagnostics

/// What became of one submission given to a check.
package enum SubmissionOutcome: Sendable {
  /// Judged on this date.
  case checked(asOf: CalendarDate)
  /// Not judged: it could not be read or decoded (the diagnostics say why).
  case failed(SubmissionStatus, diagnostics: [Diagnostic], files: [SourceFile])
  /// Not judged: it has no valid date of its own (in the field with the role `as-of`, if the
  /// schema has one) and none was given; `written` is where and how the date is written, when
  /// it is written but is no valid date.
  case noDate(field: String?, written: (location: SourceLocation, text: String?)? = nil)
}

/// One submission as a check saw it: every file given has one, read or not.
package struct SubmissionRecord: Sendable {
  package var name: String
  package var outcome: SubmissionOutcome

  /// Whether the submission was judged.
  package var isChecked: Bool {
    if case .checked = outcome { return true }
    return false
  }
}

/// A check of one or more submissions against a selection of packs: it gathers the findings,
/// the date each file is judged by, the rules in force and the units' codes (for waivers),
/// then applies the waivers.
package struct CheckSession: Sendable {
  package let workspace: Workspace
  package let selection: PackSelection
  package let rules: RuleSelection
  /// `--as-of`: judge every file by this date instead of its own.
  package let asOf: CalendarDate?
  /// The cost limit of one expression on one node, and of one rule over one file's check
  /// (`--max-cost-per-node`, `--max-cost-per-rule`).
  package var costLimit = CheckRequest.defaultCostLimit
  package var ruleCostLimit = CheckRequest.defaultRuleCostLimit

  package private(set) var findings: [Finding] = []
  /// Every submission given, in order, with what became of it.
  package private(set) var records: [SubmissionRecord] = []
  /// The files judged, with their dates.
  package private(set) var checked: [(file: String, asOf: CalendarDate)] = []
  /// Rule versions applied and rule ids not in force, summed over the files.
  package private(set) var applied = 0
  package private(set) var notInForce = 0
  /// Every rule version in force and selected on some file's date, in pack order.
  package private(set) var rulesInForce: [Rule] = []
  private var ruleKeys: Set<String> = []
  private var asOfByFile: [String: CalendarDate] = [:]
  /// Each file's units of report: data path → key.
  private var unitCodes: [String: UnitCodes] = [:]
  /// The node identity of each finding's path that holds a list index, by file and path.
  private var nodeNames: [String: [String: String]] = [:]

  package init(workspace: Workspace, selection: PackSelection, rules: RuleSelection, asOf: CalendarDate?) {
    self.workspace = workspace
    self.selection = selection
    self.rules = rules
    self.asOf = asOf
  }

  /// Whether some submission could not be judged (exit 2).
  package var failed: Bool {
    records.contains {
      if case .checked = $0.outcome { return false }
      return true
    }
  }

  /// What a caller may look at while the data of one submission is still in memory: the data
  /// as decoded against the first pack's schema, the pack, and the date judged.
  package struct Judged {
    package var data: DataDocument
    package var pack: CompiledPack
    package var asOf: CalendarDate
  }

  /// Reads one submission and checks it against every selected pack. `begin` is told the
  /// file's name before its rules run; `progress` how many judgments are done, of how many;
  /// `inspect` sees the decoded data once.
  package mutating func check(
    _ input: SubmissionInput, begin: ((String) -> Void)? = nil,
    progress: (@Sendable (_ done: Int, _ total: Int) -> Void)? = nil, inspect: ((Judged) -> Void)? = nil
  ) {
    check(workspace.readSubmission(input), begin: begin, progress: progress, inspect: inspect)
  }

  /// ``check(_:begin:progress:inspect:)`` of a submission already read: its tree is decoded
  /// against each selected pack's schema.
  package mutating func check(
    _ read: ReadSubmission, begin: ((String) -> Void)? = nil,
    progress: (@Sendable (_ done: Int, _ total: Int) -> Void)? = nil, inspect: ((Judged) -> Void)? = nil
  ) {
    var seenSchema = Set<String>()
    let filter = rules.filter
    for pack in selection.packs {
      let loaded = workspace.loadSubmission(read, schema: pack.pack.schema)
      if !loaded.diagnostics.isEmpty {
        records.append(
          SubmissionRecord(
            name: loaded.name, outcome: .failed(loaded.status, diagnostics: loaded.diagnostics, files: loaded.files)))
        return
      }
      let firstNew = findings.count
      for f in loaded.findings where filter(f.rule) {
        let key = "\(f.location) \(f.message.en)"
        if seenSchema.insert(key).inserted { findings.append(f) }
      }
      guard let data = loaded.data else { continue }
      defer { name(findings[firstNew...], in: data) }
      guard let date = asOf ?? loaded.asOf else {
        records.append(
          SubmissionRecord(
            name: loaded.name, outcome: .noDate(field: data.schema.asOfField, written: loaded.invalidAsOf)))
        return
      }
      if pack.pack.name == selection.packs.first?.pack.name {
        checked.append((loaded.name, date))
        records.append(SubmissionRecord(name: loaded.name, outcome: .checked(asOf: date)))
        asOfByFile[loaded.name] = date
        var codes = UnitCodes()
        if let unit = data.schema.unitOfReport {
          for id in data.objects(ofType: unit) {
            if let code = data.key(of: id) { codes.add(path: data.path(of: id), code: code) }
          }
        }
        unitCodes[loaded.name] = codes
        inspect?(Judged(data: data, pack: pack, asOf: date))
      }
      if let horizon = pack.pack.instruments.lawKnownUntil?.value, date > horizon, filter(Finding.horizonRule) {
        let field = data.schema.asOfField
        let node = field.flatMap { data.valueNode(data.root, field: $0) }
        let finding = Finding.horizon(
          asOf: date, horizon: horizon, pack: pack.pack.name,
          location: node.map { data.yaml.location(of: $0) } ?? data.location(of: data.root),
          path: field.map { data.path(of: data.root, field: $0) } ?? data.path(of: data.root))
        if seenSchema.insert("\(finding.location) \(finding.message.en)").inserted { findings.append(finding) }
      }
      for rule in pack.rules(inForceOn: date) where filter(rule.id) {
        let key = "\(rule.id)@\(rule.rule.location)"
        if ruleKeys.insert(key).inserted { rulesInForce.append(rule.rule) }
      }
      var request = CheckRequest(
        data: data, pack: pack, asOf: date, ruleFilter: filter, costLimit: costLimit, ruleCostLimit: ruleCostLimit)
      begin?(loaded.name)
      request.progress = progress
      let result = Engine().check(request)
      findings += result.findings
      applied += result.rulesApplied
      notInForce += result.rulesNotInForce
    }
  }

  /// Records the node identity of the findings' paths, while the data is at hand.
  private mutating func name(_ new: ArraySlice<Finding>, in data: DataDocument) {
    var names = nodeNames.removeValue(forKey: data.file) ?? [:]
    let namer = NodeNamer(data)
    names.reserveCapacity(names.count + new.count)
    for f in new where f.path.utf8.contains(UInt8(ascii: "[")) && f.location.file == data.file && names[f.path] == nil {
      names[f.path] = namer.name(ofPath: f.path)
    }
    nodeNames[data.file] = names
  }

  /// The node a finding is about, by the keys of the records on its path.
  package func node(of finding: Finding) -> String {
    nodeNames[finding.location.file]?[finding.path] ?? finding.path
  }

  /// The key of the unit of report a finding lies in: the unit whose data path is a prefix of
  /// the finding's.
  package func unitCode(of finding: Finding) -> String? {
    unitCodes[finding.location.file]?.code(of: finding.path)
  }

  /// The findings for the report, sorted, with the waivers applied when there are any. Waivers
  /// of rules this run does not check (`--only`, `--skip`) are out of its scope and get no
  /// finding; the waivers' own findings (`WAIVER.*`) can be left out by `--skip`.
  package func reportedFindings(waivers: WaiverSet?) -> [ReportedFinding] {
    var reported = waived(waivers)
    // The sorted findings come file by file: each file's tables are looked up once per run.
    var file: String?
    var names: [String: String]?
    var codes: UnitCodes?
    for i in reported.indices {
      let finding = reported[i].finding
      if finding.location.file != file {
        file = finding.location.file
        names = nodeNames[finding.location.file]
        codes = unitCodes[finding.location.file]
      }
      reported[i].node = names?[finding.path] ?? finding.path
      reported[i].unit = codes?.code(of: finding.path)
    }
    return reported
  }

  private func waived(_ waivers: WaiverSet?) -> [ReportedFinding] {
    // Positions are sorted, not findings, so that each finding is copied once; equal findings
    // keep their order, as in a stable sort.
    let order = findings.indices.sorted {
      let (a, b) = (findings[$0], findings[$1])
      return Finding.precedes(a, b) || (!Finding.precedes(b, a) && $0 < $1)
    }
    guard let waivers else { return order.map { ReportedFinding(findings[$0]) } }
    let sorted = order.map { findings[$0] }
    let selected = selection.ruleIDs.union([Finding.schemaRule, Finding.horizonRule]).filter(rules.includes)
    let outcome = waivers.apply(
      to: sorted, asOf: asOfByFile, communeCode: { unitCode(of: $0) }, selectedRules: selected,
      knownRules: selection.ruleIDs.union(RuleSelection.engineRuleIDs))
    let own = outcome.waiverFindings.filter { !rules.skips($0.rule) }
    var reported = outcome.findings + own.map { ReportedFinding($0) }
    reported.sort(by: ReportedFinding.precedes)
    return reported
  }

  /// Rule versions applied and ids not in force, per file judged.
  package var rulesAppliedPerFile: Int { checked.isEmpty ? 0 : applied / checked.count }
  package var rulesNotInForcePerFile: Int { checked.isEmpty ? 0 : notInForce / checked.count }
}

/// The units of report of one file, by data path, and the key of each: a finding lies in the
/// unit whose path is the longest prefix of its own, ending where a step of the path ends.
struct UnitCodes: Sendable {
  private var codes: [String: String] = [:]
  /// The length in UTF-8 of the longest path: a longer prefix is no unit's.
  private var longest = 0

  mutating func add(path: String, code: String) {
    codes[path] = code
    longest = max(longest, path.utf8.count)
  }

  /// The key of the unit `path` lies in: that of `path` itself, else of the prefix before its
  /// last `.`, and so on.
  func code(of path: String) -> String? {
    guard !codes.isEmpty else { return nil }
    var path = path
    return path.withUTF8 { bytes in
      // Only ASCII paths are cut by byte; a `.` could start a longer character elsewhere.
      guard !bytes.contains(where: { $0 >= 0x80 }) else {
        return Self.code(of: String(decoding: bytes, as: UTF8.self), in: codes)
      }
      var end = bytes.count
      while true {
        if end <= longest,
          let code = codes[String(decoding: UnsafeBufferPointer(rebasing: bytes[..<end]), as: UTF8.self)]
        {
          return code
        }
        guard let dot = bytes[..<end].lastIndex(of: UInt8(ascii: ".")) else { return nil }
        end = dot
      }
    }
  }

  /// ``code(of:)`` by characters.
  private static func code(of path: String, in codes: [String: String]) -> String? {
    var end = path.endIndex
    while true {
      if let code = codes[String(path[..<end])] { return code }
      guard let dot = path[..<end].lastIndex(of: ".") else { return nil }
      end = dot
    }
  }
}
