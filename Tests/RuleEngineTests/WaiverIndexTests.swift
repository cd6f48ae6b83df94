import RuleEngine
import SourceDiagnostics
import TestSupport
import Testing

/// The indexed waiver matching marks the same findings with the same waivers as trying every
/// waiver on every finding in file order, the definition it replaces.
@Suite struct WaiverIndexTests {
  static let rules = ["BCH.CHT.COUNT", "BCH.TROLY.COUNT", "DQ.AGE.MAX", "DQ.AGE.MIN", "SCHEMA", "XA.CO-DONG"]
  static let patterns = rules + ["*", "BCH.*", "DQ.AGE.MA?", "*.COUNT", "DQ.*", "NO.SUCH", "X*"]
  static let paths = [
    "", "communes", "communes[0]", "communes[1]", "communes[10]", "communes[0].villages[2]",
    "communes[0].villages[2].leader", "communes[0].villages[20]", "communes[0].command_board",
    "communes[0].command_board_x",
  ]
  static let codes: [String?] = [nil, "16012", "16279"]
  static let dates = ["2026-06-29", "2026-06-30", "2026-12-31"]

  /// The first waiver in file order that is in force and covers the finding: the reference.
  static func reference(_ waivers: [Waiver], _ f: Finding, code: String?, on date: CalendarDate) -> Int? {
    waivers.firstIndex { $0.isInForce(on: date) && $0.covers(f, communeCode: code) }
  }

  @Test func indexedMatchingIsTheReference() throws {
    var marks = 0
    var standing = 0
    for seed in 0..<40 {
      let (m, s) = try compare(seed: seed)
      marks += m
      standing += s
    }
    // The generator makes both waived and unwaived findings, so the comparison means something.
    #expect(marks > 500 && standing > 500, "\(marks) waived, \(standing) standing")
  }

  /// Compares one random case; returns how many findings were waived and how many were not.
  func compare(seed: Int) throws -> (Int, Int) {
    var g = SplitMix64(state: UInt64(seed) &* 0x9E37_79B9)
    func pick<T>(_ xs: [T]) -> T { xs[g.next(below: xs.count)] }
    let waivers = (0..<(1 + g.next(below: 60))).map { i in
      Waiver(
        rule: pick(Self.patterns), code: pick(Self.codes), path: g.next(below: 3) == 0 ? nil : pick(Self.paths),
        reason: "r\(i)", approvedBy: "a", until: CalendarDate(pick(Self.dates))!,
        location: SourceLocation(file: "w.yaml", line: i + 2, column: 5), index: i)
    }
    let files = ["a.yaml": CalendarDate("2026-06-30")!, "b.yaml": CalendarDate("2026-07-01")!]
    var codeOf: [String: String?] = [:]
    let findings = (0..<200).map { i -> Finding in
      let file = pick(["a.yaml", "b.yaml", "c.yaml"])
      let f = Finding(
        rule: pick(Self.rules), kind: .violation, severity: .error, message: LocalizedText(vi: "m", en: "m"),
        location: SourceLocation(file: file, line: i + 1, column: 1), path: pick(Self.paths))
      codeOf["\(file):\(i + 1)"] = pick(Self.codes)
      return f
    }
    let code: (Finding) -> String? = { codeOf["\($0.location.file):\($0.location.line)"] ?? nil }
    let outcome = WaiverSet(waivers).apply(to: findings, asOf: files, communeCode: code)
    var marks = 0
    var standing = 0
    for (f, marked) in zip(findings, outcome.findings) {
      let expected = files[f.location.file].flatMap { Self.reference(waivers, f, code: code(f), on: $0) }
      #expect(marked.waiver?.reason == expected.map { waivers[$0].reason }, "\(f.rule) \(f.path) \(code(f) ?? "-")")
      if expected != nil { marks += 1 } else { standing += 1 }
    }
    // The waivers' own findings: unused ones are those no finding used.
    let used = Set(
      findings.compactMap { f in files[f.location.file].flatMap { Self.reference(waivers, f, code: code(f), on: $0) } })
    let unused = waivers.indices.filter { !used.contains($0) && waivers[$0].isInForce(on: files.values.max()!) }
    #expect(outcome.waiverFindings.filter { $0.rule == WaiverSet.unusedRule }.count == unused.count)
    return (marks, standing)
  }
}
