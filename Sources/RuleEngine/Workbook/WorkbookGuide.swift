import SourceDiagnostics
import Workbook

extension SubmissionWorkbookWriter {
  /// The "Hướng dẫn" sheet: how to fill the workbook, then one row per column of each sheet
  /// with its code, type, whether it is required, its meaning and the values it may take.
  func guide(upperLevel: Bool) -> WorkbookWriter.SheetContent {
    var sheet = WorkbookWriter.SheetContent(name: WorkbookLayout.guideSheet)
    sheet.header = true
    sheet.wrapsText = true
    sheet.printsOnePageWide = true
    sheet.rows = [
      ["Trang tính", "Cột", "Mã trường", "Kiểu giá trị", "Bắt buộc", "Ý nghĩa", "Giá trị được phép"].map {
        .text($0)
      }
    ]
    let schema = layout.schema
    for t in layout.tables(upperLevel: upperLevel) {
      let spec = layout.tables[t]
      for c in layout.columns(of: t, upperLevel: upperLevel) {
        let column = spec.columns[c]
        let f = column.field
        var meaning = f.doc?.vi ?? f.title?.vi ?? ""
        if let linked = column.linksTo {
          meaning =
            "Mã của dòng thuộc trang tính '\(layout.tables[linked].sheetName)' mà dòng này thuộc về."
        }
        var allowed = ""
        switch f.type.elementType {
        case .enumeration(let e):
          allowed = (schema.enumType(e)?.values ?? []).map { $0.title?.vi ?? $0.name }.joined(separator: "; ")
        case .bool: allowed = "Có; Không"
        case .date: allowed = "Ngày dạng dd/mm/yyyy"
        case .int:
          allowed = "Số nguyên" + (f.minimum.map { ", không nhỏ hơn \(CellText.numberText($0))" } ?? "")
        default: break
        }
        if case .list = f.type {
          allowed += (allowed.isEmpty ? "" : ". ") + "Nhiều giá trị cách nhau bởi dấu chấm phẩy"
        }
        let required = column.linksTo != nil || f.required ? "Có" : "Không"
        sheet.rows.append(
          [spec.sheetName, column.title, column.code, Self.typeWord(f.type), required, meaning, allowed].map {
            .text($0)
          })
      }
    }
    // The short columns as wide as their longest value, to a limit past which they wrap; a
    // field code never wraps (a spreadsheet would break it inside a name, not at its dots).
    func longest(_ column: Int) -> Int {
      sheet.rows.map { row in
        guard column < row.count, case .text(let t) = row[column] else { return 0 }
        return t.count
      }.max() ?? 0
    }
    sheet.columnWidths = [
      1: Double(min(32, longest(0) + 2)), 2: Double(min(34, longest(1) + 2)), 3: Double(longest(2) + 2),
      4: Double(min(30, longest(3) + 2)), 5: 10, 6: 70, 7: 110,
    ]
    return sheet
  }

  /// A type in Vietnamese words.
  static func typeWord(_ type: FieldType) -> String {
    switch type {
    case .string: "Văn bản"
    case .int: "Số nguyên"
    case .double: "Số"
    case .bool: "Có/Không"
    case .date: "Ngày"
    case .enumeration: "Chọn từ danh sách"
    case .object: "Nhóm"
    case .list(let e): "Danh sách: " + typeWord(e)
    }
  }
}
