import SourceDiagnostics

/// What the rule pack reader says about a value of the wrong shape, and the phrases that
/// name the parts of a pack (``PackPart``) in those sentences.
package enum PackReaderMessage: String, MessageCatalogue {
  case notMapping = "pack.wrong-type.mapping"
  case keyNotName = "pack.wrong-type.key"
  case unknownKey = "pack.unknown-key"
  case missingKey = "pack.missing-key"
  case notText = "pack.wrong-type.text"
  case notInt = "pack.wrong-type.int"
  case notBool = "pack.wrong-type.bool"
  case notDate = "pack.wrong-type.date"
  case badDate = "pack.bad-date"
  case notList = "pack.wrong-type.list"
  case notExpression = "rule.wrong-type"
  case notNumber = "pack.wrong-type.number"
  case aMapping = "pack.found.mapping"
  case aList = "pack.found.list"
  case nothing = "pack.found.nothing"
  case didYouMean = "pack.did-you-mean"
  case expectedOneOf = "pack.expected-one-of"

  package var template: LocalizedText {
    switch self {
    case .notMapping:
      LocalizedText(
        vi: "{what} phải là một nhóm trường, không phải {found}", en: "{what} must be a mapping, not {found}")
    case .keyNotName: LocalizedText(vi: "mỗi khóa của {what} phải là một tên", en: "a key of {what} must be a name")
    case .unknownKey: LocalizedText(vi: "{what} không có khóa '{name}'", en: "unknown key '{name}' in {what}")
    case .missingKey: LocalizedText(vi: "{what} thiếu '{name}'", en: "{what} has no '{name}'")
    case .notText:
      LocalizedText(vi: "{what} phải là văn bản, không phải {found}", en: "{what} must be a text, not {found}")
    case .notInt:
      LocalizedText(
        vi: "{what} phải là số nguyên, không phải {found}", en: "{what} must be a whole number, not {found}")
    case .notBool:
      LocalizedText(
        vi: "{what} phải là `true` hoặc `false`, không phải {found}", en: "{what} must be true or false, not {found}")
    case .notDate:
      LocalizedText(
        vi: "{what} phải là một ngày (YYYY-MM-DD), không phải {found}",
        en: "{what} must be a date (YYYY-MM-DD), not {found}")
    case .badDate:
      LocalizedText(
        vi: "{what} phải là một ngày có thật, viết YYYY-MM-DD, không phải '{text}'",
        en: "{what} must be a real date written YYYY-MM-DD, not '{text}'")
    case .notList:
      LocalizedText(vi: "{what} phải là một danh sách, không phải {found}", en: "{what} must be a list, not {found}")
    case .notExpression:
      LocalizedText(
        vi: "{what} phải là một biểu thức, không phải {found}", en: "{what} must be an expression, not {found}")
    case .notNumber: LocalizedText(vi: "'{key}' của {what} phải là một số", en: "'{key}' of {what} must be a number")
    case .aMapping: LocalizedText(vi: "một nhóm trường", en: "a mapping")
    case .aList: LocalizedText(vi: "một danh sách", en: "a list")
    case .nothing: LocalizedText(vi: "giá trị rỗng", en: "nothing")
    case .didYouMean: LocalizedText(vi: "; có phải là '{near}'?", en: "; did you mean '{near}'?")
    case .expectedOneOf: LocalizedText(vi: "; các khóa được phép: {names}", en: "; expected one of: {names}")
    }
  }

  /// "; did you mean 'x'?" when there is a near name, else nothing.
  package static func suggestion(_ near: String?) -> LocalizedText {
    near.map { didYouMean(["near": $0]) } ?? LocalizedText(verbatim: "")
  }
}

