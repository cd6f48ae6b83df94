import DQTVCommands
import Foundation
import SourceDiagnostics
import TestSupport
import Testing

/// `--help`, `-h` and `help SUBCOMMAND` in the language of the run (`--lang`, anywhere on the
/// line; else the settings file's for `check` and the root; else Vietnamese), laid out by the
/// parser from the real command line, with every text from the catalogues.
@Suite struct HelpScreenTests {
  @Test func everyWayOfAskingGivesTheScreenInTheLanguageAskedFor() throws {
    let en = try dqtv(["check", "--help", "--lang", "en"])
    #expect(en.status == 0)
    #expect(en.stderr.isEmpty)
    #expect(en.stdout.hasPrefix("OVERVIEW: Check submissions against the rules in force on their date.\n"))
    #expect(en.stdout.contains("\nUSAGE: dqtv check [<options>] <submission> ...\n"))
    for arguments in [
      ["--lang", "en", "check", "--help"], ["check", "-h", "--lang=en"], ["help", "check", "--lang", "en"],
      ["check", "--format", "xml", "--help", "--lang", "en"],
    ] {
      let run = try dqtv(arguments)
      #expect(run.status == 0)
      #expect(run.stdout == en.stdout, "\(arguments)")
    }
    let vi = try dqtv(["check", "--help"])
    #expect(vi.status == 0)
    #expect(vi.stdout.hasPrefix("TỔNG QUAN: Kiểm tra báo cáo theo các quy tắc có hiệu lực"))
    #expect(vi.stdout.contains("\nCÁCH DÙNG: dqtv check [<tùy-chọn>] <báo-cáo> ...\n"))
    #expect(vi.stdout.contains("\nĐỐI SỐ:\n") && vi.stdout.contains("\nTÙY CHỌN:\n"))
    #expect(vi.stdout.contains("\n  -h, --help              In phần trợ giúp này.\n"))
    for arguments in [["help", "check"], ["check", "-h", "--lang", "vi"], ["--lang", "vi", "check", "--help"]] {
      let run = try dqtv(arguments)
      #expect(run.status == 0)
      #expect(run.stdout == vi.stdout, "\(arguments)")
    }
    for arguments in [["--help"], ["-h"], ["help"], [], ["--lang", "vi"]] {
      let run = try dqtv(arguments)
      #expect(run.status == 0)
      #expect(run.stdout.hasPrefix("TỔNG QUAN: Đối chiếu số liệu"), "\(arguments)")
      #expect(run.stdout.contains("\nLỆNH CON:\n  check   "))
      #expect(run.stdout.hasSuffix("\n  Xem `dqtv help <lệnh-con>` để có trợ giúp chi tiết.\n"))
    }
    #expect(try dqtv(["--lang", "en"]).stdout.hasPrefix("OVERVIEW: Check what a locality reports"))
    let binary = try runDQTV(["eval", "--help", "--lang", "en"])
    #expect(binary.status == 0)
    #expect(binary.stdout.hasPrefix("OVERVIEW: Evaluate one CEL expression"))
  }

  /// In English the screen is exactly the parser's own; in Vietnamese it has the same lines of
  /// options, in the same order, within the same width.
  @Test func theScreenIsLaidOutByTheParser() throws {
    for name in DQTVCommand.helpScreenNames {
      let en = try #require(DQTVCommand.helpScreen(of: name, language: .en, width: 80))
      #expect(en.written == en.laidOut, "\(name)")
      for width in [80, 60] {
        let vi = try #require(DQTVCommand.helpScreen(of: name, language: .vi, width: width))
        let english = try #require(DQTVCommand.helpScreen(of: name, language: .en, width: width))
        #expect(Self.labels(vi.written) == Self.labels(english.written), "\(name)")
        #expect(Self.labels(vi.written).count >= 3, "\(name)")
        for line in vi.written.split(separator: "\n") where !line.hasPrefix("CÁCH DÙNG: ") {
          // A label longer than the width stays whole, as the parser leaves it.
          #expect(line.count <= width || !line.contains(" "), "\(name): \(line)")
        }
      }
    }
  }

