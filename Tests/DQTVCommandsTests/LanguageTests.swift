import DQTVCommands
import Foundation
import RuleEngine
import SourceDiagnostics
import Testing

/// Every command, run on broken input with `--lang vi` and with `--lang en`, prints no line in
/// the other language: a Vietnamese line has no English word outside file names, codes and
/// quoted values (``MessageCatalogueAudit/englishWords``); an English line has no letter only
/// Vietnamese writes.
@Suite struct LanguageTests {
  /// A folder of broken inputs: YAML that does not parse, a submission with an impossible date,
  /// a waivers file of the wrong shape, and a pack whose rules, tests and instruments are wrong.
  final class Inputs {
    let root: URL

    init() throws {
      root = FileManager.default.temporaryDirectory.appendingPathComponent("dqtv-lang-\(UUID().uuidString)")
      try write("bad.yaml", "format: dqtv-submission/1\ncommunes: [1,\n")
      try write("dup.yaml", "format: dqtv-submission/1\nformat: x\n")
      try write("list.yaml", "- 1\n- 2\n")
      try write(
        "asof.yaml",
        try String(
          contentsOf: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
            .appendingPathComponent("samples/commune-compliant.yaml"), encoding: .utf8
        ).replacingOccurrences(of: "as_of: ", with: "as_of: 2026-02-30 #"))
      try write("waivers.yaml", "waivers:\n  - rule: X\n    reasn: y\n    until: soon\n")
      try write("pack/pack.yaml", "name: broken\nversion: '1'\ntitle: {vi: Hỏng, en: Broken}\nextends: dqtv\n")
      try write(
        "pack/rules.yaml",
        """
        rules:
          - id: LOCAL.A
            title: {vi: Thử, en: Try}
            basis: [{doc: "99/2099/XX"}]
            severity: fatal
            effective: {from: 2026-01-01, until: 2025-01-01}
            scope: Comune
            require: self.population >
            message: {vi: "{self.name", en: "x"}
            colour: red
          - id: LOCAL.B
            title: {vi: Thử, en: Try}
            basis: []
            severity: error
            effective: {from: 2026-13-01}
            scope: Commune
            require: self.populaton > 0
            message: {vi: "x", en: "x"}
        """)
      try write(
        "pack/tests/t.yaml",
        """
        tests:
          - name: patched
            input: ../../asof.yaml
            patch: [{set: nowhere.x}]
            expect: [{rule: LOCAL.B}]
          - name: nothing
            expect: []
        """)
    }

    func write(_ path: String, _ text: String) throws {
      let url = root.appendingPathComponent(path)
      try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try text.write(to: url, atomically: true, encoding: .utf8)
    }

    func path(_ name: String) -> String { root.appendingPathComponent(name).path }

    deinit { try? FileManager.default.removeItem(at: root) }
  }

  /// The command lines, each run once per language.
  static func commandLines(_ inputs: Inputs) -> [[String]] {
    let sample = "samples/commune-compliant.yaml"
    return [
      ["check", inputs.path("missing.yaml")],
      ["check", inputs.path("bad.yaml")],
      ["check", inputs.path("dup.yaml")],
      ["check", inputs.path("list.yaml")],
      ["check", inputs.path("asof.yaml")],
      ["check", "--waivers", inputs.path("waivers.yaml"), sample],
      ["check", "--waivers", inputs.path("missing.yaml"), sample],
      ["check", "--rules", inputs.path("pack"), sample],
      ["check", "--rules", inputs.path("nopack"), sample],
      ["check", "--output", inputs.root.path, sample],
      ["check", "--foo", sample],
      ["check"],
      ["check", "--format", "xml", sample],
      ["check", "--as-of", "2026-02-30", sample],
      ["check", "-", "-"],
      ["check", "--only", "NO.SUCH", sample],
      ["check", "--max-cost-per-node", "0", sample],
      ["lint", inputs.path("pack")],
      ["lint", inputs.path("nopack")],
      ["test", inputs.path("pack")],
      ["test", "--bogus"],
      ["eval", "1 +"],
      ["eval", "1 / 0"],
      ["eval", "size(1)"],
      ["eval", "nosuch.field"],
      ["eval", "'a'.matches('(')"],
      ["eval", "--data", inputs.path("bad.yaml"), "1"],
      ["eval"],
      ["explain", "NO.SUCH", sample],
      ["explain", "BCH.CHT.COUNT", inputs.path("missing.yaml")],
      ["explain", "BCH.CHT.COUNT", inputs.path("asof.yaml")],
      ["rules", "--rules", inputs.path("pack")],
      ["rules", "--as-of", "30/06/2026x"],
      ["schema", "--format", "yaml"],
      ["schema", "--rules", inputs.path("nopack")],
      ["init"],
      ["init", "town"],
      ["functions", "--bogus"],
      ["convert", inputs.path("missing.yaml"), "-o", inputs.path("out.xlsx")],
      ["convert", inputs.path("bad.yaml"), "-o", inputs.path("out.xlsx")],
      ["convert", sample, "-o", inputs.root.path],
      ["convert", sample],
      ["eval", "1", "--at", "communes[0]"],
      ["explain", "BCH.CHT.COUNT", sample, "--at", "communes[9]"],
      ["nosuch"],
    ]
  }

