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
    static var configuration: CommandConfiguration {
      CommandConfiguration(abstract: HelpMessage.schema.current, discussion: HelpMessage.schemaDiscussion.current)
    }

    @Option(help: .help(.outputFormat, value: .format))
    var format: SchemaFormat = .markdown

    @OptionGroup var packOptions: RulePackOptions

    @Option(help: .help(.lang, value: .lang))
    var lang: Language = .vi

    func run() throws {
      let selection = try Console.loadPacks(packOptions.paths)
      guard let schema = selection.packs.first?.pack.schema else { return }
      switch format {
      case .markdown: Console.out(SchemaDocuments.markdown(schema, language: lang))
      case .jsonSchema: Console.out(SchemaDocuments.jsonSchema(schema))
      }
    }
  }

  struct Init: ParsableCommand, ChoosesLanguage {
    static var configuration: CommandConfiguration {
      CommandConfiguration(abstract: HelpMessage.initForm.current)
    }

    @Argument(help: .help(.formKind, value: .kind))
    var kind: FormKind

    @Option(help: .help(.formFormat, value: .format))
    var format: FormFormat = .yaml

    @Option(name: .shortAndLong, help: .help(.formOutput, value: .file))
    var output: String?

    @OptionGroup var packOptions: RulePackOptions

    @Option(help: .help(.lang, value: .lang))
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
