import SourceDiagnostics

/// What the pack loader, the schema reader, the report compiler and the linter say about a
/// rule pack.
package enum PackMessage: String, MessageCatalogue {
  case missingFile = "pack.missing-file"
  case extendsCycle = "pack.extends-cycle"
  case extendsTooDeep = "pack.extends-too-deep"
  case extendsUnknown = "pack.extends-unknown"
  case schemaInExtension = "pack.schema-in-extension"
  case noSchema = "pack.missing-key.schema"
  case parameterTwice = "param.duplicate"
  case firstDefinedHere = "param.duplicate.first"
  case idUsedByBase = "pack.id-clash.base"
  case otherRule = "pack.id-clash.other"
  case idInTwoPacks = "pack.id-clash"
  case reportUnknownRule = "report.unknown-rule"
  case unknownScope = "rule.unknown-scope"
  case schemaTypes = "rule.unknown-scope.types"
  case overlappingVersions = "rule.overlapping-versions"
  case otherVersion = "rule.overlapping-versions.other"
  case horizonRaised = "instruments.horizon-raised"
  case baseHorizon = "instruments.horizon-raised.base"
  case untilBeforeFrom = "rule.bad-period"
  case documentTwice = "instruments.duplicate"
  case firstListedHere = "instruments.duplicate.first"
  case aRule = "rule.label"
  case badID = "rule.bad-id"
  case badSeverity = "rule.bad-severity"
  case severities = "rule.bad-severity.expected"
  case badLet = "rule.bad-let"
  case noBasis = "rule.no-basis"
  case unclosedBrace = "rule.bad-message"
  case badParameterName = "param.bad-name"
  case parameterDateTwice = "param.duplicate-date"
  case badTitle = "report.bad-title"
  case noUnit = "report.no-unit"
  case reportWrongType = "report.wrong-type"
  case letShadows = "rule.let-shadows"
  case cannotPrepare = "expr.plan"
  case badAt = "rule.bad-at"
  case schemaFormat = "pack.schema-format"
  case typeNameTaken = "pack.schema-name"
  case unknownType = "pack.schema-unknown-type"
  case emptyEnum = "pack.schema-empty-enum"
  case keyNotAField = "pack.schema-key"
  case badPattern = "pack.schema-pattern"
  case requiredWithDefault = "pack.schema-default.required"
  case referenceNotString = "pack.schema-ref.string"
  case defaultEmptyList = "pack.schema-default.list"
  case defaultNumber = "pack.schema-default.number"
  case recordDefault = "pack.schema-default.record"
  case defaultNotInEnum = "pack.schema-default.enum"
  case roleNotForField = "pack.schema-role.field"
  case roleNotForType = "pack.schema-role.type"
  case roleTwice = "pack.schema-role.twice"
  case roleWithoutKey = "pack.schema-role.key"
  case roleBelongsOnDate = "pack.schema-role.date"
  case roleBelongsOnRecord = "pack.schema-role.record"
  case roleBelongsOnString = "pack.schema-role.string"
  case referenceWithoutKey = "pack.schema-ref"
  case notFound = "pack.not-found"

  package var template: LocalizedText {
    switch self {
    case .missingFile: LocalizedText(vi: "bộ quy tắc {pack} thiếu tệp {path}", en: "the pack {pack} has no {path}")
    case .extendsCycle:
      LocalizedText(
        vi: "bộ quy tắc '{name}' tự kế thừa chính nó qua chuỗi {chain}",
        en: "the pack '{name}' extends itself through {chain}")
    case .extendsTooDeep:
      LocalizedText(
        vi: "'extends: {target}' tạo thành chuỗi kế thừa dài hơn {limit} bộ quy tắc, mức tối đa cho phép",
        en: "'extends: {target}' makes a chain of more than {limit} packs, the most one pack may extend through")
    case .extendsUnknown:
      LocalizedText(
        vi:
          "'extends: {target}' không chỉ tới thư mục bộ quy tắc nào bên cạnh bộ này, cũng không phải bộ quy tắc có sẵn ({names})",
        en: "'extends: {target}' names neither a pack folder next to this one nor a bundled pack ({names})")
    case .schemaInExtension:
      LocalizedText(
        vi: "bộ quy tắc kế thừa bộ khác thì dùng lược đồ của bộ đó; hãy bỏ 'schema'",
        en: "a pack that extends another uses its schema; remove 'schema'")
    case .noSchema:
      LocalizedText(
        vi: "`pack.yaml` thiếu 'schema' (và không kế thừa bộ quy tắc nào)",
        en: "pack.yaml has no 'schema' (and extends no pack)")
    case .parameterTwice:
      LocalizedText(
        vi: "tham số '{name}' được khai báo hai lần trong bộ quy tắc này",
        en: "the parameter '{name}' is defined twice in this pack")
    case .firstDefinedHere: LocalizedText(vi: "khai báo lần đầu ở đây", en: "first defined here")
    case .idUsedByBase:
      LocalizedText(
        vi: "mã quy tắc '{id}' đã được dùng trong bộ quy tắc mà bộ này kế thừa",
        en: "the rule id '{id}' is already used by the pack this one extends")
    case .otherRule: LocalizedText(vi: "quy tắc kia", en: "the other rule")
    case .idInTwoPacks:
      LocalizedText(
        vi: "mã quy tắc '{id}' có trong cả bộ quy tắc '{first}' và bộ '{second}'",
        en: "the rule id '{id}' is in both the pack '{first}' and the pack '{second}'")
    case .reportUnknownRule:
      LocalizedText(
        vi: "báo cáo nêu quy tắc '{rule}' nhưng bộ quy tắc không có quy tắc này",
        en: "the report names the rule '{rule}', which the pack does not have")
    case .unknownScope:
      LocalizedText(vi: "phạm vi '{scope}' không phải một kiểu của lược đồ", en: "unknown scope '{scope}'")
    case .schemaTypes: LocalizedText(vi: "; các kiểu của lược đồ: {names}", en: "; the schema's types are: {names}")
    case .overlappingVersions:
      LocalizedText(
        vi:
          "hai phiên bản của '{id}' cùng có hiệu lực trong một số ngày ({first} và {second}); hãy cho một phiên bản hết hiệu lực trước khi phiên bản kia bắt đầu",
        en:
          "two versions of '{id}' are in force on the same days ({first} and {second}); end one before the other starts"
      )
    case .otherVersion: LocalizedText(vi: "phiên bản kia", en: "the other version")
    case .horizonRaised:
      LocalizedText(
        vi:
          "'law_known_until' ({date}) muộn hơn {known}, ngày cuối mà bộ quy tắc được kế thừa biết về pháp luật; bộ kế thừa chỉ được hạ mốc này xuống",
        en:
          "'law_known_until' ({date}) is later than {known}, where the pack this one extends stops knowing the law; an extending pack may only lower it"
      )
    case .baseHorizon: LocalizedText(vi: "mốc của bộ quy tắc được kế thừa", en: "the extended pack's horizon")
    case .untilBeforeFrom:
      LocalizedText(vi: "'until' ({until}) trước 'from' ({from})", en: "'until' ({until}) is before 'from' ({from})")
    case .documentTwice:
      LocalizedText(vi: "văn bản '{doc}' được liệt kê hai lần", en: "the document '{doc}' is listed twice")
    case .firstListedHere: LocalizedText(vi: "liệt kê lần đầu ở đây", en: "first listed here")
    case .aRule: LocalizedText(vi: "một quy tắc", en: "a rule")
    case .badID:
      LocalizedText(
        vi: "mã quy tắc '{id}' chỉ được gồm chữ cái, chữ số, '.', '-' và '_'",
        en: "the rule id '{id}' may hold only letters, digits, '.', '-' and '_'")
    case .badSeverity: LocalizedText(vi: "mức độ '{text}' không hợp lệ", en: "unknown severity '{text}'")
    case .severities:
      LocalizedText(vi: "; cần `error`, `warning` hoặc `info`", en: "; expected error, warning or info")
    case .badLet:
      LocalizedText(
        vi: "'{name}' không dùng được làm tên giá trị: chỉ dùng chữ cái, chữ số và '_', bắt đầu bằng chữ cái",
        en: "'{name}' cannot name a value: use letters, digits and '_', starting with a letter")
    case .noBasis:
      LocalizedText(
        vi: "{what} không nêu căn cứ pháp lý: hãy ghi ít nhất một `{doc: ...}`",
        en: "{what} cites no legal basis: give at least one {doc: ...}")
    case .unclosedBrace:
      LocalizedText(
        vi: "dấu '{' trong thông báo này không được đóng; viết '{{' để có một dấu ngoặc nhọn",
        en: "a '{' in this message is never closed; write '{{' for a brace")
    case .badParameterName:
      LocalizedText(
        vi: "'{name}' không dùng được làm tên tham số: chỉ dùng chữ cái, chữ số và '_'",
        en: "'{name}' cannot name a parameter: use letters, digits and '_'")
    case .parameterDateTwice:
      LocalizedText(vi: "{what} có hai giá trị cùng áp dụng từ {date}", en: "{what} has two values from {date}")
    case .badTitle:
      LocalizedText(
        vi:
          "'{text}' không phải giá trị của kiểu liệt kê nào trong lược đồ; hãy viết `Enum.value` hoặc `{vi: ..., en: ...}`",
        en: "'{text}' names no value of an enum of the schema; write Enum.value or {vi: ..., en: ...}")
    case .noUnit:
      LocalizedText(
        vi: "báo cáo vẽ theo đơn vị báo cáo nhưng không kiểu nào của lược đồ có vai trò 'unit-of-report'",
        en: "the report draws units of report, but no type of the schema has the role 'unit-of-report'")
    case .reportWrongType:
      LocalizedText(
        vi: "giá trị này của báo cáo phải có kiểu '{wanted}', không phải '{found}'",
        en: "this value of the report must be {wanted}, not {found}")
    case .letShadows:
      LocalizedText(
        vi: "'{name}' đã là tên mà mọi quy tắc đều thấy; hãy chọn tên khác",
        en: "'{name}' is already a name every rule sees; choose another")
    case .cannotPrepare:
      LocalizedText(
        vi: "không chuẩn bị được biểu thức này: «{error}»", en: "this expression cannot be prepared: {error}")
    case .badAt:
      LocalizedText(
        vi:
          "'at' phải chỉ tới một nút của dữ liệu: một biến như `self` hoặc `commune`, rồi các trường và vị trí cố định (`self.command_board`, `commune.villages[0]`)",
        en:
          "'at' must name a node of the data: a variable such as self or commune, then fields and fixed positions (self.command_board, commune.villages[0])"
      )
    case .schemaFormat:
      LocalizedText(
        vi: "khuôn dạng lược đồ '{format}' không được hỗ trợ; cần 'dqtv-schema/1'",
        en: "unknown schema format '{format}'; expected 'dqtv-schema/1'")
    case .typeNameTaken:
      LocalizedText(
        vi: "tên kiểu '{name}' đã được dùng cho một kiểu liệt kê hoặc một kiểu dựng sẵn",
        en: "the type name '{name}' is already used by an enum or a built-in type")
    case .unknownType: LocalizedText(vi: "không có kiểu '{name}'", en: "unknown type '{name}'")
    case .emptyEnum:
      LocalizedText(vi: "kiểu liệt kê '{name}' không có giá trị nào", en: "the enum '{name}' has no values")
    case .keyNotAField:
      LocalizedText(
        vi: "trường khóa '{key}' không phải một trường của '{type}'",
        en: "the key field '{key}' is not a field of '{type}'")
    case .badPattern:
      LocalizedText(
        vi: "mẫu '{pattern}' không phải biểu thức chính quy hợp lệ",
        en: "the pattern '{pattern}' is not a valid regular expression")
    case .requiredWithDefault:
      LocalizedText(
        vi: "{what} là bắt buộc nên không thể có giá trị mặc định",
        en: "{what} is required, so it cannot have a default")
    case .referenceNotString:
      LocalizedText(
        vi: "chỉ trường kiểu `string` mới tham chiếu được tới nút khác; {what} có kiểu {type}",
        en: "only string fields can refer to other nodes; {what} is {type}")
    case .defaultEmptyList:
      LocalizedText(
        vi: "giá trị mặc định của {what} chỉ có thể là danh sách rỗng []",
        en: "the default of {what} can only be the empty list []")
    case .defaultNumber:
      LocalizedText(vi: "giá trị mặc định của {what} phải là một số", en: "the default of {what} must be a number")
    case .recordDefault:
      LocalizedText(vi: "trường kiểu bản ghi không thể có giá trị mặc định", en: "a record field cannot have a default")
    case .defaultNotInEnum:
      LocalizedText(
        vi: "giá trị mặc định '{value}' không phải giá trị của {enum}",
        en: "the default '{value}' is not a value of {enum}")
    case .roleNotForField:
      LocalizedText(
        vi: "{what} không thể có vai trò '{role}'; một trường có thể có: {roles}",
        en: "{what} cannot have the role '{role}'; a field may have: {roles}")
    case .roleNotForType:
      LocalizedText(
        vi: "{what} không thể có vai trò '{role}'; một kiểu có thể có: {roles}",
        en: "{what} cannot have the role '{role}'; a type may have: {roles}")
    case .roleTwice:
      LocalizedText(
        vi: "vai trò '{role}' đã được gán ở dòng {line}", en: "the role '{role}' is already given at line {line}")
    case .roleWithoutKey:
      LocalizedText(
        vi: "'{type}' có vai trò '{role}' nhưng không có trường khóa",
        en: "'{type}' has the role '{role}' but no key field")
    case .roleBelongsOnDate:
      LocalizedText(
        vi: "vai trò '{role}' chỉ dành cho một trường ngày của kiểu gốc; '{field}' không phải trường như vậy",
        en: "the role '{role}' belongs on a date field of the root type; '{field}' is not one")
    case .roleBelongsOnRecord:
      LocalizedText(
        vi: "vai trò '{role}' chỉ dành cho một trường bản ghi của kiểu gốc; '{field}' không phải trường như vậy",
        en: "the role '{role}' belongs on a record field of the root type; '{field}' is not one")
    case .roleBelongsOnString:
      LocalizedText(
        vi: "vai trò '{role}' chỉ dành cho một trường chuỗi của kiểu gốc; '{field}' không phải trường như vậy",
        en: "the role '{role}' belongs on a string field of the root type; '{field}' is not one")
    case .referenceWithoutKey:
      LocalizedText(
        vi: "'{field}' tham chiếu tới {target}, nhưng kiểu này không có trường khóa",
        en: "'{field}' refers to {target}, which has no key field")
    case .notFound:
      LocalizedText(
        vi: "không có bộ quy tắc tại {path}: bộ quy tắc là một thư mục có tệp `pack.yaml`",
        en: "no rule pack at {path}: a pack is a folder with a pack.yaml")
    }
  }
}

