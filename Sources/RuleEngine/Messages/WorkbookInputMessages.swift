import SourceDiagnostics

/// The messages of reading a submission from a workbook, and of writing one.
package enum WorkbookInputMessage: String, MessageCatalogue {
  case missingSheet = "xlsx.missing-sheet"
  case duplicateTable = "xlsx.duplicate-table"
  case unknownTable = "xlsx.unknown-table"
  case mergedCells = "xlsx.merged-cells"
  case formulaWithoutValue = "xlsx.formula-without-value"
  case errorValue = "xlsx.error-value"
  case unknownColumn = "xlsx.unknown-column"
  case unknownColumnSuggestion = "xlsx.unknown-column-suggestion"
  case duplicateColumn = "xlsx.duplicate-column"
  case unknownSheet = "xlsx.unknown-sheet"
  case unlinkedRow = "xlsx.unlinked-row"
  case missingLink = "xlsx.missing-link"
  case extraRootRow = "xlsx.extra-root-row"
  case notConvertible = "xlsx.not-convertible"
  case writeFailed = "xlsx.write-failed"

  package var template: LocalizedText {
    switch self {
    case .missingSheet:
      LocalizedText(
        vi: "sổ tính thiếu trang tính bắt buộc '{sheet}' (bảng {table})",
        en: "the workbook has no sheet '{sheet}' (table {table}), which is required")
    case .duplicateTable:
      LocalizedText(
        vi: "hai trang tính '{first}' và '{second}' cùng chứa bảng {table}; hãy giữ một",
        en: "sheets '{first}' and '{second}' both hold the table {table}; keep one")
    case .unknownTable:
      LocalizedText(
        vi: "trang {map} gán trang tính '{sheet}' cho '{table}', không phải bảng nào của khuôn dạng báo cáo",
        en: "sheet {map} maps sheet '{sheet}' to '{table}', which is no table of the submission format")
    case .mergedCells:
      LocalizedText(
        vi: "các ô {range} được gộp trong vùng số liệu; hãy bỏ gộp để mỗi dòng có giá trị riêng",
        en: "cells {range} are merged in the data area; unmerge them so that each row holds its own values")
    case .formulaWithoutValue:
      LocalizedText(
        vi: "ô chứa công thức ={formula} chưa có giá trị tính sẵn; hãy mở và lưu lại sổ tính, hoặc gõ giá trị",
        en:
          "the cell holds the formula ={formula} with no computed value; open and save the workbook again, or type the value"
      )
    case .errorValue:
      LocalizedText(
        vi: "ô chứa giá trị lỗi {value}; hãy sửa công thức hoặc gõ giá trị",
        en: "the cell holds the error value {value}; fix the formula or type the value")
    case .unknownColumn:
      LocalizedText(
        vi: "cột '{header}' không phải trường nào của {table}.",
        en: "column '{header}' is not a field of {table}")
    case .unknownColumnSuggestion:
      LocalizedText(
        vi: "cột '{header}' không phải trường nào của {table}; có phải là '{suggestion}'?",
        en: "column '{header}' is not a field of {table}; did you mean '{suggestion}'?")
    case .duplicateColumn:
      LocalizedText(
        vi: "cột '{code}' xuất hiện hai lần; chỉ đọc cột đầu tiên ({first})",
        en: "column '{code}' appears twice; only the first ({first}) is read")
    case .unknownSheet:
      LocalizedText(
        vi: "trang tính '{sheet}' không ứng với bảng nào của báo cáo; các dòng của nó không được đọc",
        en: "sheet '{sheet}' matches no table of the submission; its rows are not read")
    case .unlinkedRow:
      LocalizedText(
        vi: "dòng này thuộc {table} '{value}', nhưng trang tính '{sheet}' không có dòng nào mang mã đó",
        en: "this row belongs to {table} '{value}', but sheet '{sheet}' has no row with that key")
    case .missingLink:
      LocalizedText(
        vi: "dòng này không ghi {table} mà nó thuộc về (cột {code})",
        en: "this row does not name the {table} it belongs to (column {code})")
    case .extraRootRow:
      LocalizedText(
        vi: "trang tính này chỉ chứa một dòng giá trị; dòng {row} không được đọc",
        en: "this sheet holds one row of values; row {row} is not read")
    case .notConvertible:
      LocalizedText(
        vi: "không chuyển được {file}: tệp có lỗi cần sửa trước",
        en: "cannot convert {file}: it has problems to fix first")
    case .writeFailed:
      LocalizedText(
        vi: "không ghi được sổ tính: {reason}",
        en: "cannot write the workbook: {reason}")
    }
  }
}
