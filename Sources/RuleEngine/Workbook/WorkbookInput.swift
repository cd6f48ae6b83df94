import Foundation
import SourceDiagnostics
import Workbook
import YAML

/// Telling a workbook from a YAML file.
package enum WorkbookInput {
  /// Whether the input is a workbook: its name ends in `.xlsx` or `.xlsm`, or its bytes start as
  /// a zip archive or an OLE compound file (an encrypted or old workbook) do.
  /// A file is looked at through `systemPath`, the name it can be opened by.
  package static func isWorkbook(_ input: SubmissionInput, systemPath: String?) -> Bool {
    switch input {
    case .file(let raw):
      if isWorkbookName(raw.display) { return true }
      guard let path = systemPath else { return false }
      // Only a regular file is opened to look at: a FIFO would wait for a writer.
      guard (try? FileManager.default.attributesOfItem(atPath: path)[.type] as? FileAttributeType) == .typeRegular,
        let handle = FileHandle(forReadingAtPath: path)
      else { return false }
      defer { try? handle.close() }
      let head = (try? handle.read(upToCount: 4)).map { [UInt8]($0) } ?? []
      return hasWorkbookMagic(head)
    case .bytes(let bytes, let name):
      return isWorkbookName(name) || hasWorkbookMagic(Array(bytes.prefix(4)))
    }
  }

  /// Whether a file name ends in `.xlsx` or `.xlsm`.
  package static func isWorkbookName(_ name: String) -> Bool {
    let lower = name.lowercased()
    return lower.hasSuffix(".xlsx") || lower.hasSuffix(".xlsm")
  }

  /// `PK\3\4` (zip) or `D0 CF 11 E0` (OLE).
  static func hasWorkbookMagic(_ head: [UInt8]) -> Bool {
    head == [0x50, 0x4B, 0x03, 0x04] || head == [0xD0, 0xCF, 0x11, 0xE0]
  }
}

extension Workspace {
  /// Reads a workbook and decodes it against `schema` as a YAML submission is: the workbook's
  /// values become a tree placed at their cells, which the schema decoder reads.
  func loadWorkbook(_ input: SubmissionInput, systemPath: String?, schema: Schema) -> LoadedSubmission {
    let name = input.name
    let read: WorkbookSubmission
    do throws(WorkbookError) {
      var workbook: WorkbookFile
      switch input {
      case .file:
        let path = systemPath ?? ""
        guard let bytes = Self.readRegularFile(path, limit: maxSubmissionBytes) else {
          var isFolder: ObjCBool = false
          let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
          throw WorkbookError(.unreadable(errno: !exists ? ENOENT : isFolder.boolValue ? EISDIR : EACCES), file: name)
        }
        workbook = try WorkbookReader().open(bytes: bytes, name: name)
      case .bytes(let bytes, _):
        workbook = try WorkbookReader().open(bytes: bytes, name: name)
      }
      read = try WorkbookSubmissionReader(schema: schema).read(&workbook)
    } catch {
      return LoadedSubmission(
        name: name, status: .unreadable, data: nil, findings: [], diagnostics: [Self.diagnostic(error)], file: nil)
    }
    guard let yaml = read.document, read.diagnostics.isEmpty else {
      return LoadedSubmission(
        name: name, status: .unreadable, data: nil, findings: read.findings, diagnostics: read.diagnostics, file: nil)
    }
    let decoded = SubmissionDecoder(schema: schema).decode(yaml)
    return LoadedSubmission(
      name: name, status: decoded.diagnostics.isEmpty ? .decoded : .notASubmission, data: decoded.data,
      findings: read.findings + decoded.findings, diagnostics: decoded.diagnostics.sorted, file: nil)
  }

  /// A workbook error as a diagnostic at its sheet and cell when it names them.
  package static func diagnostic(_ error: WorkbookError) -> Diagnostic {
    var d = error.diagnostic
    if let sheet = error.sheet, let cell = error.cell {
      d.location = SourceLocation(file: error.file, sheet: sheet, row: cell.row, column: cell.column)
    }
    return d
  }
}
