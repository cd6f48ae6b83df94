import Foundation
import SourceDiagnostics

/// Standard output and standard error. Findings and reports go to standard output; problems
/// of the run itself go to standard error, so that JSON on standard output is never mixed
/// with other text.
enum Console {
  static func out(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
  }

  static func err(_ text: String) {
    FileHandle.standardError.write(Data(text.utf8))
  }

  /// Prints diagnostics with snippets of the files they point into, in a language where the
  /// diagnostic has a translation (English otherwise).
  static func report(_ diagnostics: [Diagnostic], files: [SourceFile], language: String = "en") {
    guard !diagnostics.isEmpty else { return }
    let renderer = SnippetRenderer(files: files, language: language)
    var text = ""
    for d in diagnostics.sorted() { text += renderer.render(d) }
    err(text)
  }

  /// Writes a file whole or not at all: to a temporary file beside it, then renamed over it.
  static func writeAtomically(_ text: String, to path: String) throws {
    let url = URL(fileURLWithPath: path)
    let temporary = url.deletingLastPathComponent()
      .appendingPathComponent(".\(url.lastPathComponent).dqtv-\(ProcessInfo.processInfo.processIdentifier).tmp")
    do {
      try Data(text.utf8).write(to: temporary)
      // rename(2) replaces an existing file atomically; FileManager.replaceItemAt can lose it.
      guard rename(temporary.path, url.path) == 0 else {
        throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
      }
    } catch {
      try? FileManager.default.removeItem(at: temporary)
      throw error
    }
  }
}
