import ArgumentParser
import Foundation
import RuleEngine
import SourceDiagnostics

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `--help`, `-h` and `help SUBCOMMAND`, in the language of the run. swift-argument-parser lays
/// the screen out from the commands themselves (so the usage line and the list of options are
/// always those of the real command line), with the texts of ``HelpMessage`` and ``OptionHelp``
/// read in the language asked for; the words the parser writes itself (``HelpLayoutMessage``)
/// are then put in that language, and the screen is wrapped to the terminal's width.
enum HelpScreen {
  /// The words of a command line that ask for help.
  static let helpWords: Set<String> = ["--help", "-h"]

  /// The command a command line asks help for, or `nil` when it asks for none: the subcommand
  /// named first (after `help`, if the line begins with it), else the root. `dqtv` alone asks
  /// for the root's.
  static func request(_ arguments: [String]) -> ParsableCommand.Type? {
    let words = arguments.prefix { $0 != "--" }
    var positional: [String] = []
    var i = words.startIndex
    while i < words.endIndex {
      if words[i] == "--lang" {
        i += 2
        continue
      }
      if !words[i].hasPrefix("-") { positional.append(words[i]) }
      i += 1
    }
    let named = { (name: String?) in
      DQTVCommand.configuration.subcommands.first { $0._commandName == name }
    }
    if positional.first == "help" { return named(positional.dropFirst().first) ?? DQTVCommand.self }
    // `dqtv` alone (with a `--lang` at most) shows the root's screen, as the parser would.
    if DQTVCommand.languageAfterSubcommand(arguments).isEmpty { return DQTVCommand.self }
    guard words.contains(where: helpWords.contains) else { return nil }
    return named(positional.first) ?? DQTVCommand.self
  }

  /// The language of a help screen: `--lang`; else, for the commands that read the settings
  /// file (`check`, and the root, which lists it), its `lang`; else Vietnamese.
  static func language(_ arguments: [String], for command: ParsableCommand.Type) -> Language {
    let words = arguments.prefix { $0 != "--" }
    if words.contains(where: { $0 == "--lang" || $0.hasPrefix("--lang=") }) {
      return DQTVCommand.language(in: arguments)
    }
    guard command == DQTVCommand.self || command == DQTVCommand.Check.self,
      let path = SettingsFile.find(from: FileManager.default.currentDirectoryPath),
      let settings = SettingsFile.load(path, keys: DQTVCommand.Check.settingsKeys, lists: ["rules"]).0,
      let word = settings.values["lang"]?.texts.first, let chosen = Language(rawValue: word)
    else { return .vi }
    return chosen
  }

