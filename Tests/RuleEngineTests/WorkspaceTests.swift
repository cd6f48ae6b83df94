import SourceDiagnostics
import Testing

@testable import RuleEngine

/// The front door: packs loaded through a workspace, roles and the report block read from the
/// pack, every problem at its place.
@Suite struct WorkspaceTests {
  static let schema = """
    format: dqtv-schema/1
    root: Root
    types:
      Root:
        fields:
          day: {type: date, required: true, role: as-of}
          towns: {type: list(Town), default: []}
      Town:
        key: code
        role: unit-of-report
        fields:
          code: {type: string, required: true}
          staff: {type: int, default: 0}
    enums:
      Kind:
        values:
          big: {vi: "Lớn", en: "big"}
    """

  static func pack(_ packYAML: String = "", schema: String = schema, rules: String = "") -> MemoryPackSource {
    var files = [
      "pack.yaml": "name: t\nversion: '1'\ntitle: {vi: T, en: T}\nschema: schema.yaml\n" + packYAML,
      "schema.yaml": schema,
    ]
    if !rules.isEmpty { files["rules.yaml"] = rules }
    return MemoryPackSource(name: "t", files: files)
  }

  static let rule = """
    rules:
      - id: T.STAFF
        title: {vi: a, en: a}
        basis: [{doc: "1/2020/QH14"}]
        severity: error
        effective: {from: 2020-01-01}
        scope: Town
        require: self.staff >= 2
        message: {vi: "thiếu", en: "short"}
    """

  func load(_ source: MemoryPackSource) -> PackSelection {
    Workspace(namedPacks: ["t": source], defaultPack: "t").loadPacks([], includingReport: true)
  }

  @Test func rolesNameTheDateAndTheUnit() throws {
    let selection = load(Self.pack())
    #expect(selection.diagnostics.isEmpty, "\(selection.diagnostics)")
    let schema = try #require(selection.packs.first?.pack.schema)
    #expect(schema.asOfField == "day")
    #expect(schema.unitOfReport == "Town")
  }

  @Test func aRoleInTheWrongPlaceIsAnErrorAtIt() {
    let wrong = Self.schema.replacingOccurrences(
      of: "staff: {type: int, default: 0}", with: "staff: {type: int, role: as-of}")
    let codes = load(Self.pack(schema: wrong)).diagnostics.map(\.code.rawValue)
    #expect(codes.contains("pack.schema-role"))
    let unknown = Self.schema.replacingOccurrences(of: "role: unit-of-report", with: "role: unit-of-reprt")
    let message = load(Self.pack(schema: unknown)).diagnostics.first { $0.code == "pack.schema-role" }?.message ?? ""
    #expect(message.contains("did you mean 'unit-of-report'"))
  }

  @Test func theFormatVersionRoleBelongsOnAStringFieldOfTheRoot() throws {
    let onRoot = Self.schema.replacingOccurrences(
      of: "towns: {type: list(Town), default: []}",
      with: "towns: {type: list(Town), default: []}\n      version: {type: string, role: format-version}")
    let selection = load(Self.pack(schema: onRoot))
    #expect(selection.diagnostics.isEmpty, "\(selection.diagnostics)")
    #expect(try #require(selection.packs.first?.pack.schema).formatVersionField == "version")
    let onTown = Self.schema.replacingOccurrences(
      of: "code: {type: string, required: true}", with: "code: {type: string, required: true, role: format-version}")
    let onInt = Self.schema.replacingOccurrences(
      of: "towns: {type: list(Town), default: []}",
      with: "towns: {type: list(Town), default: []}\n      version: {type: int, role: format-version}")
    for wrong in [onTown, onInt] {
      let message = load(Self.pack(schema: wrong)).diagnostics.first { $0.code == "pack.schema-role" }?.message ?? ""
      #expect(message.contains("belongs on a string field of the root type"), "\(message)")
    }
  }

