import Foundation
import TestSupport
import Testing

/// Instruments as data (RULES.md, "Instruments, and how far the law is known"): citations
/// checked against `instruments.yaml`, its own mistakes, and `PACK.HORIZON`.
@Suite struct InstrumentTests {
  /// A pack extending the bundled one: `local.yaml` holds one rule citing `basis` and in force
  /// `effective`; `instruments.yaml` is `instruments` when given.
  func pack(
    basis: String = "{doc: \"48/2019/QH14\"}", effective: String = "{from: 2026-01-01}",
    require: String = "self.name != ''", instruments: String?
  ) throws -> URL {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("dqtv-instr-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    try "name: local\nversion: '1'\ntitle: {vi: Thử, en: Local}\nextends: dqtv\n".write(
      to: directory.appendingPathComponent("pack.yaml"), atomically: true, encoding: .utf8)
    try """
    rules:
      - id: LOCAL.NAME
        title: {vi: Tên, en: Name}
        basis: [\(basis)]
        severity: info
        effective: \(effective)
        scope: Commune
        require: \(require)
        message: {vi: "{self.name}", en: "{self.name}"}
    """.write(to: directory.appendingPathComponent("local.yaml"), atomically: true, encoding: .utf8)
    if let instruments {
      try instruments.write(to: directory.appendingPathComponent("instruments.yaml"), atomically: true, encoding: .utf8)
    }
    return directory
  }

  func lint(_ directory: URL) throws -> CommandOutput {
    defer { try? FileManager.default.removeItem(at: directory) }
    return try dqtv(["lint", directory.path, "--lang", "en"])
  }

  @Test func theBundledPackKnowsTheLawTo20270228() throws {
    let text = try String(
      contentsOf: packageRoot().appendingPathComponent("rules/dqtv/instruments.yaml"), encoding: .utf8)
    #expect(text.contains("law_known_until: 2027-02-28"))
  }

