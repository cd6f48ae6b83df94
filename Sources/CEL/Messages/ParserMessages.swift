import SourceDiagnostics

/// The sentences of the expression parser's problems. Every syntax error starts with "Syntax
/// error:" in English, as CEL's own parser says it.
package enum ParserText: String, MessageCatalogue {
  case tooLong = "expr.too-long"
  case syntax = "expr.syntax"
  case tooDeep = "expr.too-deep"
  case tooTall = "expr.too-deep.tree"
  case unexpectedCharacterNear = "expr.syntax.character-near"
  case unexpectedCharacter = "expr.syntax.character"
  case invisibleCharacter = "expr.syntax.invisible"
  case straightQuotes = "expr.syntax.curly-quotes"
  case separators = "expr.syntax.separators"
  case asciiNames = "expr.syntax.names"
  case quotedNotClosed = "expr.syntax.quoted-not-closed"
  case quotedLetters = "expr.syntax.quoted-letters"
  case stringNotClosed = "expr.syntax.string-not-closed"
  case bytesNotClosed = "expr.syntax.bytes-not-closed"
  case stringNotClosedLine = "expr.syntax.string-line"
  case bytesNotClosedLine = "expr.syntax.bytes-line"
  case backslashAtEnd = "expr.syntax.escape-end"
  case hexDigits = "expr.syntax.escape-hex"
  case surrogate = "expr.syntax.escape-surrogate"
  case beyondUnicode = "expr.syntax.escape-beyond"
  case octalDigits = "expr.syntax.escape-octal"
  case invalidEscape = "expr.syntax.escape"
  case hasArgument = "expr.syntax.has"
  case macroVariable = "expr.syntax.macro-variable"
  case accumulator = "expr.syntax.accumulator"
  case bindVariable = "expr.syntax.bind"
  case afterEnd = "expr.syntax.after-end"
  case writeAs = "expr.syntax.write-as"
  case expectedColonConditional = "expr.syntax.conditional"
  case optionalSelect = "expr.syntax.optional-select"
  case expectedMemberName = "expr.syntax.member-name"
  case quotedFunction = "expr.syntax.quoted-function"
  case optionalIndex = "expr.syntax.optional-index"
  case argumentAfterComma = "expr.syntax.argument"
  case optionalField = "expr.syntax.optional-field"
  case expectedFieldName = "expr.syntax.field-name"
  case quotedPlace = "expr.syntax.quoted-place"
  case unexpectedEnd = "expr.syntax.end"
  case expectedExpression = "expr.syntax.expression"
  case expectedName = "expr.syntax.name"
  case reservedWord = "expr.syntax.reserved"
  case optionalElement = "expr.syntax.optional-element"
  case optionalEntry = "expr.syntax.optional-entry"
  case intRange = "expr.syntax.int-range"
  case uintRange = "expr.syntax.uint-range"
  case doubleRange = "expr.syntax.double-range"
  case expectedToken = "expr.syntax.expected"
  case theEnd = "expr.token.end"
  case endOfExpression = "expr.token.end-of-expression"
  case invalidInput = "expr.token.invalid"
  case identifier = "expr.token.identifier"
  case number = "expr.token.number"
  case string = "expr.token.string"
  case bytes = "expr.token.bytes"
  case toCloseIndex = "expr.context.index"
  case toCloseArguments = "expr.context.arguments"
  case afterFieldName = "expr.context.field"
  case toCloseMessage = "expr.context.message"
  case toCloseParen = "expr.context.paren"
  case toCloseList = "expr.context.list"
  case afterMapKey = "expr.context.map-key"
  case toCloseMap = "expr.context.map"

  package var template: LocalizedText {
    switch self {
    case .tooLong:
      LocalizedText(
        vi: "biểu thức quá dài: {count} ký tự, giới hạn là {limit}",
        en: "expression is too long: {count} characters, the limit is {limit}")
    case .syntax: LocalizedText(vi: "lỗi cú pháp: {detail}", en: "Syntax error: {detail}")
    case .tooDeep:
      LocalizedText(
        vi: "biểu thức lồng nhau quá sâu: hơn {limit} cấp ngoặc, lời gọi hàm hoặc biểu thức điều kiện",
        en: "expression is too deeply nested: more than {limit} levels of brackets, calls or conditionals")
    case .tooTall:
      LocalizedText(
        vi:
          "biểu thức lồng nhau quá sâu: cây cú pháp sẽ sâu hơn {limit} cấp (một chuỗi dài các phép toán như a + b + c + ... cũng tính là lồng nhau)",
        en:
          "expression is too deeply nested: its syntax tree would be more than {limit} levels deep (a long chain of operators such as a + b + c + ... counts as nesting)"
      )
    case .unexpectedCharacterNear:
      LocalizedText(
        vi: "ký tự '{character}' không hợp lệ ở đây; có phải là '{near}'?",
        en: "unexpected character '{character}'; did you mean '{near}'?")
    case .unexpectedCharacter:
      LocalizedText(vi: "ký tự '{character}' không hợp lệ ở đây", en: "unexpected character '{character}'")
    case .invisibleCharacter:
      LocalizedText(vi: "ký tự ẩn {code} không hợp lệ ở đây", en: "unexpected invisible character {code}")
    case .straightQuotes:
      LocalizedText(
        vi: "; hãy đặt chuỗi trong dấu nháy thẳng ' hoặc \"", en: "; quote strings with straight quotes ' or \"")
    case .separators:
      LocalizedText(
        vi: "; chỉ dấu cách, tab, xuống dòng và sang trang mới ngăn cách các thành phần",
        en: "; only space, tab, line breaks and form feed separate tokens")
    case .asciiNames:
      LocalizedText(
        vi: "; tên chỉ được dùng chữ cái A-Z, a-z (không dấu), chữ số và '_'",
        en: "; names may use only the letters A-Z and a-z, digits and '_'")
    case .quotedNotClosed:
      LocalizedText(vi: "tên trong dấu '`' chưa được đóng", en: "quoted identifier is not closed with '`'")
    case .quotedLetters:
      LocalizedText(
        vi: "tên trong dấu '`' chỉ được gồm chữ cái, chữ số, '_', '.', '-', '/' và dấu cách",
        en: "a quoted identifier may hold only letters, digits, '_', '.', '-', '/' and spaces")
    case .stringNotClosed: LocalizedText(vi: "chuỗi chưa được đóng", en: "string literal is not closed")
    case .bytesNotClosed: LocalizedText(vi: "chuỗi byte chưa được đóng", en: "bytes literal is not closed")
    case .stringNotClosedLine:
      LocalizedText(
        vi: "chuỗi chưa được đóng trước khi hết dòng (dùng ''' hoặc \"\"\" cho văn bản nhiều dòng)",
        en: "string literal is not closed before the end of the line (use ''' or \"\"\" for text over several lines)")
    case .bytesNotClosedLine:
      LocalizedText(
        vi: "chuỗi byte chưa được đóng trước khi hết dòng (dùng ''' hoặc \"\"\" cho văn bản nhiều dòng)",
        en: "bytes literal is not closed before the end of the line (use ''' or \"\"\" for text over several lines)")
    case .backslashAtEnd: LocalizedText(vi: "dấu '\\' ở cuối chuỗi", en: "'\\' at the end of a literal")
    case .hexDigits:
      LocalizedText(
        vi: "sau '\\{letter}' phải có {count} chữ số hệ mười sáu",
        en: "'\\{letter}' must be followed by {count} hexadecimal digits")
    case .surrogate:
      LocalizedText(
        vi: "mã thoát '\\{letter}' chỉ tới một mã thay thế, không phải một ký tự",
        en: "'\\{letter}' escape names a surrogate code point, which is not a character")
    case .beyondUnicode:
      LocalizedText(
        vi: "mã thoát '\\{letter}' vượt quá mã Unicode cuối cùng U+10FFFF",
        en: "'\\{letter}' escape is beyond the last Unicode code point U+10FFFF")
    case .octalDigits:
      LocalizedText(
        vi: "mã thoát hệ tám cần ba chữ số hệ tám, như '\\012'",
        en: "an octal escape needs three octal digits, as in '\\012'")
    case .invalidEscape:
      LocalizedText(vi: "mã thoát '\\{letter}' không hợp lệ", en: "invalid escape sequence '\\{letter}'")
    case .hasArgument:
      LocalizedText(
        vi: "đối số của `has()` không hợp lệ: cần chọn một trường, như `has(a.b)`",
        en: "invalid argument to has() macro: expected a field selection such as has(a.b)")
    case .macroVariable:
      LocalizedText(
        vi: "đối số đầu tiên của `{macro}()` phải là một tên biến đơn",
        en: "the first argument of {macro}() must be a simple variable name")
    case .accumulator:
      LocalizedText(
        vi: "biến '{name}' của `{macro}()` trùng với biến tích lũy",
        en: "the variable '{name}' of {macro}() overwrites the accumulator variable")
    case .bindVariable:
      LocalizedText(
        vi: "đối số đầu tiên của `cel.bind()` phải là một tên biến đơn",
        en: "the first argument of cel.bind() must be a simple variable name")
    case .afterEnd:
      LocalizedText(
        vi: "thừa '{word}' sau khi biểu thức đã kết thúc", en: "unexpected '{word}' after the end of the expression")
    case .writeAs: LocalizedText(vi: "; CEL viết '{word}' là '{symbol}'", en: "; CEL writes '{word}' as '{symbol}'")
    case .expectedColonConditional:
      LocalizedText(
        vi: "biểu thức điều kiện cần ':' nhưng gặp {found}",
        en: "expected ':' in the conditional expression but found {found}")
    case .optionalSelect:
      LocalizedText(vi: "chưa hỗ trợ chọn trường tùy chọn '.?'", en: "optional field selection '.?' is not supported")
    case .expectedMemberName:
      LocalizedText(
        vi: "sau '.' cần tên trường hoặc tên hàm nhưng gặp {found}",
        en: "expected a field or function name after '.' but found {found}")
    case .quotedFunction:
      LocalizedText(vi: "tên trong dấu '`' không thể là tên hàm", en: "a quoted identifier cannot name a function")
    case .optionalIndex:
      LocalizedText(vi: "chưa hỗ trợ chỉ số tùy chọn '[?'", en: "optional index '[?' is not supported")
    case .argumentAfterComma:
      LocalizedText(vi: "sau ',' cần một đối số nhưng gặp ')'", en: "expected an argument after ',' but found ')'")
    case .optionalField: LocalizedText(vi: "chưa hỗ trợ trường tùy chọn '?'", en: "optional field '?' is not supported")
    case .expectedFieldName:
      LocalizedText(vi: "cần tên trường nhưng gặp {found}", en: "expected a field name but found {found}")
    case .quotedPlace:
      LocalizedText(
        vi: "tên trong dấu '`' chỉ được đứng sau '.' hoặc làm tên trường của thông điệp",
        en: "a quoted identifier may only follow '.' or name a message field")
    case .unexpectedEnd:
      LocalizedText(
        vi: "biểu thức kết thúc đột ngột; cần thêm một biểu thức",
        en: "unexpected end of expression; expected an expression")
    case .expectedExpression:
      LocalizedText(vi: "cần một biểu thức nhưng gặp {found}", en: "expected an expression but found {found}")
    case .expectedName:
      LocalizedText(vi: "sau '.' cần một tên nhưng gặp {found}", en: "expected a name after '.' but found {found}")
    case .reservedWord:
      LocalizedText(
        vi: "'{word}' là từ dành riêng, không dùng làm tên được",
        en: "'{word}' is a reserved word and cannot be used as a name")
    case .optionalElement:
      LocalizedText(
        vi: "chưa hỗ trợ phần tử tùy chọn '?' trong danh sách", en: "optional list element '?' is not supported")
    case .optionalEntry:
      LocalizedText(vi: "chưa hỗ trợ mục tùy chọn '?' trong bảng", en: "optional map entry '?' is not supported")
    case .intRange:
      LocalizedText(
        vi: "số nguyên {text} vượt phạm vi (số nguyên 64 bit, từ -9223372036854775808 đến 9223372036854775807)",
        en: "integer literal {text} is out of range (ints are 64-bit, -9223372036854775808 to 9223372036854775807)")
    case .uintRange:
      LocalizedText(
        vi: "số nguyên không dấu {text} vượt phạm vi (64 bit, tối đa 18446744073709551615)",
        en: "unsigned integer literal {text} is out of range (uints are 64-bit, at most 18446744073709551615)")
    case .doubleRange: LocalizedText(vi: "số thực {text} vượt phạm vi", en: "double literal {text} is out of range")
    case .expectedToken:
      LocalizedText(
        vi: "cần {expected}{context} nhưng gặp {found}", en: "expected {expected}{context} but found {found}")
    case .theEnd: LocalizedText(vi: "chỗ kết thúc biểu thức", en: "the end of the expression")
    case .endOfExpression: LocalizedText(vi: "chỗ kết thúc biểu thức", en: "end of expression")
    case .invalidInput: LocalizedText(vi: "ký tự không hợp lệ", en: "invalid input")
    case .identifier: LocalizedText(vi: "một tên", en: "identifier")
    case .number: LocalizedText(vi: "một số", en: "number")
    case .string: LocalizedText(vi: "một chuỗi", en: "string")
    case .bytes: LocalizedText(vi: "một chuỗi byte", en: "bytes")
    case .toCloseIndex: LocalizedText(vi: " để đóng chỉ số", en: " to close the index")
    case .toCloseArguments: LocalizedText(vi: " để đóng danh sách đối số", en: " to close the argument list")
    case .afterFieldName: LocalizedText(vi: " sau tên trường", en: " after the field name")
    case .toCloseMessage: LocalizedText(vi: " để đóng thông điệp", en: " to close the message")
    case .toCloseParen: LocalizedText(vi: " để đóng '('", en: " to close '('")
    case .toCloseList: LocalizedText(vi: " để đóng danh sách", en: " to close the list")
    case .afterMapKey: LocalizedText(vi: " sau khóa của bảng", en: " after the map key")
    case .toCloseMap: LocalizedText(vi: " để đóng bảng", en: " to close the map")
    }
  }

  /// "Syntax error: " and the problem.
  static func syntaxError(_ detail: LocalizedText) -> LocalizedText { syntax(localized: ["detail": detail]) }
}
