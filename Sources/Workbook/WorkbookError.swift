import SourceDiagnostics

/// Why a workbook could not be read, with the place: the file, the part of the zip and, where
/// known, the sheet, the cell or the line and column in the part's XML.
///
/// Every problem has a stable code (`xlsx.not-a-zip`...) and a message in English and
/// Vietnamese; ``diagnostic`` gives it in the form the other readers report problems.
package struct WorkbookError: Error, Hashable, Sendable, CustomStringConvertible {
  /// What is wrong.
  package enum Problem: Hashable, Sendable {
    /// The file could not be read from disk.
    case unreadable(errno: Int32)
    /// The bytes are not a zip archive (nor an OLE compound file).
    case notAZip
    /// The zip archive ends before its directory or an entry's data.
    case truncated
    /// An OLE compound file with an `EncryptedPackage` stream: a password-protected workbook.
    case encrypted
    /// An OLE compound file without `EncryptedPackage`: an Excel 97-2003 `.xls` workbook.
    case legacyXLS
    /// An entry that inflates, or says it inflates, past the limit for one entry.
    case entryTooLarge(limit: Int)
    /// The entries read so far inflate past the limit for the whole workbook.
    case totalTooLarge(limit: Int)
    /// An entry whose inflated bytes differ from its header (size or CRC-32).
    case entryMismatch(detail: String)
    /// A zip feature this reader does not handle (ZIP64, encryption of entries, a method).
    case unsupportedZip(detail: String)
    /// An entry name with `..`, a leading `/`, a drive letter or a backslash.
    case unsafeEntryName(String)
    /// Two entries with the same name.
    case duplicateEntry(String)
    /// A part the workbook needs is not in the archive.
    case missingPart
    /// The part's XML is not well-formed.
    case malformedXML(detail: String, vi: String, line: Int, column: Int)
    /// A cell with a value in a row past the limit.
    case tooManyRows(limit: Int)
    /// A cell whose reference, type or value cannot be read.
    case badCell(detail: String, vi: String)
    /// A sheet the workbook lists without a relationship to its part.
    case noSuchSheet(String)
  }

  package var problem: Problem
  /// The workbook's path as the caller gave it.
  package var file: String
  /// The zip entry, such as `xl/worksheets/sheet1.xml`.
  package var part: String?
  /// The sheet's name, when the problem is in a sheet.
  package var sheet: String?
  /// The cell, when the problem is in one.
  package var cell: CellReference?

  package init(
    _ problem: Problem, file: String, part: String? = nil, sheet: String? = nil,
    cell: CellReference? = nil
  ) {
    self.problem = problem
    self.file = file
    self.part = part
    self.sheet = sheet
    self.cell = cell
  }

  /// The stable code, `xlsx.` and the problem's name.
  package var code: DiagnosticCode {
    switch problem {
    case .unreadable: "io.unreadable"
    case .notAZip: "xlsx.not-a-zip"
    case .truncated: "xlsx.truncated"
    case .encrypted: "xlsx.encrypted"
    case .legacyXLS: "xlsx.legacy-xls"
    case .entryTooLarge: "xlsx.entry-too-large"
    case .totalTooLarge: "xlsx.total-too-large"
    case .entryMismatch: "xlsx.entry-mismatch"
    case .unsupportedZip: "xlsx.unsupported-zip"
    case .unsafeEntryName: "xlsx.unsafe-entry-name"
    case .duplicateEntry: "xlsx.duplicate-entry"
    case .missingPart: "xlsx.missing-part"
    case .malformedXML: "xlsx.malformed-xml"
    case .tooManyRows: "xlsx.too-many-rows"
    case .badCell: "xlsx.bad-cell"
    case .noSuchSheet: "xlsx.no-such-sheet"
    }
  }

  /// The place as one string: `file`, `file[part]`, `file:Sheet!A1`, `file[part]:line:column`.
  package var place: String {
    if let sheet, let cell { return "\(file):\(sheet)!\(cell)" }
    var text = file
    if let part { text += "[\(part)]" }
    if case .malformedXML(_, _, let line, let column) = problem { text += ":\(line):\(column)" }
    if let sheet, cell == nil { text += " (\(sheet))" }
    return text
  }

  /// The English message, without the place.
  package var message: String { text.en }
  /// The Vietnamese message, without the place.
  package var messageVI: String { text.vi }

  private var partName: String { part ?? "?" }

  /// The message in both languages, from ``WorkbookMessage``.
  package var text: LocalizedText {
    let sheetName = sheet ?? "?"
    switch problem {
    case .unreadable(let code):
      return WorkbookMessage.unreadable(
        localized: ["file": .init(verbatim: file), "reason": SystemErrorMessage.reason(errno: code)])
    case .notAZip: return WorkbookMessage.notAZip(["file": file])
    case .truncated: return WorkbookMessage.truncated(["file": file])
    case .encrypted: return WorkbookMessage.encrypted(["file": file])
    case .legacyXLS: return WorkbookMessage.legacyXLS(["file": file])
    case .entryTooLarge(let limit):
      return WorkbookMessage.entryTooLarge(["part": partName, "limit": String(limit)])
    case .totalTooLarge(let limit):
      return WorkbookMessage.totalTooLarge(["part": partName, "limit": String(limit)])
    case .entryMismatch(let detail): return WorkbookMessage.entryMismatch(["part": partName, "detail": detail])
    case .unsupportedZip(let detail): return WorkbookMessage.unsupportedZip(["part": partName, "detail": detail])
    case .unsafeEntryName(let name): return WorkbookMessage.unsafeEntryName(["name": name])
    case .duplicateEntry(let name): return WorkbookMessage.duplicateEntry(["name": name])
    case .missingPart: return WorkbookMessage.missingPart(["part": partName])
    case .malformedXML(let detail, let vi, let line, let column):
      return WorkbookMessage.malformedXML(
        localized: [
          "part": .init(verbatim: partName), "line": .init(verbatim: String(line)),
          "column": .init(verbatim: String(column)), "detail": LocalizedText(vi: vi, en: detail),
        ])
    case .tooManyRows(let limit): return WorkbookMessage.tooManyRows(["sheet": sheetName, "limit": String(limit)])
    case .badCell(let detail, let vi):
      return WorkbookMessage.badCell(
        localized: [
          "cell": .init(verbatim: cell.map(\.description) ?? "?"), "sheet": .init(verbatim: sheetName),
          "detail": LocalizedText(vi: vi, en: detail),
        ])
    case .noSuchSheet(let name): return WorkbookMessage.noSuchSheet(["name": name])
    }
  }

  /// `place: message`, in English.
  package var description: String { "\(place): \(message)" }

  /// The problem as a diagnostic at the workbook (line 1, column 1, as for any unreadable
  /// file); the message itself names the part, the sheet and the cell.
  package var diagnostic: Diagnostic {
    let location = SourceLocation(file: file, line: 1, column: 1)
    return Diagnostic.error(code, text, at: location)
  }
}
