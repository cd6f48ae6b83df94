import ArgumentParser
import Foundation
import RuleEngine
import SourceDiagnostics
import Workbook
import YAML

extension DQTVCommand {
  struct Convert: ParsableCommand, ChoosesLanguage {
    static let configuration = CommandConfiguration(
      abstract: "Convert a submission between YAML and an .xlsx workbook.",
      discussion: """
        A workbook (.xlsx) becomes YAML; YAML becomes a workbook laid out as `dqtv init --format xlsx` \
        lays it out. The direction follows the input: a workbook is read by its name or its bytes.
        """)

    @Argument(help: ArgumentHelp("The submission to convert.", valueName: "input"))
    var input: String

    @Option(name: .shortAndLong, help: ArgumentHelp("The file to write.", valueName: "file"))
    var output: String

    @OptionGroup var packOptions: RulePackOptions

    @Option(help: "The language of messages.")
    var lang: Language = .vi

    func run() throws {
      let selection = try Console.loadPacks(packOptions.paths, language: lang.rawValue)
      guard let schema = selection.packs.first?.pack.schema else { return }
      if WorkbookInput.isWorkbook(.file(input)) {
        try toYAML(schema: schema)
      } else {
        try toWorkbook(schema: schema)
      }
    }

    /// A workbook to YAML: the tree its cells make, written as text.
    func toYAML(schema: RuleEngine.Schema) throws {
      let read: WorkbookSubmission
      do throws(WorkbookError) {
        var workbook = try WorkbookReader().open(path: input)
        read = try WorkbookSubmissionReader(schema: schema).read(&workbook)
      } catch {
        Console.report([Workspace.diagnostic(error)], files: [], language: lang.rawValue)
        throw ExitCode(ExitStatus.invalidInput.rawValue)
      }
      Console.report(read.diagnostics, files: [], language: lang.rawValue)
      guard let document = read.document, read.diagnostics.isEmpty else {
        throw ExitCode(ExitStatus.invalidInput.rawValue)
      }
      // What the workbook alone shows (an unknown column) is said, and the rest converted.
      for f in read.findings {
        Console.err("\(f.location): \(f.severity.rawValue): [\(f.rule)] \(f.message[lang])\n")
      }
      let header = "# \(input) → YAML (dqtv convert)\n"
      try WorkbookFiles.write(
        bytes: Array(YAMLTextWriter.text(document, header: header).utf8), to: output, inputs: [input], language: lang)
    }

    /// YAML to a workbook.
    func toWorkbook(schema: RuleEngine.Schema) throws {
      let loaded = YAMLLoader().load(contentsOf: input)
      guard let document = loaded.document else {
        Console.report(loaded.diagnostics.sorted, files: [], language: lang.rawValue)
        throw ExitCode(ExitStatus.invalidInput.rawValue)
      }
      let writer = SubmissionWorkbookWriter(schema: schema).workbook(from: document)
      try WorkbookFiles.write(writer, to: output, inputs: [input], language: lang)
    }
  }
}

/// Writing a workbook or a converted file whole, or saying why not (exit 2).
enum WorkbookFiles {
  static func write(_ writer: WorkbookWriter, to path: String, inputs: [String], language: Language) throws {
    let bytes: [UInt8]
    do {
      bytes = try writer.write()
    } catch {
      let reason = LocalizedText(vi: error.messageVI, en: error.message)
      Console.err(
        "error: " + WorkbookInputMessage.writeFailed(localized: ["reason": reason])[language] + "\n")
      throw ExitCode(ExitStatus.invalidInput.rawValue)
    }
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