/// The phrases that name a part of a rule pack in the reader's sentences ("the title of …").
package enum PackPart: String, MessageCatalogue {
  case defaultOf = "part.default-of"
  case titleOf = "part.title-of"
  case valuesOf = "part.values-of"
  case typeOf = "part.type-of"
  case roleOf = "part.role-of"
  case referenceOf = "part.reference-of"
  case patternOf = "part.pattern-of"
  case messageOf = "part.message-of"
  case fieldsOf = "part.fields-of"
  case effectiveOf = "part.effective-of"
  case descriptionOf = "part.description-of"
  case basisOf = "part.basis-of"
  case viTextOf = "part.vi-text-of"
  case enTextOf = "part.en-text-of"
  case valueOf = "part.value-of"
  case typeNamed = "part.type-named"
  case enumNamed = "part.enum-named"
  case topicName = "part.topic-name"
  case reportTitle = "part.report-title"
  case rule = "part.rule"
  case postTitle = "part.post-title"
  case text = "part.text"
  case testName = "part.test-name"
  case severity = "part.severity"
  case scope = "part.scope"
  case schema = "part.schema"
  case ruleID = "part.rule-id"
  case reportBlock = "part.report-block"
  case point = "part.point"
  case packVersion = "part.pack-version"
  case packTitle = "part.pack-title"
  case packName = "part.pack-name"
  case instrumentTitle = "part.instrument-title"
  case instrumentLink = "part.instrument-link"
  case instrumentNumber = "part.instrument-number"
  case documentNumber = "part.document-number"
  case clause = "part.clause"
  case article = "part.article"
  case instrument = "part.instrument"
  case expectedFinding = "part.expected-finding"
  case test = "part.test"
  case testFile = "part.test-file"
  case referenceTarget = "part.reference-target"
  case ruleFile = "part.rule-file"
  case staffingPost = "part.staffing-post"
  case patch = "part.patch"
  case message = "part.message"
  case citation = "part.citation"
  case parameter = "part.parameter"
  case topic = "part.topic"
  case field = "part.field"
  case enumValue = "part.enum-value"
  case block = "part.block"

  package var template: LocalizedText {
    switch self {
    case .defaultOf: LocalizedText(vi: "giá trị mặc định của {what}", en: "the default of {what}")
    case .titleOf: LocalizedText(vi: "tiêu đề của {what}", en: "the title of {what}")
    case .valuesOf: LocalizedText(vi: "các giá trị của {what}", en: "the values of {what}")
    case .typeOf: LocalizedText(vi: "kiểu của {what}", en: "the type of {what}")
    case .roleOf: LocalizedText(vi: "vai trò của {what}", en: "the role of {what}")
    case .referenceOf: LocalizedText(vi: "tham chiếu của {what}", en: "the reference of {what}")
    case .patternOf: LocalizedText(vi: "mẫu kiểm tra của {what}", en: "the pattern of {what}")
    case .messageOf: LocalizedText(vi: "thông báo của {what}", en: "the message of {what}")
    case .fieldsOf: LocalizedText(vi: "các trường của {what}", en: "the fields of {what}")
    case .effectiveOf: LocalizedText(vi: "thời gian hiệu lực của {what}", en: "the effective dates of {what}")
    case .descriptionOf: LocalizedText(vi: "mô tả của {what}", en: "the description of {what}")
    case .basisOf: LocalizedText(vi: "căn cứ của {what}", en: "the basis of {what}")
    case .viTextOf: LocalizedText(vi: "phần tiếng Việt của {what}", en: "the Vietnamese text of {what}")
    case .enTextOf: LocalizedText(vi: "phần tiếng Anh của {what}", en: "the English text of {what}")
    case .valueOf: LocalizedText(vi: "một giá trị của {what}", en: "a value of {what}")
    case .typeNamed: LocalizedText(vi: "kiểu '{name}'", en: "the type '{name}'")
    case .enumNamed: LocalizedText(vi: "kiểu liệt kê '{name}'", en: "the enum '{name}'")
    case .topicName: LocalizedText(vi: "tên của chủ đề '{name}'", en: "the name of the topic '{name}'")
    case .reportTitle: LocalizedText(vi: "tiêu đề '{name}' của báo cáo", en: "the report title '{name}'")
    case .rule: LocalizedText(vi: "quy tắc '{id}'", en: "the rule '{id}'")
    case .postTitle: LocalizedText(vi: "tên chức danh", en: "a post's title")
    case .text: LocalizedText(vi: "nội dung", en: "the text")
    case .testName: LocalizedText(vi: "tên của phép thử", en: "the test's name")
    case .severity: LocalizedText(vi: "mức độ", en: "the severity")
    case .scope: LocalizedText(vi: "phạm vi áp dụng", en: "the scope")
    case .schema: LocalizedText(vi: "lược đồ", en: "the schema")
    case .ruleID: LocalizedText(vi: "mã quy tắc", en: "the rule id")
    case .reportBlock: LocalizedText(vi: "khối báo cáo", en: "the report block")
    case .point: LocalizedText(vi: "điểm", en: "the point")
    case .packVersion: LocalizedText(vi: "phiên bản của bộ quy tắc", en: "the pack's version")
    case .packTitle: LocalizedText(vi: "tên của bộ quy tắc", en: "the pack's title")
    case .packName: LocalizedText(vi: "mã của bộ quy tắc", en: "the pack's name")
    case .instrumentTitle: LocalizedText(vi: "tên của văn bản", en: "the instrument's title")
    case .instrumentLink: LocalizedText(vi: "đường dẫn của văn bản", en: "the instrument's link")
    case .instrumentNumber: LocalizedText(vi: "số hiệu của văn bản", en: "the instrument's document number")
    case .documentNumber: LocalizedText(vi: "số hiệu văn bản", en: "the document number")
    case .clause: LocalizedText(vi: "khoản", en: "the clause")
    case .article: LocalizedText(vi: "điều", en: "the article")
    case .instrument: LocalizedText(vi: "một văn bản", en: "an instrument")
    case .expectedFinding: LocalizedText(vi: "một phát hiện mong đợi", en: "an expected finding")
    case .test: LocalizedText(vi: "một phép thử", en: "a test")
    case .testFile: LocalizedText(vi: "một tệp phép thử", en: "a test file")
    case .referenceTarget: LocalizedText(vi: "một đích của tham chiếu", en: "a target of the reference")
    case .ruleFile: LocalizedText(vi: "một tệp quy tắc", en: "a rule file")
    case .staffingPost: LocalizedText(vi: "một chức danh trong biên chế", en: "a post of the staffing chart")
    case .patch: LocalizedText(vi: "một bản vá dữ liệu", en: "a patch")
    case .message: LocalizedText(vi: "một thông báo", en: "a message")
    case .citation: LocalizedText(vi: "một trích dẫn", en: "a citation")
    case .parameter: LocalizedText(vi: "tham số '{name}'", en: "the parameter '{name}'")
    case .topic: LocalizedText(vi: "chủ đề '{name}'", en: "the topic '{name}'")
    case .field: LocalizedText(vi: "trường '{name}'", en: "the field '{name}'")
    case .enumValue: LocalizedText(vi: "giá trị '{name}'", en: "the value '{name}'")
    case .block: LocalizedText(vi: "khối '{name}'", en: "the block '{name}'")
    }
  }

  /// A key or file of the pack named as written: `'from'`, `'pack.yaml'`.
  package static func key(_ name: String) -> LocalizedText { LocalizedText(verbatim: "'\(name)'") }
}
