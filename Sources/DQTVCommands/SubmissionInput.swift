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
    let limit = loader.options.maxFileBytes
    if path == "-" {
      // One byte past the limit is enough for the loader to refuse an endless stream.
      bytes = readUpTo(limit + 1, from: FileHandle.standardInput)
      result = loader.load(bytes: bytes!, name: name)
    } else {
      result = loader.load(contentsOf: path, name: name)
    }
    func source() -> SourceFile? {
      if let bytes { return SourceFile(path: name, bytes: bytes) }
      // Only a regular file is read again, and no further than the limit: a FIFO or a device
      // may wait or stream forever, and a file may have grown since it was loaded.
      guard (try? FileManager.default.attributesOfItem(atPath: path)[.type] as? FileAttributeType) == .typeRegular,
        let handle = FileHandle(forReadingAtPath: path)
      else { return nil }
      defer { try? handle.close() }
      return SourceFile(path: name, bytes: readUpTo(limit, from: handle))
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

/// Reads at most `limit` bytes from `handle`, in chunks.
private func readUpTo(_ limit: Int, from handle: FileHandle) -> [UInt8] {
  var bytes: [UInt8] = []
  while bytes.count < limit {
    guard let chunk = try? handle.read(upToCount: min(1 << 20, limit - bytes.count)), !chunk.isEmpty else { break }
    bytes += chunk
  }
  return bytes
}