  /// The help screen of `command` in `language`, wrapped to `width` columns.
  static func text(for command: ParsableCommand.Type, language: Language, width: Int = terminalWidth()) -> String {
    // Laid out on lines as long as they need, then wrapped once the texts are in `language`.
    let laidOut = Console.$language.withValue(language) {
      DQTVCommand.helpMessage(for: command, columns: 100_000)
    }
    var lines: [String] = []
    var inSections = false
    for line in laidOut.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
      if line.hasPrefix(HelpLayoutMessage.usage.template.en) {
        inSections = true
        lines.append(localized(line, language))
        continue
      }
      // A line of a section is an element: its text begins at the parser's label column.
      let indent = inSections && line.hasPrefix("  ") ? labelColumn : 0
      lines += wrap(localized(line, language), width: width, indent: indent)
    }
    return lines.joined(separator: "\n")
  }

  /// The column at which the parser begins the text of an argument, an option or a subcommand.
  static let labelColumn = 26

  /// One line of the parser's screen with the parser's own words in `language`.
  static func localized(_ line: String, _ language: Language) -> String {
    guard language != .en else { return line }
    let word = { (entry: HelpLayoutMessage) in (entry.template.en, entry.template[language]) }
    for entry in [HelpLayoutMessage.overview, .usage] {
      let (en, text) = word(entry)
      if line.hasPrefix(en) {
        var rest = String(line.dropFirst(en.count))
        if entry == .usage {
          for placeholder in [HelpLayoutMessage.subcommandPlaceholder, .optionsPlaceholder] {
            let (en, translated) = word(placeholder)
            rest = rest.replacingOccurrences(of: en, with: translated)
          }
        }
        return text + rest
      }
    }
    for entry in [HelpLayoutMessage.arguments, .options, .subcommands] where line == entry.template.en {
      return entry.template[language]
    }
    if let values = UsageMessage.match(line, template: HelpLayoutMessage.seeSubcommandHelp.template.en) {
      return MessageTemplate.fill(HelpLayoutMessage.seeSubcommandHelp.template[language], values)
    }
    var text = line
    for entry in [HelpLayoutMessage.helpFlag, .versionFlag, .helpCommand] {
      let (en, translated) = word(entry)
      if text.hasSuffix(en) { text = String(text.dropLast(en.count)) + translated }
    }
    let (values, translatedValues) = word(.values)
    let (defaultValue, translatedDefault) = word(.defaultValue)
    return
      text
      .replacingOccurrences(of: values, with: translatedValues)
      .replacingOccurrences(of: "(" + defaultValue, with: "(" + translatedDefault)
      .replacingOccurrences(of: "; " + defaultValue, with: "; " + translatedDefault)
  }

  /// A line cut at spaces into lines of at most `width` columns where it can be, as the parser
  /// cuts them (a line that is not the last ends one column short, where the parser found its
  /// space); each line after the first begins at column `indent`, and the first keeps its own
  /// leading part (its indentation, or a label and its padding up to `indent`).
  static func wrap(_ line: String, width: Int, indent: Int) -> [String] {
    guard line.count > width else { return [line] }
    let leading = line.prefix { $0 == " " }.count
    let head = String(line.prefix(max(leading, min(indent, line.count))))
    let words = line.dropFirst(head.count).split(separator: " ", omittingEmptySubsequences: false)
    var lines: [String] = []
    var current = head
    var empty = true
    let margin = String(repeating: " ", count: indent)
    for (i, word) in words.enumerated() {
      let limit = i == words.count - 1 ? width : width - 1
      if !empty, current.count + 1 + word.count > limit {
        lines.append(current)
        current = margin + word
      } else {
        current += (empty ? "" : " ") + word
      }
      empty = false
    }
    lines.append(current)
    return lines
  }

  /// The width help is wrapped to, as the parser finds it: `COLUMNS` when it is set to a usable
  /// width, else the terminal's when standard output is one, else 80.
  static func terminalWidth() -> Int {
    let io = CommandIO.current
    if let text = io.environment["COLUMNS"], let columns = Int(text), columns >= 40 { return columns }
    var size = winsize()
    #if canImport(Glibc)
      let request = UInt(TIOCGWINSZ)
    #else
      let request = TIOCGWINSZ
    #endif
    if io.outputIsTerminal, ioctl(STDOUT_FILENO, request, &size) == 0, size.ws_col >= 40 { return Int(size.ws_col) }
    return 80
  }
}

extension DQTVCommand {
  /// The names of the commands that have a help screen: the root's, then each subcommand's.
  package static var helpScreenNames: [String] {
    [_commandName] + configuration.subcommands.map { $0._commandName }
  }

  /// The help screen of the command named `name` as `dqtv` writes it, and as the parser itself
  /// lays it out, both in `language` at `width` columns; `nil` for no such command.
  package static func helpScreen(
    of name: String, language: Language, width: Int
  ) -> (
    written: String, laidOut: String
  )? {
    guard let command = ([self] + configuration.subcommands).first(where: { $0._commandName == name }) else {
      return nil
    }
    let laidOut = Console.$language.withValue(language) { helpMessage(for: command, columns: width) }
    return (HelpScreen.text(for: command, language: language, width: width), laidOut)
  }
}