  @Test func noLineIsInTheOtherLanguage() throws {
    let inputs = try Inputs()
    var wrong: [String] = []
    var lines = 0
    for arguments in Self.commandLines(inputs) {
      for language in Language.allCases {
        let run = try dqtv(arguments + ["--lang", language.rawValue])
        #expect(run.status != 0, "\(arguments) should fail")
        for line in (run.stdout + run.stderr).split(separator: "\n").map(String.init) {
          lines += 1
          if let problem = Self.problem(line, language: language) {
            wrong.append("\(language.rawValue) \(arguments.joined(separator: " ")): \(problem) in: \(line)")
          }
        }
      }
    }
    #expect(lines > 100)
    #expect(wrong.isEmpty, "\(wrong.joined(separator: "\n"))")
  }

  /// A blank form's comments are in the language asked for.
  @Test func theBlankFormSpeaksTheLanguageAskedFor() throws {
    for language in Language.allCases {
      let run = try dqtv(["init", "province", "--lang", language.rawValue])
      #expect(run.status == 0)
      let comments = run.stdout.split(separator: "\n").filter { $0.trimmingCharacters(in: .whitespaces).hasPrefix("#") }
      #expect(comments.count > 20)
      // The values a field may take are codes of the pack: what is judged is the words around them.
      let words = comments.map {
        $0.replacingOccurrences(
          of: #"(giá trị|values|mặc định|default):? [^;]*"#, with: "", options: .regularExpression)
      }
      let wrong = words.compactMap { Self.problem($0, language: language) }
      #expect(wrong.isEmpty, "\(language): \(wrong)")
    }
  }

  /// `dqtv functions` says what each function does in the language asked for; the English is
  /// the function table's own words, and every function listed has its entry.
  @Test func theFunctionListSpeaksTheLanguageAskedFor() throws {
    let en = try dqtv(["functions", "--lang", "en"])
    let vi = try dqtv(["functions"])
    let heads = { (text: String) in text.split(separator: "\n").filter { !$0.hasPrefix(" ") } }
    #expect(heads(en.stdout).count == heads(vi.stdout).count)
    #expect(heads(en.stdout).count > 50)
    for (e, v) in zip(heads(en.stdout), heads(vi.stdout)) {
      let name = String(e.prefix { $0 != ":" })
      #expect(FunctionDoc.entry(for: name) != nil, "\(name) has no entry")
      #expect(Self.problem(String(v.dropFirst(name.count + 1)), language: .vi) == nil, "\(v)")
      #expect(Self.problem(String(e.dropFirst(name.count + 1)), language: .en) == nil, "\(e)")
    }
    let markdown = try dqtv(["functions", "--markdown", "--lang", "en"])
    let vietnamese = try dqtv(["functions", "--markdown"])
    for doc in FunctionDoc.allCases {
      #expect(markdown.stdout.contains("\n\(doc.template.en)\n"), "\(doc.code) differs from the function table")
      #expect(vietnamese.stdout.contains("\n\(doc.template.vi)\n"), "\(doc.code) is not in the Vietnamese reference")
    }
  }

  /// The help screen of the root and of every command is in the language asked for. Labels
  /// (option, value and command names), the usage line's synopsis and the values an option
  /// takes are code, and are not judged.
  @Test func everyHelpScreenSpeaksTheLanguageAskedFor() throws {
    var wrong: [String] = []
    for name in DQTVCommand.helpScreenNames {
      for language in Language.allCases {
        let arguments = (name == "dqtv" ? [] : [name]) + ["--help", "--lang", language.rawValue]
        // Unwrapped, so that no code span is cut across two lines.
        let run = try dqtv(arguments, environment: ["COLUMNS": "10000"])
        #expect(run.status == 0)
        #expect(run.stderr.isEmpty)
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count > 6, "\(arguments)")
        for line in lines {
          if let problem = Self.problem(Self.helpText(line), language: language) {
            wrong.append("\(arguments.joined(separator: " ")): \(problem) in: \(line)")
          }
        }
      }
    }
    #expect(wrong.isEmpty, "\(wrong.joined(separator: "\n"))")
  }

