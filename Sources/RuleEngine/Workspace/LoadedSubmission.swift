import Foundation
import SourceDiagnostics
import YAML

/// Where a submission comes from.
package enum SubmissionInput: Sendable {
  /// A file, by its path.
  case file(String)
  /// Bytes already read (standard input), with the name findings give them.
  case bytes([UInt8], name: String)

  /// The name findings and messages give the submission.
  package var name: String {
    switch self {
    case .file(let path): path
    case .bytes(_, let name): name
    }
  }
}

/// How far a submission got: every file given has one, read or not, and why.
package enum SubmissionStatus: Sendable, Equatable {
  /// Read and decoded against the schema (schema breaks, if any, are findings).
  case decoded
  /// Not YAML dqtv can read: missing, too large, malformed.
  case unreadable
  /// YAML, but not a submission: its shape is not the schema's root.
  case notASubmission
}

/// One submission read and decoded against a pack's schema.
package struct LoadedSubmission: Sendable {
  package let name: String
  package let status: SubmissionStatus
  package let data: DataDocument?
  /// Schema breaks, as `SCHEMA` findings.
  package let findings: [Finding]
  /// Why the submission could not be read or decoded, sorted.
  package let diagnostics: [Diagnostic]
  /// The file's text, to show snippets of, when there is something to show.
  package let file: SourceFile?

  /// The files to show snippets of.
  package var files: [SourceFile] { file.map { [$0] } ?? [] }

  /// The date the data describes (its field with the role `as-of`), when valid.
  package var asOf: CalendarDate? {
    guard let data, let field = data.schema.asOfField, case .date(let days)? = data.slot(data.root, field: field)
    else { return nil }
    return CalendarDate(daysSinceEpoch: Int(days))
  }

  /// Where the data's date is written and how, when it is written but is no valid date: the
  /// value's place, and its text (`nil` for a list or a group of fields).
  package var invalidAsOf: (location: SourceLocation, text: String?)? {
    guard asOf == nil, let data, let field = data.schema.asOfField,
      let node = data.valueNode(data.root, field: field)
    else { return nil }
    let text = data.yaml.kind(of: node) == .scalar ? data.yaml.string(node) ?? "" : nil
    return (data.yaml.location(of: node), text)
  }
}

extension Workspace {
  /// Reads a submission and decodes it against `schema`.
  package func loadSubmission(_ input: SubmissionInput, schema: Schema) -> LoadedSubmission {
    if WorkbookInput.isWorkbook(input) { return loadWorkbook(input, schema: schema) }
    let loader = YAMLLoader(options: yamlOptions)
    let name = input.name
    let result: YAMLLoadResult
    var bytes: [UInt8]?
    switch input {
    case .file(let path): result = loader.load(contentsOf: path, name: name)
    case .bytes(let b, _):
      bytes = b
      result = loader.load(bytes: b, name: name)
    }
    func source() -> SourceFile? {
      if let bytes { return SourceFile(path: name, bytes: bytes) }
      guard case .file(let path) = input else { return nil }
      return Self.readRegularFile(path, limit: maxSubmissionBytes).map { SourceFile(path: name, bytes: $0) }
    }
    guard let yaml = result.document else {
      return LoadedSubmission(
        name: name, status: .unreadable, data: nil, findings: [], diagnostics: result.diagnostics.sorted,
        file: source())
    }
    let decoded = SubmissionDecoder(schema: schema).decode(yaml)
    return LoadedSubmission(
      name: name, status: decoded.diagnostics.isEmpty ? .decoded : .notASubmission, data: decoded.data,
      findings: decoded.findings, diagnostics: decoded.diagnostics.sorted,
      file: decoded.diagnostics.isEmpty ? nil : source())
  }

  /// The bytes of a regular file, no further than `limit`. A FIFO or a device may wait or
  /// stream forever, and a file may have grown since it was loaded, so nothing else is read.
  static func readRegularFile(_ path: String, limit: Int) -> [UInt8]? {
    guard (try? FileManager.default.attributesOfItem(atPath: path)[.type] as? FileAttributeType) == .typeRegular,
      let handle = FileHandle(forReadingAtPath: path)
    else { return nil }
    defer { try? handle.close() }
    return readUpTo(limit, from: handle)
  }

  /// Reads at most `limit` bytes from `handle`, in chunks.
  package static func readUpTo(_ limit: Int, from handle: FileHandle) -> [UInt8] {
    var bytes: [UInt8] = []
    while bytes.count < limit {
      guard let chunk = try? handle.read(upToCount: min(1 << 20, limit - bytes.count)), !chunk.isEmpty else { break }
      bytes += chunk
    }
    return bytes
  }
}