  /// The labels of a screen's arguments, options and subcommands, in order: the first word of
  /// each line that begins, after two spaces, with `-`, `<` or a lower-case letter, with the
  /// name of a value (which is in the language of the screen) left out.
  static func labels(_ screen: String) -> [String] {
    screen.split(separator: "\n")
      .filter { line in
        guard line.hasPrefix("  "), let first = line.dropFirst(2).first else { return false }
        return first == "-" || first == "<" || first.isLowercase
      }
      .map { line in
        let word = line.dropFirst(2).prefix { $0 != " " }
        return word.hasPrefix("<") ? "<value>" : String(word)
      }
  }

  /// Every abstract, discussion and argument text of every command is an entry of the
  /// catalogues in the language of the run: an option added with a text of its own fails here.
  @Test func everyTextComesFromTheCatalogues() throws {
    for language in Language.allCases {
      let run = try dqtv(["--experimental-dump-help", "--lang", language.rawValue])
      #expect(run.status == 0)
      let dump = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
      let root = try #require(dump["command"] as? [String: Any])
      let commandTexts = Set(HelpMessage.allCases.map { $0.template[language] })
      let argumentTexts = Set(OptionHelp.allCases.map { $0.template[language] })
      let valueNames = Set(ValueName.allCases.map { $0.template[language] })
      var missing: [String] = []
      var arguments = 0
      func walk(_ command: [String: Any]) {
        let name = command["commandName"] as? String ?? "?"
        guard name != "help" else { return }
        if let abstract = command["abstract"] as? String, !commandTexts.contains(abstract) { missing.append(name) }
        if let discussion = command["discussion"] as? String, !commandTexts.contains(discussion) {
          missing.append("\(name) discussion")
        }
        for argument in command["arguments"] as? [[String: Any]] ?? [] {
          let names = (argument["names"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
          if names.contains("help") || names.contains("version") { continue }
          arguments += 1
          let label = names.first ?? argument["valueName"] as? String ?? "?"
          if !argumentTexts.contains(argument["abstract"] as? String ?? "") { missing.append("\(name) \(label)") }
          if argument["kind"] as? String != "flag", !valueNames.contains(argument["valueName"] as? String ?? "") {
            missing.append("\(name) \(label) value name")
          }
        }
        for sub in command["subcommands"] as? [[String: Any]] ?? [] { walk(sub) }
      }
      walk(root)
      #expect(arguments > 40)
      #expect(missing.isEmpty, "\(language.rawValue): no catalogue entry for \(missing)")
    }
  }

  /// The settings file's `lang` chooses the language of the screens of `check` and of the
  /// root, as it does for `check` itself; `--lang` wins.
  @Test func theSettingsFileChoosesTheLanguageOfCheck() throws {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("dqtv-help-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: root) }
    try "lang: en\n".write(to: root.appendingPathComponent(".dqtv.yaml"), atomically: true, encoding: .utf8)
    #expect(try runDQTV(["check", "--help"], directory: root).stdout.hasPrefix("OVERVIEW: "))
    #expect(try runDQTV(["--help"], directory: root).stdout.hasPrefix("OVERVIEW: "))
    #expect(try runDQTV(["check", "--help", "--lang", "vi"], directory: root).stdout.hasPrefix("TỔNG QUAN: "))
    #expect(try runDQTV(["lint", "--help"], directory: root).stdout.hasPrefix("TỔNG QUAN: "))
  }

  /// A usage error quotes the option's help in the language of the run.
  @Test func aUsageErrorQuotesTheHelpInTheLanguageOfTheRun() throws {
    let run = try dqtv(["check", "--format", "xml", "x.yaml", "--lang", "en"])
    #expect(run.status == 64)
    #expect(run.stderr.contains("Output format."), "\(run.stderr)")
    #expect(!run.stderr.contains("Dạng đầu ra"))
    let vi = try dqtv(["check", "--format", "xml", "x.yaml"])
    #expect(vi.status == 64)
    #expect(vi.stderr.contains("\nTrợ giúp: `--format <dạng>`: Dạng đầu ra.\n"), "\(vi.stderr)")
  }
}
