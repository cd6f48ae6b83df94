import Foundation
import SourceDiagnostics
import YAML

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where a submission comes from.
package enum SubmissionInput: Sendable {
  /// A file, by its path (its bytes: a name need not be UTF-8).
  case file(RawFilePath)
  /// Bytes already read (standard input), with the name findings give them.
  case bytes([UInt8], name: String)

  /// The name findings and messages give the submission.
  package var name: String {
    switch self {
    case .file(let path): path.display
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

/// A submission read as far as it can be without a schema: its YAML tree, or why it has none.
/// A workbook is read only against a schema, so it is kept as it was given. What does not
/// depend on the pack is read once, and may be read while the pack is being compiled.
package struct ReadSubmission: Sendable {
  package let input: SubmissionInput
  /// The name findings and messages give the submission.
  package var name: String { input.name }
  fileprivate let stage: Stage
  /// The path a file is read by, when it has one.
  fileprivate let systemPath: String?
  /// Keeps a file opened by the bytes of its name open while it is read.
  fileprivate let opened: OpenedByBytes?

  fileprivate enum Stage: Sendable {
    /// Not read: why.
    case refused(Diagnostic)
    /// A workbook, read against the schema when it is decoded.
    case workbook
    /// The YAML tree, or the reader's diagnostics.
    case tree(YAMLLoadResult)
  }
}

extension Workspace {
  /// Reads a submission and decodes it against `schema`.
  package func loadSubmission(_ input: SubmissionInput, schema: Schema) -> LoadedSubmission {
    loadSubmission(readSubmission(input), schema: schema)
  }

  /// Reads what of a submission does not depend on the schema: its YAML tree. `limits` are the
  /// process's memory limits and use, taken before any thread of the check started when the
  /// tree is read beside one (a thread's stack and arena are counted apart, in
  /// ``MemoryLimits/need(fileBytes:kind:)``); by default, taken now.
  package func readSubmission(_ input: SubmissionInput, limits: MemoryLimits? = nil) -> ReadSubmission {
    let name = input.name
    // A name that is not UTF-8 is opened by its bytes, and read through the descriptor.
    var opened: OpenedByBytes?
    if case .file(let path) = input, path.string == nil {
      switch OpenedByBytes.open(path) {
      case .success(let file): opened = file
      case .failure(let failure):
        let diagnostic = Diagnostic(
          code: "io.unreadable", text: SafetyMessage.unreadable(["file": name, "reason": failure.reason]),
          location: nil)
        return ReadSubmission(input: input, stage: .refused(diagnostic), systemPath: nil, opened: nil)
      }
    }
    let systemPath: String? =
      switch input {
      case .file(let path): opened?.path ?? path.string
      case .bytes: nil
      }
    if WorkbookInput.isWorkbook(input, systemPath: systemPath) {
      return ReadSubmission(input: input, stage: .workbook, systemPath: systemPath, opened: opened)
    }
    #if !DQTV_WITHOUT_SAFETY  // scripts/safety_cost.sh measures the check without it
      if let refusal = Self.refusalForMemory(input, path: systemPath, limits: limits ?? .current()) {
        return ReadSubmission(input: input, stage: .refused(refusal), systemPath: systemPath, opened: opened)
      }
    #endif
    let loader = YAMLLoader(options: yamlOptions)
    let result: YAMLLoadResult
    switch input {
    case .file: result = loader.load(contentsOf: systemPath ?? "", name: name)
    case .bytes(let b, _): result = loader.load(bytes: b, name: name)
    }
    return ReadSubmission(input: input, stage: .tree(result), systemPath: systemPath, opened: opened)
  }

  /// Decodes a submission read by ``readSubmission(_:)`` against `schema`.
  package func loadSubmission(_ read: ReadSubmission, schema: Schema) -> LoadedSubmission {
    defer { withExtendedLifetime(read.opened) {} }
    let name = read.name
    let result: YAMLLoadResult
    switch read.stage {
    case .refused(let diagnostic):
      return LoadedSubmission(
        name: name, status: .unreadable, data: nil, findings: [], diagnostics: [diagnostic], file: nil)
    case .workbook:
      return loadWorkbook(read.input, systemPath: read.systemPath, schema: schema)
    case .tree(let tree):
      result = tree
    }
    func source() -> SourceFile? {
      if case .bytes(let bytes, _) = read.input { return SourceFile(path: name, bytes: bytes) }
      guard let systemPath = read.systemPath else { return nil }
      return Self.readRegularFile(systemPath, limit: maxSubmissionBytes).map { SourceFile(path: name, bytes: $0) }
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
    var info = stat()
    guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, let handle = FileHandle(forReadingAtPath: path)
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

extension Workspace {
  /// Why a submission cannot be checked within the process's memory limits, when it cannot
  /// (see ``MemoryLimits``); `nil` when it fits, or its size is not known before it is read.
  static func refusalForMemory(
    _ input: SubmissionInput, path: String?, limits: MemoryLimits = .current()
  )
    -> Diagnostic?
  {
    let size: Int
    switch input {
    case .file:
      guard let path else { return nil }
      var info = stat()
      guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
      size = Int(info.st_size)
    case .bytes(let bytes, _):
      size = bytes.count
    }
    guard let (limit, needed) = limits.shortfall(fileBytes: size) else { return nil }
    func mebibytes(_ bytes: Int) -> String { String((bytes + (1 << 20) - 1) >> 20) }
    return Diagnostic(
      code: "memory.too-little",
      text: SafetyMessage.memoryTooLittle([
        "file": input.name, "needed": mebibytes(needed), "allowed": mebibytes(limit.bytes),
        "limit": limit.kind.rawValue,
      ]), location: nil)
  }
}

/// A file opened by the bytes of its name, read by the path of its descriptor
/// (`/proc/self/fd/N`), so that readers that take a path as a string can read it; closed when
/// released.
package final class OpenedByBytes: Sendable {
  let descriptor: Int32
  package var path: String {
    #if os(Linux)
      "/proc/self/fd/\(descriptor)"
    #else
      "/dev/fd/\(descriptor)"
    #endif
  }

  private init(descriptor: Int32) {
    self.descriptor = descriptor
  }

  deinit { close(descriptor) }

  /// The file opened for reading, or the system's reason why it cannot be.
  /// A folder (`directory`) is opened with O_DIRECTORY, so that its files are read by the
  /// descriptor's path.
  package static func open(_ path: RawFilePath, directory: Bool = false) -> Result<OpenedByBytes, OpenFailure> {
    let flags = O_RDONLY | O_CLOEXEC | (directory ? O_DIRECTORY : 0)
    let fd = (path.bytes.map { CChar(bitPattern: $0) } + [0]).withUnsafeBufferPointer {
      $0.baseAddress.map { systemOpen($0, flags) } ?? -1
    }
    guard fd >= 0 else { return .failure(OpenFailure(reason: String(cString: strerror(errno)))) }
    return .success(OpenedByBytes(descriptor: fd))
  }

  package struct OpenFailure: Error {
    package var reason: String
  }
}

/// The system's `open`, by a name the method above does not hide.
private func systemOpen(_ path: UnsafePointer<CChar>, _ flags: Int32) -> Int32 {
  open(path, flags)
}
