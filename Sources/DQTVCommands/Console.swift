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

  /// Writes a report in UTF-8 as ``out(_:)`` writes text.
  static func out(bytes: [UInt8]) {
    let io = CommandIO.current
    if let write = io.outBytes { write(bytes) } else { io.out(String(decoding: bytes, as: UTF8.self)) }
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
    let selection = openingRawPacks(paths, in: workspace).loadPacks(paths, includingReport: includingReport)
    report(selection.diagnostics, files: selection.files, language: language)
    if selection.hasErrors { throw ExitCode(ExitStatus.invalidInput.rawValue) }
    return selection
  }

  /// ``loadPacks(_:in:includingReport:language:)`` with other work done at once: work that does
  /// not need the packs (reading a submission's tree), on this thread, while the packs compile
  /// on a thread of their own. (The other way round, the tree is built in the memory of a thread
  /// other than the one that decodes it, and the peak grows by what the compilation freed.)
  /// The other work's answer is returned only when the packs load.
  static func loadPacks<Other: Sendable>(
    _ paths: [String], in workspace: Workspace = .bundled, includingReport: Bool = false,
    language: Language = Console.language, alongside other: @Sendable () -> Other
  ) throws -> (PackSelection, Other) {
    let opened = openingRawPacks(paths, in: workspace)
    let (answer, selection) = Concurrently.both(
      other, { opened.loadPacks(paths, includingReport: includingReport) })
    report(selection.diagnostics, files: selection.files, language: language)
    if selection.hasErrors { throw ExitCode(ExitStatus.invalidInput.rawValue) }
    return (selection, answer)
  }

  /// `workspace`, knowing each pack folder of `paths` whose name is not UTF-8 by its escaped
  /// name, opened by its bytes (the folder stays open as long as its source or pack lives).
  static func openingRawPacks(_ paths: [String], in workspace: Workspace) -> Workspace {
    var workspace = workspace
    for path in paths {
      let raw = CommandIO.current.filePath(path)
      if raw.string == nil, let source = DirectoryPackSource(opening: raw) { workspace.namedPacks[path] = source }
    }
    return workspace
  }

  /// The path a file named on the command line is read by: the argument itself, or, for a
  /// name that is not UTF-8, the path of a descriptor opened by its bytes, kept open by
  /// `opened`. A name that cannot be opened is read by its shown form, which is then missing.
  static func systemPath(_ argument: String) -> (path: String, opened: OpenedByBytes?) {
    let raw = CommandIO.current.filePath(argument)
    guard raw.string == nil, case .success(let opened) = OpenedByBytes.open(raw) else { return (argument, nil) }
    return (opened.path, opened)
  }

  /// ``systemPath(_:)`` of a file that is read whole (waivers): one that exists but is not a
  /// regular file (a FIFO, a device) is refused with exit 2, as reading it could wait forever.
  static func regularFilePath(_ argument: String) throws -> (path: String, opened: OpenedByBytes?) {
    let (path, opened) = systemPath(argument)
    var info = stat()
    if stat(path, &info) == 0, (info.st_mode & S_IFMT) != S_IFREG {
      error(SafetyMessage.notARegularFile(["file": TerminalText.escaped(argument)]))
      throw ExitCode(ExitStatus.invalidInput.rawValue)
    }
    return (path, opened)
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