/// What the rule test runner and the submission reader say.
package enum InputMessage: String, MessageCatalogue {
  case testUnreadable = "test.unreadable"
  case inputOutsidePack = "test.input-outside-pack"
  case noRoot = "schema.no-root"
  case notASubmission = "data.not-a-submission"
  case noFormat = "data.no-format"
  case unknownFormat = "data.unknown-format"

  package var template: LocalizedText {
    switch self {
    case .testUnreadable: LocalizedText(vi: "không đọc được {path}", en: "cannot read {path}")
    case .inputOutsidePack:
      LocalizedText(
        vi: "tệp đầu vào '{input}' nằm ngoài thư mục của bộ quy tắc và các bộ nó kế thừa; phép thử không được chạy",
        en: "the input '{input}' lies outside the pack's folder and the packs it extends; the test is not run")
    case .noRoot: LocalizedText(vi: "lược đồ không có kiểu gốc '{root}'", en: "the schema has no root type '{root}'")
    case .notASubmission:
      LocalizedText(
        vi:
          "{file} không phải là một báo cáo: cấp ngoài cùng phải là các trường {fields}... (ở đây là {found})",
        en:
          "{file} is not a submission: its top level must be a mapping of fields ({fields}...), not {found}"
      )
    case .noFormat:
      LocalizedText(
        vi: "{file} không phải là một báo cáo: thiếu dòng '{field}: {expected}'",
        en: "{file} is not a submission: it has no '{field}: {expected}' line")
    case .unknownFormat:
      LocalizedText(
        vi: "khuôn dạng {found} không được hỗ trợ; phiên bản dqtv này đọc '{expected}'",
        en: "unknown format {found}; this version of dqtv reads '{expected}'")
    }
  }
}
