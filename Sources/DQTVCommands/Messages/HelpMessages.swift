import SourceDiagnostics

/// What `--help` says about each command: its abstract and its discussion, in both languages.
/// The commands' configurations read them in the language of the run (``Console/language``),
/// so the help screen the parser lays out is already in that language.
package enum HelpMessage: String, MessageCatalogue {
  case root = "help.dqtv"
  case rootDiscussion = "help.dqtv.discussion"
  case check = "help.check"
  case checkDiscussion = "help.check.discussion"
  case lint = "help.lint"
  case lintDiscussion = "help.lint.discussion"
  case test = "help.test"
  case testDiscussion = "help.test.discussion"
  case eval = "help.eval"
  case evalDiscussion = "help.eval.discussion"
  case explain = "help.explain"
  case rules = "help.rules"
  case rulesDiscussion = "help.rules.discussion"
  case schema = "help.schema"
  case schemaDiscussion = "help.schema.discussion"
  case initForm = "help.init"
  case convert = "help.convert"
  case convertDiscussion = "help.convert.discussion"
  case functions = "help.functions"
  case functionsDiscussion = "help.functions.discussion"

  /// The entry in the language of the run.
  var current: String { template[Console.language] }

  package var template: LocalizedText {
    switch self {
    case .root:
      LocalizedText(
        vi: "Đối chiếu số liệu một địa phương báo cáo về Dân quân tự vệ với quy định của pháp luật.",
        en: "Check what a locality reports about its Militia and Self-Defence Forces against the law.")
    case .rootDiscussion:
      LocalizedText(
        vi: """
          Mã thoát (mọi lệnh):
            0   xong; không có phát hiện nào từ mức `--fail-on` trở lên
            1   có phát hiện từ mức `--fail-on` trở lên; một kiểm thử quy tắc không đạt;
                lint thấy lỗi quy tắc
            2   không làm được việc: đầu vào không đọc được hoặc sai, gói luật không
                hợp lệ
            64  dòng lệnh sai
          """,
        en: """
          Exit codes (every command):
            0   done; no finding at or above --fail-on
            1   findings at or above --fail-on; a failing rule test; a rule error in lint
            2   could not do the job: unreadable or invalid input, an invalid rule pack
            64  a bad command line
          """)
    case .check:
      LocalizedText(
        vi: "Kiểm tra báo cáo theo các quy tắc có hiệu lực vào ngày số liệu của báo cáo.",
        en: "Check submissions against the rules in force on their date.")
    case .checkDiscussion:
      LocalizedText(
        vi: """
          In mỗi phát hiện trên một dòng (hoặc báo cáo JSON, SARIF, JUnit, HTML) và thoát với mã 1 khi có \
          phát hiện chưa được miễn trừ ở mức `--fail-on` trở lên.
          """,
        en: """
          Prints one finding a line (or a JSON, SARIF, JUnit or HTML report) and exits 1 when a \
          finding that no waiver excuses is at or above --fail-on.
          """)
    case .lint:
      LocalizedText(
        vi: "Soát gói luật: mọi lỗi trong quy tắc, tại dòng của nó, trước khi kiểm tra số liệu nào.",
        en: "Check rule packs: every mistake in a rule, at its line, before any data is checked.")
    case .lintDiscussion:
      LocalizedText(
        vi: """
          Không nêu gói thì soát gói chứa thư mục làm việc, nếu không có thì gói đi kèm. Thoát với mã 1 khi \
          gói có lỗi, mã 2 khi không đọc được gói.
          """,
        en: """
          Without a pack, the pack folder holding the working folder is linted, else the bundled pack. Exits 1 \
          when a pack has an error, 2 when a pack cannot be read at all.
          """)
    case .test:
      LocalizedText(
        vi: "Chạy các kiểm thử quy tắc của gói (`tests/*.yaml`).", en: "Run the rule tests of packs (tests/*.yaml).")
    case .testDiscussion:
      LocalizedText(
        vi: """
          Chạy các kiểm thử của chính gói, đối chiếu với toàn bộ gói; với `--with-base`, chạy thêm kiểm thử của \
          các gói mà gói này mở rộng, mỗi gói chỉ đối chiếu với quy tắc của gói đó. Không nêu gói thì dùng gói \
          chứa thư mục làm việc, nếu không có thì gói đi kèm. In mỗi kiểm thử không đạt kèm tệp và dòng của nó, \
          kết quả chờ đợi bên cạnh kết quả thực tế. Thoát với mã 1 khi có kiểm thử không đạt.
          """,
        en: """
          Runs a pack's own tests, judged on the whole pack; with --with-base, also the tests of the packs it \
          extends, each judged on that pack's rules only. Without a pack, the pack folder holding the working \
          folder is used, else the bundled pack. Prints each failure with its test's file and line, expected \
          against actual. Exits 1 when a test fails.
          """)
    case .eval:
      LocalizedText(
        vi: "Tính một biểu thức CEL: giấy nháp của người soạn quy tắc.",
        en: "Evaluate one CEL expression: the rule author's scratch pad.")
    case .evalDiscussion:
      LocalizedText(
        vi: """
          Biên dịch biểu thức theo lược đồ của gói, với gốc của tệp `--data` gắn vào tên mà quy tắc dùng \
          (`submission` trong gói đi kèm), cùng `as_of` và `params`, rồi in giá trị thành một dòng JSON, ngày \
          in thành ngày. Với `--at ĐƯỜNG-DẪN`, bản ghi tại đường dẫn đó gắn vào `self`, và nó cùng các bản ghi \
          bên trên gắn vào tên biến của kiểu mình, như với một quy tắc trên bản ghi đó. Biểu thức có thể bắt \
          đầu bằng `-` (`dqtv eval '-1 + 2'`). Lỗi cú pháp hay lỗi kiểu thoát với mã 2; lỗi khi tính thoát \
          với mã 1.
          """,
        en: """
          Compiles the expression against the pack's schema, with the --data file's root bound as rules \
          see it (`submission` in the bundled pack), `as_of` and `params`, and prints its value as one \
          line of JSON, dates as dates. With --at PATH, the record at that data path is bound as `self`, and \
          it and the records above it by their types' variable names, as for a rule on that record. An \
          expression may begin with `-` (`dqtv eval '-1 + 2'`). A parse or type error exits 2; an evaluation \
          error exits 1.
          """)
    case .explain:
      LocalizedText(
        vi: "Cho thấy một quy tắc đã xét từng nút của báo cáo ra sao: có áp dụng không, các giá trị và kết luận.",
        en: "Show how one rule judged each node of a submission: whether it applied, its values and its verdict.")
    case .rules:
      LocalizedText(
        vi: "Liệt kê quy tắc của các gói: mọi phiên bản, hoặc các phiên bản có hiệu lực vào một ngày.",
        en: "List the rules of the packs: all versions, or those in force on a date.")
    case .rulesDiscussion:
      LocalizedText(
        vi: """
          Không có `--rules` thì liệt kê gói chứa thư mục làm việc, nếu không có thì gói đi kèm. Dòng đầu của \
          đầu ra dạng văn bản nêu tên gói.
          """,
        en: """
          Without --rules, the pack folder holding the working folder is listed, else the bundled pack. The \
          text output's first line names the pack.
          """)
    case .schema:
      LocalizedText(
        vi: "In khuôn dạng báo cáo: Markdown cho người đọc, lược đồ JSON cho trình soạn thảo.",
        en: "Print the submission format: Markdown for people, JSON Schema for editors.")
    case .schemaDiscussion:
      LocalizedText(
        vi: """
          Lưu lược đồ JSON thành `dqtv.schema.json`, rồi đặt dòng đầu \
          `# yaml-language-server: $schema=dqtv.schema.json` trong báo cáo: các trình soạn thảo dùng YAML \
          language server sẽ gợi ý và soát lỗi ngay khi gõ.
          """,
        en: """
          With the JSON Schema saved as dqtv.schema.json, a first line \
          `# yaml-language-server: $schema=dqtv.schema.json` in a submission gives completion and \
          checking while typing in editors that use the YAML language server.
          """)
    case .initForm:
      LocalizedText(
        vi: "In một báo cáo trống để điền, mỗi trường có chú thích bằng ngôn ngữ của `--lang`.",
        en: "Print a blank submission to fill in, with every field explained in the language of --lang.")
    case .convert:
      LocalizedText(
        vi: "Chuyển báo cáo giữa YAML và bảng tính .xlsx.",
        en: "Convert a submission between YAML and an .xlsx workbook.")
    case .convertDiscussion:
      LocalizedText(
        vi: """
          Bảng tính (.xlsx) thành YAML; YAML thành bảng tính trình bày như `dqtv init --format xlsx`. Chiều \
          chuyển theo đầu vào: bảng tính được nhận ra qua tên hoặc nội dung tệp.
          """,
        en: """
          A workbook (.xlsx) becomes YAML; YAML becomes a workbook laid out as `dqtv init --format xlsx` \
          lays it out. The direction follows the input: a workbook is known by its name or its bytes.
          """)
    case .functions:
      LocalizedText(
        vi: "Liệt kê các hàm mà biểu thức quy tắc được gọi, kèm chữ ký của chúng.",
        en: "List the functions rule expressions may call, with their signatures.")
    case .functionsDiscussion:
      LocalizedText(
        vi: """
          Lấy từ chính bảng hàm mà bộ kiểm tra và bộ tính dùng. docs/functions.vi.md là danh sách này dạng \
          Markdown (bản tiếng Anh: docs/functions.md).
          """,
        en: "Drawn from the same table the checker and the evaluator use. docs/functions.md is this list in Markdown.")
    }
  }
}
