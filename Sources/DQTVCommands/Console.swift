import ArgumentParser
import Foundation
import RuleEngine
import SourceDiagnostics

/// Standard output and standard error of the command being run (``CommandIO/current``).
/// Findings and reports go to standard output; problems of the run itself go to standard
/// error, so that JSON on standard output is never mixed with other text.
enum Console {
  static func out(_ text: String) {
    CommandIO.current.out(text)
  }

  static func err(_ text: String) {
    CommandIO.current.err(text)
  }

  /// The language of the command being run (`--lang`), set for the run by
  /// ``DQTVCommand/run(_:io:)``.
  @TaskLocal static var language: Language = .vi

  /// An error line about the run itself: `error: ` and a message, in the run's language.
  static func error(_ text: LocalizedText) {
    err("error: \(text[language])\n")
  }

  /// Prints diagnostics with snippets of the files they point into, in the run's language.
  static func report(_ diagnostics: [Diagnostic], files: [SourceFile], language: Language = Console.language) {
    guard !diagnostics.isEmpty else { return }
    let renderer = SnippetRenderer(files: files, language: language.rawValue)
    var text = ""
    for d in diagnostics.sorted() { text += renderer.render(d) }
    err(text)
  }

  /// Loads the packs a command names; on any error prints the diagnostics and throws exit 2.
  static func loadPacks(
    _ paths: [String], in workspace: Workspace = .bundled, includingReport: Bool = false,
    language: Language = Console.language
  ) throws -> PackSelection {
    let selection = workspace.loadPacks(paths, includingReport: includingReport)
    report(selection.diagnostics, files: selection.files, language: language)
    if selection.hasErrors { throw ExitCode(ExitStatus.invalidInput.rawValue) }
    return selection
  }

  /// The submission a path names: a file, or standard input for `-`.
  static func submission(_ path: String, stdinName: String?, in workspace: Workspace = .bundled) -> SubmissionInput {
    guard path == "-" else { return .file(CommandIO.current.filePath(path)) }
    // One byte past the limit is enough for the reader to refuse an endless stream.
    return .bytes(CommandIO.current.readInput(workspace.maxSubmissionBytes + 1), name: stdinName ?? "<stdin>")
  }
}

extension Workspace {
  /// The workspace of the command line: the bundled pack, known by its name, is the default.
  static var bundled: Workspace {
    // Named as in the repository, so that findings and SARIF point at the files it was made from.
    let source = MemoryPackSource(name: "rules/\(BundledPack.name)", files: BundledPack.files)
    return Workspace(namedPacks: [BundledPack.name: source], defaultPack: BundledPack.name)
  }
}
