import SourceDiagnostics

/// What the workbook reader says about a workbook it cannot read.
package enum WorkbookMessage: String, MessageCatalogue {
  case unreadable = "xlsx.unreadable"
  case notAZip = "xlsx.not-a-zip"
  case truncated = "xlsx.truncated"
  case encrypted = "xlsx.encrypted"
  case legacyXLS = "xlsx.legacy-xls"
  case entryTooLarge = "xlsx.entry-too-large"
  case totalTooLarge = "xlsx.total-too-large"
  case entryMismatch = "xlsx.entry-mismatch"
  case unsupportedZip = "xlsx.unsupported-zip"
  case unsafeEntryName = "xlsx.unsafe-entry-name"
  case duplicateEntry = "xlsx.duplicate-entry"
  case missingPart = "xlsx.missing-part"
  case malformedXML = "xlsx.malformed-xml"
  case tooManyRows = "xlsx.too-many-rows"
  case badCell = "xlsx.bad-cell"
  case noSuchSheet = "xlsx.no-such-sheet"

  package var template: LocalizedText {
    switch self {
    case .unreadable: LocalizedText(vi: "không đọc được tệp {file}: {reason}", en: "cannot read {file}: {reason}")
    case .notAZip:
      LocalizedText(
        vi: "tệp {file} không phải sổ tính .xlsx (không phải tệp nén zip)",
        en: "{file} is not an .xlsx workbook (not a zip archive)")
    case .truncated:
      LocalizedText(
        vi: "tệp {file} bị cắt cụt: tệp nén zip kết thúc trước phần danh mục hoặc dữ liệu",
        en: "{file} is cut short: the zip archive ends before its directory or an entry's data")
    case .encrypted:
      LocalizedText(
        vi: "tệp {file} được mã hoá bằng mật khẩu; hãy mở trong Excel và lưu lại không đặt mật khẩu",
        en: "{file} is encrypted with a password; save it again in Excel without a password")
    case .legacyXLS:
      LocalizedText(
        vi: "tệp {file} là sổ tính Excel 97-2003 (.xls) cũ; hãy lưu lại dưới dạng .xlsx",
        en: "{file} is an old Excel 97-2003 (.xls) workbook; save it as .xlsx")
    case .entryTooLarge:
      LocalizedText(
        vi: "phần {part} khi giải nén vượt quá giới hạn {limit} byte (tệp nén độc hại?)",
        en: "part {part} inflates past the limit of {limit} bytes (a zip bomb?)")
    case .totalTooLarge:
      LocalizedText(
        vi: "sổ tính khi giải nén vượt quá tổng giới hạn {limit} byte, tại phần {part} (tệp nén độc hại?)",
        en: "the workbook inflates past the limit of {limit} bytes in all, at part {part} (a zip bomb?)")
    case .entryMismatch:
      LocalizedText(vi: "phần {part} bị hỏng: «{detail}»", en: "part {part} is damaged: {detail}")
    case .unsupportedZip:
      LocalizedText(
        vi: "phần {part} dùng tính năng nén chưa được hỗ trợ: «{detail}»",
        en: "part {part} uses a zip feature that is not supported: {detail}")
    case .unsafeEntryName:
      LocalizedText(
        vi: "tệp nén có mục mang tên không an toàn \"{name}\"; đây không phải sổ tính .xlsx",
        en: "the archive has an entry with an unsafe name \"{name}\"; it is not an .xlsx workbook")
    case .duplicateEntry:
      LocalizedText(vi: "tệp nén có hai mục cùng tên \"{name}\"", en: "the archive has two entries named \"{name}\"")
    case .missingPart: LocalizedText(vi: "sổ tính thiếu phần {part}", en: "the workbook has no part {part}")
    case .malformedXML:
      LocalizedText(
        vi: "XML của phần {part} bị lỗi tại dòng {line}, cột {column}: {detail}",
        en: "the XML of part {part} is malformed at line {line}, column {column}: {detail}")
    case .tooManyRows:
      LocalizedText(
        vi: "trang tính \"{sheet}\" có dữ liệu vượt quá giới hạn {limit} dòng",
        en: "sheet \"{sheet}\" has data past row {limit}, the limit")
    case .badCell:
      LocalizedText(
        vi: "ô {cell} của trang tính \"{sheet}\": {detail}", en: "cell {cell} of sheet \"{sheet}\": {detail}")
    case .noSuchSheet:
      LocalizedText(
        vi: "sổ tính liệt kê trang tính \"{name}\" nhưng không có liên kết tới phần chứa nó",
        en: "the workbook lists sheet \"{name}\" but has no relationship to its part")
    }
  }
}
