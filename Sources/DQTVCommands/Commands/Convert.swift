import ArgumentParser
import Foundation
import RuleEngine
import SourceDiagnostics

extension DQTVCommand {
  struct Convert: ParsableCommand, ChoosesLanguage {
    static var configuration: CommandConfiguration {
      CommandConfiguration(abstract: HelpMessage.convert.current, discussion: HelpMessage.convertDiscussion.current)
    }

    @Argument(help: .help(.convertInput, value: .input))
    var input: String

    @Option(name: .shortAndLong, help: .help(.convertOutput, value: .file))
    var output: String

    @OptionGroup var packOptions: RulePackOptions

    @Option(help: .help(.lang, value: .lang))
    var lang: Language = .vi

    func run() throws {
      let selection = try Console.loadPacks(packOptions.paths, language: lang)
      guard let schema = selection.packs.first?.pack.schema else { return }
      let result = Workspace.bundled.convert(CommandIO.current.filePath(input), schema: schema)
      Console.report(result.diagnostics, files: [], language: lang)
      // What the workbook alone shows (an unknown column) is said, and the rest converted.
      for f in result.findings {
        Console.err("\(f.location): \(f.severity.rawValue): [\(f.rule)] \(f.message[lang])\n")
      }
      guard let bytes = result.bytes else { throw ExitCode(ExitStatus.invalidInput.rawValue) }
      try OutputFiles.write(bytes: bytes, to: output, inputs: [input], language: lang)
    }
  }
}

/// Writing a workbook or a converted file whole, or saying why not (exit 2).
enum OutputFiles {
  static func write(_ result: ConversionResult, to path: String, inputs: [String], language: Language) throws {
    Console.report(result.diagnostics, files: [], language: language)
    guard let bytes = result.bytes else { throw ExitCode(ExitStatus.invalidInput.rawValue) }
    try write(bytes: bytes, to: path, inputs: inputs, language: language)
  }

  static func write(bytes: [UInt8], to path: String, inputs: [String], language: Language) throws {
    let file = ReportFile(path: path)
    do {
      try file.validate(inputs: inputs)
    } catch let refusal {
      Console.err(refusal.message(path, language: language))
      throw ExitCode(ExitStatus.invalidInput.rawValue)
    }
    do {
      try file.write(bytes: bytes)
    } catch {
      let reason = LocalizedText(verbatim: "\(path): \(error.code)")
      Console.err("error: " + WorkbookInputMessage.writeFailed(localized: ["reason": reason])[language] + "\n")
      throw ExitCode(ExitStatus.invalidInput.rawValue)
    }
  }
}
