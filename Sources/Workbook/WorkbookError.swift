import SourceDiagnostics

/// Why a workbook could not be read, with the place: the file, the part of the zip and, where
/// known, the sheet, the cell or the line and column in the part's XML.
///
/// Every problem has a stable code (`xlsx.not-a-zip`...) and a message in English and
/// Vietnamese; ``diagnostic`` gives it in the form the other readers report problems.
public struct WorkbookError: Error, Hashable, Sendable, CustomStringConvertible {
  /// What is wrong.
  public enum Problem: Hashable, Sendable {
    /// The file could not be read from disk.
    case unreadable(reason: String)
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

  public var problem: Problem
  /// The workbook's path as the caller gave it.
  public var file: String
  /// The zip entry, such as `xl/worksheets/sheet1.xml`.
  public var part: String?
  /// The sheet's name, when the problem is in a sheet.
  public var sheet: String?
  /// The cell, when the problem is in one.
  public var cell: CellReference?

  public init(
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
  public var code: DiagnosticCode {
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
  public var place: String {
    if let sheet, let cell { return "\(file):\(sheet)!\(cell)" }
    var text = file
    if let part { text += "[\(part)]" }
    if case .malformedXML(_, _, let line, let column) = problem { text += ":\(line):\(column)" }
    if let sheet, cell == nil { text += " (\(sheet))" }
    return text
  }

  /// The English message, without the place.
  public var message: String { texts.en }
  /// The Vietnamese message, without the place.
  public var messageVI: String { texts.vi }

  private var partName: String { part ?? "?" }

  private var texts: (en: String, vi: String) {
    switch problem {
    case .unreadable(let reason):
      return ("cannot read \(file): \(reason)", "không đọc được tệp \(file): \(reason)")
    case .notAZip:
      return (
        "\(file) is not an .xlsx workbook (not a zip archive)",
        "tệp \(file) không phải sổ tính .xlsx (không phải tệp nén zip)"
      )
    case .truncated:
      return (
        "\(file) is cut short: the zip archive ends before its directory or an entry's data",
        "tệp \(file) bị cắt cụt: tệp nén zip kết thúc trước phần danh mục hoặc dữ liệu"
      )
    case .encrypted:
      return (
        "\(file) is encrypted with a password; save it again in Excel without a password",
        "tệp \(file) được mã hoá bằng mật khẩu; hãy mở trong Excel và lưu lại không đặt mật khẩu"
      )
    case .legacyXLS:
      return (
        "\(file) is an old Excel 97-2003 (.xls) workbook; save it as .xlsx",
        "tệp \(file) là sổ tính Excel 97-2003 (.xls) cũ; hãy lưu lại dưới dạng .xlsx"
      )
    case .entryTooLarge(let limit):
      return (
        "part \(partName) inflates past the limit of \(limit) bytes (a zip bomb?)",
        "phần \(partName) khi giải nén vượt quá giới hạn \(limit) byte (tệp nén độc hại?)"
      )
    case .totalTooLarge(let limit):
      return (
        "the workbook inflates past the limit of \(limit) bytes in all, at part \(partName) (a zip bomb?)",
        "sổ tính khi giải nén vượt quá tổng giới hạn \(limit) byte, tại phần \(partName) (tệp nén độc hại?)"
      )
    case .entryMismatch(let detail):
      return (
        "part \(partName) is damaged: \(detail)",
        "phần \(partName) bị hỏng: \(detail)"
      )
    case .unsupportedZip(let detail):
      return (
        "part \(partName) uses a zip feature that is not supported: \(detail)",
        "phần \(partName) dùng tính năng zip chưa được hỗ trợ: \(detail)"
      )
    case .unsafeEntryName(let name):
      return (
        "the archive has an entry with an unsafe name \"\(name)\"; it is not an .xlsx workbook",
        "tệp nén có mục mang tên không an toàn \"\(name)\"; đây không phải sổ tính .xlsx"
      )
    case .duplicateEntry(let name):
      return (
        "the archive has two entries named \"\(name)\"",
        "tệp nén có hai mục cùng tên \"\(name)\""
      )
    case .missingPart:
      return (
        "the workbook has no part \(partName)",
        "sổ tính thiếu phần \(partName)"
      )
    case .malformedXML(let detail, let vi, let line, let column):
      return (
        "the XML of part \(partName) is malformed at line \(line), column \(column): \(detail)",
        "XML của phần \(partName) bị lỗi tại dòng \(line), cột \(column): \(vi)"
      )
    case .tooManyRows(let limit):
      return (
        "sheet \"\(sheet ?? "?")\" has data past row \(limit), the limit",
        "trang tính \"\(sheet ?? "?")\" có dữ liệu vượt quá giới hạn \(limit) dòng"
      )
    case .badCell(let detail, let vi):
      return (
        "cell \(cell.map(\.description) ?? "?") of sheet \"\(sheet ?? "?")\": \(detail)",
        "ô \(cell.map(\.description) ?? "?") của trang tính \"\(sheet ?? "?")\": \(vi)"
      )
    case .noSuchSheet(let name):
      return (
        "the workbook lists sheet \"\(name)\" but has no relationship to its part",
        "sổ tính liệt kê trang tính \"\(name)\" nhưng không có liên kết tới phần chứa nó"
      )
    }
  }

  /// `place: message`, in English.
  public var description: String { "\(place): \(message)" }

  /// The problem as a diagnostic at the workbook (line 1, column 1, as for any unreadable
  /// file); the message itself names the part, the sheet and the cell.
  public var diagnostic: Diagnostic {
    let location = SourceLocation(file: file, line: 1, column: 1)
    return Diagnostic.error(code, message, at: location).translated("vi", messageVI)
  }
}
