import SourceDiagnostics

/// What the YAML reader says about a file it cannot read as one YAML document.
package enum YAMLMessage: String, MessageCatalogue {
  case fileTooLarge = "yaml.file-too-large"
  case utf16 = "yaml.encoding.utf16"
  case unreadable = "io.unreadable"
  case controlCharacter = "yaml.control-character"
  case nulByte = "yaml.control-character.nul"
  case invalidUTF8 = "yaml.encoding"
  case outOfMemory = "yaml.memory"
  case couldNotStart = "yaml.memory.start"
  case tab = "yaml.tab"
  case syntax = "yaml.syntax"
  case duplicateKey = "yaml.duplicate-key"
  case duplicateKeyUnnamed = "yaml.duplicate-key.unnamed"
  case firstAppearsHere = "yaml.duplicate-key.first"
  case multipleDocuments = "yaml.multiple-documents"
  case scalarTooLarge = "yaml.scalar-too-large"
  case tooDeep = "yaml.too-deep"
  case unknownAnchor = "yaml.unknown-anchor"
  case recursiveAlias = "yaml.recursive-alias"
  case aliasExpansion = "yaml.alias-expansion"
  case tooManyNodes = "yaml.too-many-nodes"

  package var template: LocalizedText {
    switch self {
    case .fileTooLarge:
      LocalizedText(
        vi: "tệp {file} lớn hơn giới hạn {limit} byte", en: "{file} is larger than the limit of {limit} bytes")
    case .utf16:
      LocalizedText(
        vi: "tệp được lưu theo mã UTF-16; hãy lưu lại theo mã UTF-8", en: "the file is UTF-16; save it as UTF-8")
    case .unreadable: LocalizedText(vi: "không đọc được tệp {file}: {reason}", en: "cannot read {file}: {reason}")
    case .controlCharacter:
      LocalizedText(
        vi: "tệp YAML không được chứa ký tự điều khiển {code}",
        en: "a control character {code} is not allowed in a YAML file")
    case .nulByte:
      LocalizedText(
        vi: "tệp YAML không được chứa byte NUL (U+0000)", en: "a NUL byte (U+0000) is not allowed in a YAML file")
    case .invalidUTF8:
      LocalizedText(
        vi: "tệp không đúng mã UTF-8 tại đây (byte 0x{byte}); hãy lưu lại theo mã UTF-8",
        en: "the file is not valid UTF-8 here (byte 0x{byte}); save it as UTF-8")
    case .outOfMemory: LocalizedText(vi: "hết bộ nhớ khi đọc {file}", en: "out of memory while reading {file}")
    case .couldNotStart:
      LocalizedText(vi: "không khởi động được bộ đọc YAML: hết bộ nhớ", en: "libyaml could not start: out of memory")
    case .tab:
      LocalizedText(
        vi: "có ký tự tab ở đây; YAML chỉ cho phép thụt lề bằng dấu cách",
        en: "a tab character here; YAML allows only spaces for indentation")
    case .syntax: LocalizedText(vi: "lỗi cú pháp YAML: {problem}", en: "YAML syntax error: {problem}")
    case .duplicateKey:
      LocalizedText(
        vi: "khóa '{key}' xuất hiện hai lần trong cùng một nhóm", en: "the key '{key}' appears twice in this mapping")
    case .duplicateKeyUnnamed: LocalizedText(vi: "một khóa xuất hiện hai lần", en: "a key appears twice")
    case .firstAppearsHere: LocalizedText(vi: "'{key}' đã có ở đây", en: "'{key}' first appears here")
    case .multipleDocuments:
      LocalizedText(
        vi: "mỗi tệp chỉ chứa một tài liệu YAML, nhưng ở đây bắt đầu tài liệu thứ hai (dòng '---')",
        en: "a file holds one YAML document, but a second one starts here")
    case .scalarTooLarge:
      LocalizedText(
        vi: "giá trị này dài {length} byte, vượt giới hạn {limit} byte",
        en: "this value is {length} bytes long; the limit is {limit}")
    case .tooDeep:
      LocalizedText(
        vi: "dữ liệu lồng nhau quá {limit} cấp tại đây", en: "collections nest more than {limit} levels deep here")
    case .unknownAnchor:
      LocalizedText(
        vi: "bí danh '*{name}' không trỏ tới neo (&{name}) nào được khai báo trước nó",
        en: "the alias '*{name}' names no anchor defined before it")
    case .recursiveAlias:
      LocalizedText(
        vi: "bí danh '*{name}' nằm bên trong chính nút mà nó trỏ tới, tạo vòng lặp vô tận",
        en: "the alias '*{name}' is inside the node it names, which would make it endless")
    case .aliasExpansion:
      LocalizedText(
        vi: "các bí danh trong tệp này bung ra hơn {limit} nút; tệp có dấu hiệu bị cài bẫy",
        en: "aliases in this file stand for more than {limit} nodes; the file looks like an alias bomb")
    case .tooManyNodes:
      LocalizedText(vi: "tệp chứa hơn {limit} giá trị, vượt giới hạn", en: "the file holds more than {limit} values")
    }
  }
}

