import SourceDiagnostics

extension DQTVCommand {
  /// The command line with an `eval` expression that begins with `-` (`-1 + 2`, `-x.size()`)
  /// moved behind `--`, so that it is read as the expression rather than as an option: every
  /// option of `eval` is long and takes a value, so any other word beginning with a single `-`
  /// can only be the expression.
  static func expressionFirst(_ arguments: [String]) -> [String] {
    guard arguments.first == "eval", !arguments.contains("--") else { return arguments }
    var rest = Array(arguments.dropFirst())
    var i = 0
    while i < rest.count {
      let word = rest[i]
      if word.hasPrefix("--") {
        // A long option: its value is the next word unless written `--name=value`.
        i += word.contains("=") || word == "--help" ? 1 : 2
        continue
      }
      if word.hasPrefix("-"), word.count > 1, word != "-h" {
        rest.remove(at: i)
        return ["eval"] + rest + ["--", word]
      }
      i += 1
    }
    return arguments
  }
}

extension DQTVCommand {
  /// The first `--as-of` value of a command line that is no date in either form, said with the
  /// forms expected; `nil` when every such value is a date.
  static func badDateMessage(_ arguments: [String], _ language: Language) -> String? {
    var i = 0
    while i < arguments.count, arguments[i] != "--" {
      var value: String?
      if arguments[i] == "--as-of", i + 1 < arguments.count {
        value = arguments[i + 1]
        i += 1
      } else if arguments[i].hasPrefix("--as-of=") {
        value = String(arguments[i].dropFirst("--as-of=".count))
      }
      if let value, CalendarDateArgument.date(value) == nil {
        return "error: " + DataEntryCommandMessage.badDateArgument.text(language, ["value": value])
      }
      i += 1
    }
    return nil
  }
}

extension DQTVCommand {
  /// The language a command line asks for with `--lang`, read before the line is parsed (for
  /// what is said before it is): Vietnamese unless English is asked for.
  static func languageWord(_ arguments: [String]) -> Language {
    for (i, word) in arguments.enumerated() {
      if word == "--", i > 0 { break }
      if word == "--lang=en" || (word == "--lang" && arguments.dropFirst(i + 1).first == "en") { return .en }
    }
    return .vi
  }
}

extension DQTVCommand {
  /// The command line with a `--lang` written before the subcommand (`dqtv --lang en rules`)
  /// moved after it, where every subcommand takes it. Without a subcommand, `--lang` is left
  /// out: the root has no options, and the language is read before parsing.
  static func languageAfterSubcommand(_ arguments: [String]) -> [String] {
    var before: [String] = []
    var i = 0
    while i < arguments.count, arguments[i].hasPrefix("-"), arguments[i] != "--" {
      if arguments[i] == "--lang", i + 1 < arguments.count {
        before += arguments[i...(i + 1)]
        i += 2
      } else if arguments[i].hasPrefix("--lang=") {
        before.append(arguments[i])
        i += 1
      } else {
        return arguments
      }
    }
    if i < arguments.count, configuration.subcommands.contains(where: { $0._commandName == arguments[i] }) {
      return before.isEmpty ? arguments : [arguments[i]] + before + arguments[(i + 1)...]
    }
    var rest: [String] = []
    var j = i
    while j < arguments.count {
      if arguments[j] == "--" { return rest + arguments[j...] }
      if arguments[j] == "--lang" {
        j += 2
        continue
      }
      if !arguments[j].hasPrefix("--lang=") { rest.append(arguments[j]) }
      j += 1
    }
    return rest
  }
}
