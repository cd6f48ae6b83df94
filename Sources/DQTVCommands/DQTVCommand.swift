import ArgumentParser
import Foundation
import RuleEngine
import SourceDiagnostics

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The root `dqtv` command.
package struct DQTVCommand: ParsableCommand {
  /// The tool's version, printed by `--version` and written into reports.
  package static let version = "0.1.0"

  package static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "dqtv",
      abstract: HelpMessage.root.current,
      discussion: HelpMessage.rootDiscussion.current,
      version: version,
      subcommands: [
        Check.self, Lint.self, Test.self, Eval.self, Explain.self, Rules.self, Schema.self, Init.self, Convert.self,
        Functions.self,
      ]
    )
  }

  package init() {}
}

extension DQTVCommand {
  /// Runs a command line in process, as the executable does, with `io` as its streams; returns
  /// the exit status. Tests run commands this way rather than launching the binary.
  package static func run(_ arguments: [String], io: CommandIO) -> Int32 {
    CommandIO.$current.withValue(io) {
      if let asked = VersionText.request(ifAsking: arguments) {
        io.out(VersionText.text(asked.language, packs: asked.packs))
        return settle(ExitStatus.success.rawValue, io: io, language: asked.language)
      }
      if let command = HelpScreen.request(arguments) {
        let language = HelpScreen.language(arguments, for: command)
        io.out(HelpScreen.text(for: command, language: language) + "\n")
        return settle(ExitStatus.success.rawValue, io: io, language: language)
      }
      var language = Self.language(in: arguments)
      let status: Int32
      do {
        if let message = badDateMessage(arguments, languageWord(arguments)) {
          io.err(message + "\n")
          return ExitStatus.invalidInput.rawValue
        }
        // Parsed in the run's language: a usage error quotes the option's help.
        var command = try Console.$language.withValue(language) {
          try parseAsRoot(expressionFirst(languageAfterSubcommand(arguments)))
        }
        if let chosen = command as? ChoosesLanguage { language = chosen.lang }
        try Console.$language.withValue(language) { try command.run() }
        status = ExitStatus.success.rawValue
      } catch {
        status = exitCode(for: error).rawValue
        // In the run's language: the parser quotes an option's help, and dumps the help texts.
        var message = Console.$language.withValue(language) { fullMessage(for: error) }
        // `--experimental-dump-help` (exit 0) stays as the parser writes it; errors are translated.
        if status != 0 { message = UsageMessage.translate(message, into: language) }
        if !message.isEmpty { (status == 0 ? io.out : io.err)(message + "\n") }
      }
      return settle(status, io: io, language: language)
    }
  }

  /// The exit status once the streams are accounted for: a reader that went away ends the run
  /// quietly with the status it had; any other write error is exit 2, said on standard error
  /// when standard error can still be written.
  static func settle(_ status: Int32, io: CommandIO, language: Language) -> Int32 {
    let (out, err) = io.writeFailures()
    let stream: LocalizedText
    let failure: WriteFailure
    switch (out, err) {
    case (.error(let code)?, _): (stream, failure) = (CommandMessage.standardOutput(), .error(code))
    case (_, .error(let code)?): (stream, failure) = (CommandMessage.standardError(), .error(code))
    default: return status
    }
    let text = CommandMessage.cannotWriteStream(localized: ["stream": stream, "reason": failure.reason])
    io.err("error: \(text[language])\n")
    return ExitStatus.invalidInput.rawValue
  }

  /// Runs the command line of this process on its own streams; returns its exit status.
  package static func runProcess() -> Int32 {
    // SIGPIPE keeps its disposition: by default a reader that goes away ends the process by
    // the signal; where it is ignored, the write sees EPIPE and the run ends quietly.
    let closed = StreamWriter.guardStandardDescriptors()
    let arguments = CommandLineArguments.ofProcess()
    var io = CommandIO.standard(closed: closed)
    io.rawArguments = arguments.raw
    return run(arguments.shown, io: io)
  }
}

extension DQTVCommand {
  /// The language a command line asks for with `--lang vi|en` (or `--lang=…`), before it is
  /// parsed, so that an error in the command line itself is said in that language; Vietnamese
  /// by default.
  static func language(in arguments: [String]) -> Language {
    var chosen = Language.vi
    for (i, argument) in arguments.enumerated() {
      if argument == "--" { break }
      if argument == "--lang", i + 1 < arguments.count, let l = Language(rawValue: arguments[i + 1]) { chosen = l }
      if argument.hasPrefix("--lang="), let l = Language(rawValue: String(argument.dropFirst("--lang=".count))) {
        chosen = l
      }
    }
    return chosen
  }
}

/// A command with a `--lang` option: its messages about the run are in that language.
protocol ChoosesLanguage {
  var lang: Language { get }
}
