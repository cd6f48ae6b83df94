import SourceDiagnostics

/// The comments of the blank form `dqtv init` prints.
package enum FormMessage: String, MessageCatalogue {
  case header = "form.header"
  case required = "form.required"
  case optional = "form.optional"
  case optionalDefault = "form.optional-default"
  case values = "form.values"
  case reference = "form.reference"
  case dateForm = "form.date"

  package var template: LocalizedText {
    switch self {
    case .header:
      LocalizedText(
        vi: """
          # Báo cáo Dân quân tự vệ: mẫu để điền. Mỗi trường có ghi chú ý nghĩa, bắt buộc hay không,
          # và các giá trị được phép. Xóa các trường tùy chọn không dùng; kiểm tra bằng: dqtv check <tệp>
          """,
        en: """
          # Militia and Self-Defence Forces submission: a blank form. Each field has a comment with its
          # meaning; delete optional fields you do not use, then check the file with: dqtv check <file>
          """)
    case .required: LocalizedText(vi: "bắt buộc", en: "required")
    case .optional: LocalizedText(vi: "tùy chọn", en: "optional")
    case .optionalDefault: LocalizedText(vi: "tùy chọn, mặc định {value}", en: "optional, default {value}")
    case .values: LocalizedText(vi: "giá trị: {values}", en: "values: {values}")
    case .reference:
      LocalizedText(vi: "mã của một {targets} trong cùng {within}", en: "the id of a {targets} in the same {within}")
    case .dateForm: LocalizedText(vi: "dạng YYYY-MM-DD", en: "written YYYY-MM-DD")
    }
  }
}
