import ArgumentParser
import RuleEngine
import SourceDiagnostics

enum SchemaFormat: String, ExpressibleByArgument, CaseIterable {
  case markdown
  case jsonSchema = "json-schema"
}

enum FormKind: String, ExpressibleByArgument, CaseIterable {
  case commune, province
}

enum FormFormat: String, ExpressibleByArgument, CaseIterable {
  case yaml, xlsx
}

extension DQTVCommand {
  struct Schema: ParsableCommand, ChoosesLanguage {
    static let configuration = CommandConfiguration(
      abstract: "Print the submission format: Markdown for people, JSON Schema for editors.",
      discussion: """
        With the JSON Schema saved as dqtv.schema.json, a first line \
        `# yaml-language-server: $schema=dqtv.schema.json` in a submission gives completion and \
        checking while typing in editors that use the YAML language server.
        """)

    @Option(help: "Output format.")
    var format: SchemaFormat = .markdown

    @OptionGroup var packOptions: RulePackOptions

    @Option(help: "Language of messages: vi (default) or en.")
    var lang: Language = .vi

    func run() throws {
      let selection = try Console.loadPacks(packOptions.paths)
      guard let schema = selection.packs.first?.pack.schema else { return }
      switch format {
      case .markdown: Console.out(SchemaDocuments.markdown(schema))
      case .jsonSchema: Console.out(SchemaDocuments.jsonSchema(schema))
      }
    }
  }

  struct Init: ParsableCommand, ChoosesLanguage {
    static let configuration = CommandConfiguration(
      abstract: "Print a blank submission to fill in, with every field explained in the language of --lang.")

    @Argument(help: "commune: one commune; province: the province block, its council and one commune.")
    var kind: FormKind

    @Option(help: "yaml: a YAML form on standard output; xlsx: a workbook template, written to --output.")
    var format: FormFormat = .yaml

    @Option(name: .shortAndLong, help: ArgumentHelp("The file to write (required for xlsx).", valueName: "file"))
    var output: String?

    @OptionGroup var packOptions: RulePackOptions

    @Option(help: "Language of messages: vi (default) or en.")
    var lang: Language = .vi

    func validate() throws {
      if format == .xlsx && output == nil { throw ValidationError(CommandMessage.workbookNeedsOutput.text(lang)) }
    }

    func run() throws {
      let selection = try Console.loadPacks(packOptions.paths)
      guard let schema = selection.packs.first?.pack.schema else { return }
      switch format {
      case .yaml:
        let text = BlankForm(schema: schema, asOf: Eval.today(), language: lang).text(upperLevel: kind == .province)
        if let output {
          try OutputFiles.write(bytes: Array(text.utf8), to: output, inputs: [], language: lang)
        } else {
          Console.out(text)
        }
      case .xlsx:
        let template = Workspace.bundled.workbookTemplate(
          schema: schema, upperLevel: kind == .province, asOf: Eval.today())
        try OutputFiles.write(template, to: output ?? "", inputs: [], language: lang)
      }
    }
  }
}