  @Test func aMistypedCitationIsAnErrorAtItsColumnWithADidYouMean() throws {
    let run = try lint(pack(basis: "{doc: \"48/2019/QH41\"}", instruments: nil))
    #expect(run.status == 1)
    // `      basis: [{doc: "48/2019/QH41"}]`: the number starts at column 19.
    #expect(
      run.stdout.contains(
        "local.yaml:4:19: error: '48/2019/QH41' is not one of the pack's instruments (instruments.yaml); did you mean '48/2019/QH14'?"
      ), "\(run.stdout)")
  }

  @Test func anExtendingPackMayAddInstruments() throws {
    let run = try lint(
      pack(
        basis: "{doc: \"12/2026/QĐ-UBND\"}",
        instruments: "instruments:\n  - doc: \"12/2026/QĐ-UBND\"\n    title: {vi: Quyết định, en: Decision}\n"))
    #expect(!run.stdout.contains("error:"), "\(run.stdout)")
  }

  @Test func aVersionThatOutlivesEveryInstrumentItCitesIsAnError() throws {
    let open = try lint(pack(basis: "{doc: \"66.12/2026/NQ-CP\"}", effective: "{from: 2026-01-26}", instruments: nil))
    #expect(open.status == 1)
    #expect(
      open.stdout.contains(
        "local.yaml:2:9: error: this version of 'LOCAL.NAME' is in force 2026-01-26.., past 2027-02-28"),
      "\(open.stdout)")
    let late = try lint(
      pack(basis: "{doc: \"66.12/2026/NQ-CP\"}", effective: "{from: 2026-01-26, until: 2027-03-01}", instruments: nil))
    #expect(late.stdout.contains("local.yaml:2:9: error: this version of 'LOCAL.NAME'"), "\(late.stdout)")
    let ends = try lint(
      pack(basis: "{doc: \"66.12/2026/NQ-CP\"}", effective: "{from: 2026-01-26, until: 2027-02-28}", instruments: nil))
    #expect(!ends.stdout.contains("error:"), "\(ends.stdout)")
    // One cited instrument with no end keeps the version lawful.
    let mixed = try lint(
      pack(
        basis: "{doc: \"66.12/2026/NQ-CP\"}, {doc: \"48/2019/QH14\"}", effective: "{from: 2026-01-26}", instruments: nil
      ))
    #expect(!mixed.stdout.contains("error:"), "\(mixed.stdout)")
  }

  @Test func malformedInstrumentsAreErrorsAtTheirLine() throws {
    let notAList = try lint(pack(instruments: "instruments: 3\n"))
    #expect(notAList.status != 0)
    #expect(
      notAList.stdout.contains("instruments.yaml:1:14: error: 'instruments' must be a list"), "\(notAList.stdout)")
    let twice = try lint(
      pack(
        instruments: """
          instruments:
            - doc: "1/2026/QĐ-UBND"
              title: {vi: Một, en: One}
            - doc: "1/2026/QĐ-UBND"
              title: {vi: Hai, en: Two}
          """))
    #expect(
      twice.stdout.contains("instruments.yaml:4:10: error: the document '1/2026/QĐ-UBND' is listed twice"),
      "\(twice.stdout)")
    let base = try lint(
      pack(instruments: "instruments:\n  - doc: \"48/2019/QH14\"\n    title: {vi: Luật, en: Law}\n"))
    #expect(
      base.stdout.contains("instruments.yaml:2:10: error: the document '48/2019/QH14' is listed twice"),
      "\(base.stdout)")
    let backwards = try lint(
      pack(
        instruments: """
          instruments:
            - doc: "1/2026/QĐ-UBND"
              title: {vi: Một, en: One}
              in_force: {from: 2026-05-01, until: 2026-04-30}
          """))
    #expect(
      backwards.stdout.contains("instruments.yaml:4:41: error: 'until' (2026-04-30) is before 'from' (2026-05-01)"),
      "\(backwards.stdout)")
  }

  @Test func anExtendingPackMayLowerButNotRaiseTheHorizon() throws {
    let lower = try lint(pack(instruments: "law_known_until: 2026-12-31\ninstruments: []\n"))
    #expect(!lower.stdout.contains("error:"), "\(lower.stdout)")
    let raise = try lint(pack(instruments: "law_known_until: 2027-12-31\ninstruments: []\n"))
    #expect(raise.status != 0)
    #expect(
      raise.stdout.contains("instruments.yaml:1:18: error: 'law_known_until' (2027-12-31) is later than 2027-02-28"),
      "\(raise.stdout)")
  }

  @Test func aCheckAfterTheHorizonWarnsOncePerSubmissionAtItsDate() throws {
    let before = try dqtv(["check", "--as-of", "2027-02-28", "samples/commune-compliant.yaml"])
    #expect(!before.stdout.contains("PACK.HORIZON"))
    let after = try dqtv([
      "check", "--as-of", "2027-03-01", "samples/commune-compliant.yaml", "samples/province-thanh-hoa.yaml",
      "--lang", "en",
    ])
    let horizon = after.stdout.split(separator: "\n").filter { $0.contains("[PACK.HORIZON]") }
    #expect(horizon.count == 2, "\(horizon)")
    // `as_of: 2026-06-30` is line 10 of the sample; the value starts at column 8.
    #expect(
      horizon.first?.hasPrefix(
        "samples/commune-compliant.yaml:10:8: warning: [PACK.HORIZON] Judged on 2027-03-01, after 2027-02-28") == true)
    // Nothing rests on NQ66 alone after it ends.
    #expect(!after.stdout.contains("(66.12/2026/NQ-CP)"))
    let vi = try dqtv(["check", "--as-of", "2027-03-01", "samples/commune-compliant.yaml", "--lang", "vi"])
    #expect(vi.stdout.contains("[PACK.HORIZON] Ngày xét 01/03/2027 sau ngày 28/02/2027"))
    let html = try dqtv([
      "check", "--as-of", "2027-03-01", "samples/commune-compliant.yaml", "--format", "html", "--lang", "vi",
    ])
    #expect(html.stdout.contains("<th title=\"Giới hạn hiểu biết pháp luật\"><span class=\"code\">PACK</span>"))
    let sarif = try dqtv([
      "check", "--as-of", "2027-03-01", "samples/commune-compliant.yaml", "--format", "sarif", "--lang", "en",
    ])
    #expect(sarif.stdout.contains("\"text\" : \"The date judged is within what the pack knows of the law\""))
    let skipped = try dqtv([
      "check", "--as-of", "2027-03-01", "samples/commune-compliant.yaml", "--skip", "PACK.HORIZON",
    ])
    #expect(!skipped.stdout.contains("PACK.HORIZON"))
  }

  /// A pack whose always-failing rule cites a provincial decision listed with a link.
  func linkedPack() throws -> URL {
    try pack(
      basis: "{doc: \"9/2026/QĐ-UBND\", article: 3}", require: "self.name == ''",
      instruments: """
        instruments:
          - doc: "9/2026/QĐ-UBND"
            title: {vi: "Quyết định của tỉnh về dân quân", en: "Provincial decision on the militia"}
            url: https://example.org/qd-9-2026
        """)
  }

  func report(_ format: String, language: String = "en") throws -> String {
    let directory = try linkedPack()
    defer { try? FileManager.default.removeItem(at: directory) }
    let run = try dqtv([
      "check", "samples/commune-compliant.yaml", "--rules", directory.path, "--only", "LOCAL.*", "--format", format,
      "--lang", language, "--fail-on", "never",
    ])
    #expect(run.status == 0, "\(run.stderr)")
    return run.stdout
  }

  @Test func jsonFindingsCarryTheInstrumentsTitleAndLink() throws {
    let json = try report("json")
    let data = try #require(json.data(using: .utf8))
    let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    let findings = try #require(root["findings"] as? [[String: Any]])
    let basis = try #require(findings.first?["basis"] as? [[String: Any]])
    #expect(basis.first?["doc"] as? String == "9/2026/QĐ-UBND")
    #expect(basis.first?["url"] as? String == "https://example.org/qd-9-2026")
    let title = basis.first?["title"] as? [String: String]
    #expect(title == ["vi": "Quyết định của tỉnh về dân quân", "en": "Provincial decision on the militia"])
  }

  @Test func sarifGivesTheRuleAHelpUriAndItsCitationsTheirTitles() throws {
    let sarif = try report("sarif")
    let data = try #require(sarif.data(using: .utf8))
    let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    let run = try #require((root["runs"] as? [[String: Any]])?.first)
    let rules = try #require(
      ((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]])
    let local = try #require(rules.first { $0["id"] as? String == "LOCAL.NAME" })
    #expect(local["helpUri"] as? String == "https://example.org/qd-9-2026")
    let citations = (local["properties"] as? [String: Any])?["citations"] as? [[String: Any]]
    #expect((citations?.first?["title"] as? [String: String])?["en"] == "Provincial decision on the militia")
    #expect(citations?.first?["vi"] as? String == "Điều 3 Quyết định của tỉnh về dân quân số 9/2026/QĐ-UBND")
  }

  @Test func htmlLinksTheCitationAndNamesTheInstrument() throws {
    let html = try report("html", language: "vi")
    #expect(
      html.contains(
        "<a href=\"https://example.org/qd-9-2026\" title=\"Quyết định của tỉnh về dân quân\">Điều 3 Quyết định của tỉnh về dân quân số 9/2026/QĐ-UBND</a>"
      ))
    #expect(html.contains("<h3>9/2026/QĐ-UBND — Quyết định của tỉnh về dân quân "))
  }

  @Test func citationsReadInVietnameseLegalStyleAndEnglishKeepsItsOrder() throws {
    let vi = try dqtv(["check", "samples/commune-mistakes.yaml", "--only", "XA.CO-DONG", "--lang", "vi"])
    #expect(vi.stdout.contains("(khoản 2 Điều 15 Luật Dân quân tự vệ số 48/2019/QH14)"), "\(vi.stdout)")
    let en = try dqtv(["check", "samples/commune-mistakes.yaml", "--only", "XA.CO-DONG", "--lang", "en"])
    #expect(en.stdout.contains("(48/2019/QH14, Article 15, clause 2)"), "\(en.stdout)")
  }

  @Test func theMarkdownCatalogueListsTheInstrumentsWithTheRulesCitingEach() throws {
    let bundled = try dqtv(["rules", "--rules", "rules/dqtv", "--format", "markdown", "--lang", "en"])
    #expect(bundled.stdout.contains("## Văn bản — Instruments"))
    #expect(bundled.stdout.contains("The pack knows the law to 2027-02-28"))
    let vietnamese = try dqtv(["rules", "--rules", "rules/dqtv", "--format", "markdown"])
    #expect(vietnamese.stdout.contains("\n## Văn bản căn cứ\n"))
    #expect(vietnamese.stdout.contains("Gói biết pháp luật đến ngày 2027-02-28"))
    let nq66 = bundled.stdout.split(separator: "\n").first { $0.hasPrefix("| 66.12/2026/NQ-CP |") } ?? ""
    #expect(nq66.contains("| 2026-01-26..2027-02-28 | [BCH.CHT.OFFICER](#bchchtofficer), "), "\(nq66)")
    #expect(!nq66.contains("XA.CO-DONG"))
    let directory = try linkedPack()
    defer { try? FileManager.default.removeItem(at: directory) }
    let local = try dqtv(["rules", "--rules", directory.path, "--format", "markdown", "--lang", "en"])
    #expect(
      local.stdout.contains(
        "| [9/2026/QĐ-UBND](https://example.org/qd-9-2026) | Quyết định của tỉnh về dân quân<br/>*Provincial decision on the militia* |  | [LOCAL.NAME](#localname) |"
      ), "\(local.stdout.prefix(3000))")
    let localVI = try dqtv(["rules", "--rules", directory.path, "--format", "markdown"])
    #expect(
      localVI.stdout.contains(
        "| [9/2026/QĐ-UBND](https://example.org/qd-9-2026) | Quyết định của tỉnh về dân quân |  | [LOCAL.NAME](#localname) |"
      ), "\(localVI.stdout.prefix(3000))")
  }
}