  /// The words of a help line that are judged: not the label of an element (a line that begins,
  /// after two spaces, with `-`, `<` or a lower-case letter, up to the text column), not the
  /// usage line's synopsis, not an option's list of values or its default.
  static func helpText(_ line: String) -> String {
    for heading in [HelpLayoutMessage.usage]
    where line.hasPrefix(heading.template.vi) || line.hasPrefix(heading.template.en) {
      return ""
    }
    var text = line
    if line.hasPrefix("  "), let first = line.dropFirst(2).first, first == "-" || first == "<" || first.isLowercase {
      text = String(line.dropFirst(26))
    }
    return text.replacingOccurrences(
      of: #"\((giá trị|values): [^)]*\)?|(mặc định|default): [^);]*"#, with: " ", options: .regularExpression)
  }

  /// The help screen's checker can fail: an English line is caught in a Vietnamese screen.
  @Test func theHelpCheckerCatchesEnglish() {
    #expect(
      Self.problem(Self.helpText("  --lang <lang>           Language of messages. (giá trị: vi)"), language: .vi) != nil
    )
    #expect(Self.problem(Self.helpText("OVERVIEW: Check submissions against the rules."), language: .vi) != nil)
    #expect(
      Self.problem(Self.helpText("  --format <format>       Dạng đầu ra. (giá trị: text, json)"), language: .vi) == nil)
  }

  /// The documents for people (the submission format, the rule catalogue, the function
  /// reference) are in the language asked for. In Vietnamese, no line outside code blocks has
  /// an English word; in English, the fixed words are the English ones (each title stays in
  /// Vietnamese beside its English, as the law writes it).
  @Test func theDocumentsSpeakTheLanguageAskedFor() throws {
    let documents = [
      ["schema", "--format", "markdown"], ["rules", "--rules", "rules/dqtv", "--format", "markdown"],
      ["functions", "--markdown"],
    ]
    for arguments in documents {
      let vi = try dqtv(arguments)
      let en = try dqtv(arguments + ["--lang", "en"])
      #expect(vi.status == 0 && en.status == 0)
      #expect(try dqtv(arguments + ["--lang", "vi"]).stdout == vi.stdout)
      var inCode = false
      var judged = 0
      for line in vi.stdout.split(separator: "\n").map(String.init) {
        if line.hasPrefix("```") { inCode.toggle() }
        guard !inCode, !line.hasPrefix("```"), !line.hasPrefix("- `") else { continue }
        judged += 1
        // A link's target is an anchor made of a rule id: code, as the id is.
        let text = line.replacingOccurrences(of: #"\(#[^)]*\)"#, with: " ", options: .regularExpression)
        #expect(Self.problem(text, language: .vi) == nil, "\(arguments): \(line)")
      }
      #expect(judged > 50, "\(arguments)")
      let fixed: [LocalizedText] =
        DocumentMessage.allCases.map(\.template) + RuleCatalogueMessage.allCases.map(\.template)
      let english = Set(en.stdout.split(separator: "\n").map(String.init))
      // (" hoặc " is in titles of the law too.)
      for text in fixed where !text.vi.contains("{") && text != DocumentMessage.or.template {
        let vi = text.vi.trimmingCharacters(in: .whitespaces)
        #expect(!english.contains { $0.contains(vi) }, "\(arguments): «\(vi)» in the English document")
      }
    }
    let schema = try dqtv(["schema", "--lang", "en"]).stdout
    #expect(schema.hasPrefix("# The submission format — Khuôn dạng báo cáo\n\nGenerated by `dqtv schema`."))
    #expect(schema.contains("\n| field | type | required / default | Tên trường | Field |\n"))
    #expect(schema.contains("\n## Enumerations — Danh mục\n"))
    let schemaVI = try dqtv(["schema"]).stdout
    #expect(schemaVI.hasPrefix("# Khuôn dạng báo cáo\n\nSinh bởi `dqtv schema`."))
    #expect(schemaVI.contains("\n| trường | kiểu | bắt buộc / mặc định | tên trường |\n"))
  }

  /// `--lang` may be written before the command, as after it.
  @Test func theLanguageMayBeNamedBeforeTheCommand() throws {
    let rules = try dqtv(["--lang", "en", "rules"])
    #expect(rules.status == 0)
    #expect(rules.stdout.hasPrefix("rule pack: "), "\(rules.stdout.prefix(80))")
    #expect(try dqtv(["rules", "--lang", "en"]).stdout == rules.stdout)
    let eval = try dqtv(["--lang=en", "eval", "-1 + 2"])
    #expect(eval.status == 0)
    #expect(eval.stdout == "1\n")
    let error = try dqtv(["--lang", "en", "eval", "nosuch"])
    #expect(error.status == 2)
    #expect(error.stderr.contains("undeclared reference to 'nosuch'"))
  }

  /// The checker itself can fail: an English line is caught in Vietnamese output, and a
  /// Vietnamese line in English output.
  @Test func theCheckerCatchesEachLanguageInTheOther() {
    #expect(Self.problem("x.yaml:1:1: error: cannot read x.yaml: No such file [io.unreadable]", language: .vi) != nil)
    #expect(Self.problem("error: không ghi được tệp", language: .en) != nil)
    #expect(Self.problem("x.yaml:1:1: error: không đọc được tệp /tmp/a b/x.yaml [io.unreadable]", language: .vi) == nil)
    #expect(Self.problem("error: the key 'tên' appears twice", language: .en) == nil)
    #expect(Self.problem(" 3 | name: the file", language: .vi) == nil)
  }

  static let vietnameseLetters = Set(
    "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ"
      + "ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴĐ")

  /// What is wrong with a line in `language`, or `nil`. Source snippets (` 3 | …`, `   | ^`)
  /// echo the input and are not judged; nor are locations, file paths, codes (`[…]`, `<…>`,
  /// `` `…` ``) and quoted values (`'…'`, `"…"`, `«…»`).
  static func problem(_ line: String, language: Language) -> String? {
    if line.range(of: #"^\s*\d*\s\|"#, options: .regularExpression) != nil { return nil }
    var text = line
    for pattern in [
      #"^\S+:\d+:\d+: "#, #"^\S+: (?=(error|warning|info|note)\b)"#, #"^\s*(error|warning|info|note)( \([^)]*\))?:"#,
      #"\[[^\]]*\]"#, #"<[^>]*>"#, #"`[^`]*`"#, #"'[^']*'"#, #""[^"]*""#, #"«[^»]*»"#,
      #"\S*/\S*"#, #"\S+\.(yaml|yml|xlsx|json)\b"#, #"\S*_\S*"#,
    ] {
      text = text.replacingOccurrences(of: pattern, with: " ", options: .regularExpression)
    }
    switch language {
    case .vi:
      let words = MessageCatalogueAudit.englishWordsIn(text)
      return words.isEmpty ? nil : "English words \(words)"
    case .en:
      let letters = text.filter { vietnameseLetters.contains($0) }
      return letters.isEmpty ? nil : "Vietnamese letters \(String(letters))"
    }
  }
}
