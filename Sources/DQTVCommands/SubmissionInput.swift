import Foundation
import RuleEngine
import SourceDiagnostics
import YAML

/// One submission read and decoded against a pack's schema.
struct LoadedSubmission {
  let name: String
  let data: DataDocument?
  let findings: [Finding]
  let diagnostics: [Diagnostic]
  let file: SourceFile?

  /// The date the data describes (its `as_of`), when valid.
  var asOf: CalendarDate? {
    guard let data, case .date(let days)? = data.slot(data.root, field: "as_of") else { return nil }
    return CalendarDate(daysSinceEpoch: Int(days))
  }

  /// Reads a submission (`-` for standard input) and decodes it against `schema`.
  static func load(_ path: String, stdinName: String?, schema: Schema) -> LoadedSubmission {
    let name = path == "-" ? (stdinName ?? "<stdin>") : path
    let loader = YAMLLoader()
    let result: YAMLLoadResult
    var bytes: [UInt8]?
    if path == "-" {
      let data = FileHandle.standardInput.readDataToEndOfFile()
      bytes = [UInt8](data)
      result = loader.load(bytes: bytes!, name: name)
    } else {
      result = loader.load(contentsOf: path, name: name)
    }
    func source() -> SourceFile? {
      if let bytes { return SourceFile(path: name, bytes: bytes) }
      return FileManager.default.contents(atPath: path).map { SourceFile(path: name, bytes: [UInt8]($0)) }
    }
    guard let yaml = result.document else {
      return LoadedSubmission(name: name, data: nil, findings: [], diagnostics: result.diagnostics.sorted, file: source())
    }
    let decoded = SubmissionDecoder(schema: schema).decode(yaml)
    return LoadedSubmission(
      name: name, data: decoded.data, findings: decoded.findings, diagnostics: decoded.diagnostics.sorted,
      file: decoded.diagnostics.isEmpty ? nil : source())
  }
}
