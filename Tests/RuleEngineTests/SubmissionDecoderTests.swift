import Testing
import YAML

@testable import RuleEngine

@Suite struct SubmissionDecoderTests {
  @Test func validDataHasNoFindingsAndTypedSlots() throws {
    let schema = try miniSchema()
    let result = try decode(
      """
      format: dqtv-submission/1
      as_of: 2026-06-30
      communes:
        - code: "16279"
          name: yes
          class: II
          population: 18500
          units: [{id: U1}]
          militia:
            - {id: M1, joined: '2023-03-01', unit: U1}
      """, schema: schema)
    #expect(describe(result.findings) == [])
    let data = try #require(result.data)
    let commune = try #require(data.objects(ofType: "Commune").first)
    #expect(data.path(of: commune) == "communes[0]")
    guard case .string(let name)? = data.slot(commune, field: "name") else {
      Issue.record("name is not a string")
      return
    }
    #expect(data.string(name) == "yes")
    #expect(data.slot(commune, field: "population") == .int(18500))
    #expect(data.slot(commune, field: "seal") == .defaulted)
    #expect(data.slot(commune, field: "designations") == .defaulted)
    let m = try #require(data.objects(ofType: "Militiaman").first)
    #expect(data.path(of: m) == "communes[0].militia[0]")
    #expect(data.slot(m, field: "joined") == .date(Int32(CalendarDate("2023-03-01")!.daysSinceEpoch)))
    #expect(data.ancestry(of: m).map { data.type(of: $0).name } == ["Submission", "Commune", "Militiaman"])
  }

  /// Slots keep 32 bits: wider ints and every double are kept aside and read back whole.
  @Test func numbersOfEverySizeAreReadBackWhole() throws {
    let (schema, diagnostics) = loadSchema(
      miniSchemaText.replacingOccurrences(
        of: "population: {type: int, min: 0}",
        with: "population: {type: int}\n      area: {type: double}\n      counts: {type: list(int), default: []}"))
    #expect(diagnostics.isEmpty, "\(diagnostics.map(\.summaryLine))")
    let result = try decode(
      """
      format: dqtv-submission/1
      as_of: 2026-06-30
      communes:
        - {code: "00001", name: a, population: 5000000000, area: 12.5, counts: [2147483647, -2147483648, 2147483648, -9223372036854775808]}
        - {code: "00002", name: b, population: -7, area: -0.25}
      """, schema: try #require(schema))
    #expect(describe(result.findings) == [])
    let data = try #require(result.data)
    let communes = data.objects(ofType: "Commune")
    #expect(data.slot(communes[0], field: "population") == .int(5_000_000_000))
    #expect(data.slot(communes[0], field: "area") == .double(12.5))
    #expect(data.slot(communes[1], field: "population") == .int(-7))
    #expect(data.slot(communes[1], field: "area") == .double(-0.25))
    guard case .list(let counts)? = data.slot(communes[0], field: "counts") else {
      Issue.record("counts is not a list")
      return
    }
    #expect(
      (0..<data.listCount(counts)).map { data.listItem(counts, $0) } == [
        .int(2_147_483_647), .int(-2_147_483_648), .int(2_147_483_648), .int(Int64.min),
      ])
  }