/// libyaml's problems, each English template being libyaml's own words, so that a problem is
/// found by its text.
package enum LibYAMLProblemMessage: String, MessageCatalogue {
  case mappingValues = "libyaml.mapping-values"
  case expectedKey = "libyaml.expected-key"
  case expectedColon = "libyaml.expected-colon"
  case cannotStartToken = "libyaml.cannot-start-token"
  case endOfStream = "libyaml.end-of-stream"
  case expectedListEnd = "libyaml.expected-list-end"
  case expectedMapEnd = "libyaml.expected-map-end"
  case expectedContent = "libyaml.expected-content"
  case expectedDash = "libyaml.expected-dash"
  case expectedDocumentStart = "libyaml.expected-document-start"
  case expectedLineBreak = "libyaml.expected-line-break"
  case expectedWhitespace = "libyaml.expected-whitespace"
  case unknownEscape = "libyaml.unknown-escape"
  case expectedHex = "libyaml.expected-hex"
  case invalidUnicodeEscape = "libyaml.invalid-unicode-escape"
  case blockEntries = "libyaml.block-entries"
  case documentIndicator = "libyaml.document-indicator"
  case tabIndentation = "libyaml.tab-indentation"
  case tabSpace = "libyaml.tab-space"
  case undefinedTag = "libyaml.undefined-tag"
  case expectedTagURI = "libyaml.expected-tag-uri"
  case expectedAlphanumeric = "libyaml.expected-alphanumeric"
  case incompatibleDocument = "libyaml.incompatible-document"
  case unknownProblem = "libyaml.other"
  case flowSequence = "libyaml.context.flow-sequence"
  case flowMapping = "libyaml.context.flow-mapping"
  case blockMapping = "libyaml.context.block-mapping"
  case blockCollection = "libyaml.context.block-collection"
  case quotedScalar = "libyaml.context.quoted-scalar"
  case simpleKey = "libyaml.context.simple-key"
  case plainScalar = "libyaml.context.plain-scalar"
  case node = "libyaml.context.node"
  case blockScalar = "libyaml.context.block-scalar"
  case anchor = "libyaml.context.anchor"
  case alias = "libyaml.context.alias"
  case tag = "libyaml.context.tag"
  case directive = "libyaml.context.directive"

  package var template: LocalizedText {
    switch self {
    case .mappingValues:
      LocalizedText(
        vi: "không được có dấu ':' ở vị trí này (thường do thiếu nháy quanh giá trị có dấu ':', hoặc thụt lề sai)",
        en: "mapping values are not allowed in this context")
    case .expectedKey:
      LocalizedText(vi: "không tìm thấy tên trường như mong đợi (kiểm tra thụt lề)", en: "did not find expected key")
    case .expectedColon: LocalizedText(vi: "thiếu dấu ':' sau tên trường", en: "could not find expected ':'")
    case .cannotStartToken:
      LocalizedText(
        vi: "gặp ký tự không thể mở đầu một giá trị", en: "found character that cannot start any token")
    case .endOfStream:
      LocalizedText(
        vi: "tệp kết thúc khi một dấu nháy hoặc ngoặc chưa được đóng", en: "found unexpected end of stream")
    case .expectedListEnd:
      LocalizedText(vi: "thiếu ',' hoặc ']' trong danh sách", en: "did not find expected ',' or ']'")
    case .expectedMapEnd: LocalizedText(vi: "thiếu ',' hoặc '}' trong nhóm", en: "did not find expected ',' or '}'")
    case .expectedContent: LocalizedText(vi: "thiếu giá trị ở đây", en: "did not find expected node content")
    case .expectedDash:
      LocalizedText(
        vi: "thiếu dấu '-' của một mục danh sách (kiểm tra thụt lề)", en: "did not find expected '-' indicator")
    case .expectedDocumentStart:
      LocalizedText(vi: "thiếu dòng mở đầu tài liệu '---'", en: "did not find expected <document start>")
    case .expectedLineBreak:
      LocalizedText(
        vi: "thiếu xuống dòng hoặc chú thích sau giá trị", en: "did not find expected comment or line break")
    case .expectedWhitespace:
      LocalizedText(vi: "thiếu dấu cách hoặc xuống dòng", en: "did not find expected whitespace or line break")
    case .unknownEscape:
      LocalizedText(
        vi: "ký tự thoát sau dấu '\\' không hợp lệ trong chuỗi nháy kép", en: "found unknown escape character")
    case .expectedHex: LocalizedText(vi: "thiếu chữ số hệ mười sáu", en: "did not find expected hexdecimal number")
    case .invalidUnicodeEscape:
      LocalizedText(vi: "mã ký tự Unicode không hợp lệ", en: "found invalid Unicode character escape code")
    case .blockEntries:
      LocalizedText(
        vi: "không được mở mục danh sách '-' ở vị trí này (kiểm tra thụt lề)",
        en: "block sequence entries are not allowed in this context")
    case .documentIndicator:
      LocalizedText(
        vi: "dấu '---' hoặc '...' đứng sai chỗ trong chuỗi", en: "found unexpected document indicator")
    case .tabIndentation:
      LocalizedText(
        vi: "có ký tự tab làm sai thụt lề", en: "found a tab character that violates indentation")
    case .tabSpace:
      LocalizedText(
        vi: "có ký tự tab ở chỗ cần dấu cách thụt lề",
        en: "found a tab character where an indentation space is expected")
    case .undefinedTag: LocalizedText(vi: "nhãn kiểu chưa được khai báo", en: "found undefined tag handle")
    case .expectedTagURI: LocalizedText(vi: "thiếu địa chỉ của nhãn kiểu", en: "did not find expected tag URI")
    case .expectedAlphanumeric:
      LocalizedText(
        vi: "thiếu chữ cái hoặc chữ số (tên neo hoặc bí danh)",
        en: "did not find expected alphabetic or numeric character")
    case .incompatibleDocument:
      LocalizedText(vi: "phiên bản YAML không tương thích", en: "found incompatible YAML document")
    case .unknownProblem: LocalizedText(vi: "«{problem}»", en: "{problem}")
    case .flowSequence:
      LocalizedText(vi: "danh sách trong ngoặc [ ] bắt đầu ở đây", en: "while parsing a flow sequence")
    case .flowMapping: LocalizedText(vi: "nhóm trong ngoặc { } bắt đầu ở đây", en: "while parsing a flow mapping")
    case .blockMapping: LocalizedText(vi: "nhóm trường bắt đầu ở đây", en: "while parsing a block mapping")
    case .blockCollection: LocalizedText(vi: "danh sách bắt đầu ở đây", en: "while parsing a block collection")
    case .quotedScalar: LocalizedText(vi: "chuỗi trong dấu nháy bắt đầu ở đây", en: "while scanning a quoted scalar")
    case .simpleKey: LocalizedText(vi: "tên trường bắt đầu ở đây", en: "while scanning a simple key")
    case .plainScalar: LocalizedText(vi: "giá trị bắt đầu ở đây", en: "while scanning a plain scalar")
    case .node: LocalizedText(vi: "giá trị bắt đầu ở đây", en: "while parsing a node")
    case .blockScalar: LocalizedText(vi: "khối văn bản bắt đầu ở đây", en: "while scanning a block scalar")
    case .anchor: LocalizedText(vi: "neo bắt đầu ở đây", en: "while scanning an anchor")
    case .alias: LocalizedText(vi: "bí danh bắt đầu ở đây", en: "while scanning an alias")
    case .tag: LocalizedText(vi: "nhãn kiểu bắt đầu ở đây", en: "while scanning a tag")
    case .directive: LocalizedText(vi: "chỉ thị bắt đầu ở đây", en: "while scanning a directive")
    }
  }

  /// libyaml's problem or context phrase in both languages; a phrase the catalogue does not
  /// know is kept in libyaml's words, quoted in the Vietnamese text.
  package static func text(of phrase: String) -> LocalizedText {
    if let known = allCases.first(where: { $0 != .unknownProblem && $0.template.en == phrase }) {
      return known()
    }
    return unknownProblem(["problem": phrase])
  }
}