  @Test func theReportBlockIsCompiledAndComputed() throws {
    let report = """
      report:
        unit_name: self.code
        topics:
          T: {vi: "Thử", en: "Test"}
        staffing:
          - {rule: T.STAFF, title: Kind.big, count: self.staff, min: 2}
      """
    let selection = load(Self.pack(report, rules: Self.rule))
    #expect(selection.diagnostics.isEmpty, "\(selection.diagnostics)")
    let pack = try #require(selection.packs.first)
    #expect(pack.reportTopics.map(\.code) == ["T"])
    let workspace = Workspace(defaultPack: "t")
    let loaded = workspace.loadSubmission(
      .bytes(Array("day: 2025-01-01\ntowns:\n  - {code: A, staff: 3}\n  - {code: B}\n".utf8), name: "s.yaml"),
      schema: pack.pack.schema)
    #expect(loaded.status == .decoded)
    #expect(loaded.asOf == CalendarDate("2025-01-01"))
    let data = try #require(loaded.data)
    let figures = try #require(pack.reportFigures(data, asOf: CalendarDate("2025-01-01")!))
    #expect(figures.units.map(\.name) == ["A", "B"])
    #expect(figures.units.map { $0.posts[0].count } == [3, 0])
    #expect(figures.units[0].posts[0].title.en == "big")
    #expect(figures.units[0].posts[0].minimum == 2 && figures.units[0].posts[0].maximum == nil)
  }

  @Test func aReportBlockNamingAnUnknownRuleOrOfTheWrongTypeIsAnError() {
    let report = """
      report:
        staffing:
          - {rule: T.STAF, title: {vi: a, en: a}, count: "'x'", min: 1}
      """
    let diagnostics = load(Self.pack(report, rules: Self.rule)).diagnostics
    #expect(diagnostics.contains { $0.code == "report.unknown-rule" && $0.message.contains("did you mean 'T.STAFF'") })
    let typed = load(Self.pack(report.replacingOccurrences(of: "T.STAF,", with: "T.STAFF,"), rules: Self.rule))
    #expect(typed.diagnostics.map(\.code.rawValue) == ["report.wrong-type"])
    // pack.yaml: four lines of the pack, then `report:`, `staffing:`, the post on line 7.
    #expect(typed.diagnostics.first?.location?.line == 7)
  }

  @Test func aCheckThatDrawsNoChartDoesNotCompileTheReportBlockButLintDoes() {
    let report = "report:\n  staffing:\n    - {rule: T.STAFF, title: {vi: a, en: a}, count: \"'x'\", min: 1}\n"
    let workspace = Workspace(namedPacks: ["t": Self.pack(report, rules: Self.rule)], defaultPack: "t")
    let selection = workspace.loadPacks([])
    #expect(!selection.hasErrors)
    #expect(selection.packs.first?.report == nil)
    #expect(workspace.lint([]).first?.diagnostics.map(\.code.rawValue) == ["report.wrong-type"])
  }

  @Test func aMissingPackFileIsUnreadableNotMerelyInvalid() {
    let missing = MemoryPackSource(
      name: "t", files: ["pack.yaml": "name: t\nversion: '1'\ntitle: {vi: T, en: T}\nschema: schema.yaml\n"])
    let lint = Workspace(namedPacks: ["t": missing], defaultPack: "t").lint([])
    #expect(lint.first?.status == .unreadable)
    let invalid = Self.pack(schema: Self.schema.replacingOccurrences(of: "type: int", with: "type: integer"))
    #expect(Workspace(namedPacks: ["t": invalid], defaultPack: "t").lint([]).first?.status == .invalid)
  }

  @Test func anExtendedPackGivenBesideItsExtensionIsLeftOutAndClashesAreErrors() {
    let base = Self.pack(rules: Self.rule)
    let outer = MemoryPackSource(
      name: "o", files: ["pack.yaml": "name: o\nversion: '1'\ntitle: {vi: O, en: O}\nextends: t\n"])
    let workspace = Workspace(namedPacks: ["t": base, "o": outer], defaultPack: "t")
    let both = workspace.loadPacks(["t", "o"])
    #expect(both.packs.map(\.pack.name) == ["o"])
    #expect(!both.hasErrors)
    let other = MemoryPackSource(
      name: "u",
      files: [
        "pack.yaml": "name: u\nversion: '1'\ntitle: {vi: U, en: U}\nschema: schema.yaml\n", "schema.yaml": Self.schema,
        "rules.yaml": Self.rule,
      ])
    let clash = Workspace(namedPacks: ["t": base, "u": other], defaultPack: "t").loadPacks(["t", "u"])
    #expect(clash.diagnostics.contains { $0.code == "pack.id-clash" })
  }
}