  @Test func everyKindOfSchemaBreakIsAFindingAtItsPlace() throws {
    let schema = try miniSchema()
    let result = try decode(
      """
      format: dqtv-submission/1
      as_of: 2026-06-30
      communes:
        - code: "16279"
          name: Xã Đông Tiến
          clas: II
          population: 12.5
          designations: [ven_bien, bien]
          seal: yes
          units: [{id: U1}, {id: U1}]
          militia:
            - {id: M1, joined: 2025-02-30, unit: U9}
            - {id: M2, unit: U1}
        - code: "1627"
          name: Xã B
          class: III
          population: -4
      """, schema: schema)
    #expect(
      describe(result.findings) == [
        "6:5 communes[0].clas: unknown field 'clas' in Commune; did you mean 'class'?",
        "7:17 communes[0].population: 'population' must be a whole number, not '12.5'",
        "8:30 communes[0].designations[1]: 'designations': 'bien' is not an allowed value (allowed: bien_gioi, ven_bien)",
        "9:11 communes[0].seal: 'seal' must be true or false, not 'yes'",
        "10:28 communes[0].units[1].id: 'id' 'U1' is used twice; first on line 10",
        "12:26 communes[0].militia[0].joined: 'Joined' (joined): '2025-02-30' is not a real date",
        "12:44 communes[0].militia[0].unit: 'Unit' (unit) is 'U9', but no Unit of this Commune has that id",
        "13:9 communes[0].militia[1]: missing required field 'Joined' (joined) of Militiaman",
        "14:11 communes[1].code: 'Commune code' (code): '1627' does not have the required form",
        "16:12 communes[1].class: 'class': 'III' is not an allowed value; did you mean 'II'?",
        "17:17 communes[1].population: 'population' is -4; it must be at least 0",
      ])
    #expect(result.data != nil)
    #expect(result.findings.allSatisfy { $0.rule == "SCHEMA" && $0.kind == .schema && $0.severity == .error })
  }

  @Test func vietnameseMessagesNameFieldsByTheirTitles() throws {
    let schema = try miniSchema()
    let result = try decode(
      "format: dqtv-submission/1\nas_of: 2026-06-30\ncommunes:\n  - {code: '16279', name: A, class: bốn}\n",
      schema: schema)
    #expect(result.findings.map(\.message.vi) == ["'class': 'bốn' không phải giá trị hợp lệ (các giá trị: I, II)."])
    let missing = try decode("format: dqtv-submission/1\ncommunes: []\n", schema: schema)
    #expect(missing.findings.map(\.message.vi) == ["Thiếu trường bắt buộc 'Ngày số liệu' (as_of) của Submission."])
  }

  @Test func aRootThatIsNotASubmissionStopsTheCheck() throws {
    let schema = try miniSchema()
    for (text, code) in [
      ("- a\n- b\n", "data.not-a-submission"),
      ("as_of: 2026-06-30\ncommunes: []\n", "data.no-format"),
      ("format: dqtv-submission/9\nas_of: 2026-06-30\ncommunes: []\n", "data.unknown-format"),
      ("", "data.not-a-submission"),
    ] {
      let result = try decode(text, schema: schema)
      #expect(result.data == nil)
      #expect(result.diagnostics.sorted.map(\.code.rawValue) == [code], "\(text)")
    }
  }

  @Test func nullValuesCountAsLeftOut() throws {
    let schema = try miniSchema()
    let result = try decode(
      "format: dqtv-submission/1\nas_of: 2026-06-30\ncommunes:\n  - code: '16279'\n    name:\n    class: ~\n",
      schema: schema)
    #expect(describe(result.findings) == ["4:5 communes[0]: missing required field 'name' of Commune"])
    let data = try #require(result.data)
    let commune = try #require(data.objects(ofType: "Commune").first)
    #expect(data.slot(commune, field: "class") == .absent)
  }
}

@Suite struct SchemaLoaderTests {
  @Test func mistakesInTheSchemaAreShownAtTheirLines() {
    let (schema, diagnostics) = loadSchema(
      """
      format: dqtv-schema/1
      root: Submision
      types:
        Submission:
          fields:
            communes: {type: list(Comune), required: true}
            as_of: {type: date, requried: true}
        Commune:
          key: cod
          fields:
            code: {type: string}
            class: {type: Klass, default: I}
      """)
    #expect(schema == nil)
    #expect(
      diagnostics.map { "\($0.location!.line):\($0.location!.column) \($0.message)" } == [
        "2:7 unknown type 'Submision'; did you mean 'Submission'?",
        "6:24 unknown type 'Comune'; did you mean 'Commune'?",
        "7:27 unknown key 'requried' in the field 'Submission.as_of'; did you mean 'required'?",
        "9:10 the key field 'cod' is not a field of 'Commune'; did you mean 'code'?",
        "12:21 unknown type 'Klass'",
      ])
  }

  @Test func ancestryFollowsFieldsFromTheRoot() throws {
    let schema = try miniSchema()
    #expect(schema.ancestry(of: "Militiaman") == ["Submission", "Commune", "Militiaman"])
    #expect(schema.ancestry(of: "Submission") == ["Submission"])
    #expect(schema.type("Militiaman")?.variableName == "militiaman")
    #expect(ObjectType.snakeCase("BoardMember") == "board_member")
  }
}
