import SourceDiagnostics

/// Turns what libyaml and the input reported into a diagnostic in plain words, at its place.
/// `source` gives the bytes read so far; it is called only when the place of the problem must
/// be found in them (a file past its size limit is not read again).
func diagnose(
  _ problem: LibYAMLProblem, input: ByteInput, file: String, source makeSource: () -> SourceFile
) -> Diagnostic {
  if let failure = input.failure {
    let start = SourceLocation(file: file, line: 1, column: 1)
    switch failure {
    case .tooLarge:
      return .error(
        "yaml.file-too-large",
        "\(file) is larger than the limit of \(input.limit) bytes", at: start
      ).translated("vi", "tệp \(file) lớn hơn giới hạn \(input.limit) byte")
    case .utf16:
      return .error(
        "yaml.encoding", "the file is UTF-16; save it as UTF-8", at: start
      ).translated("vi", "tệp được lưu theo mã UTF-16; hãy lưu lại theo mã UTF-8")
    case .readError(let reason):
      return .error("io.unreadable", "cannot read \(file): \(reason)", at: nil)
        .translated("vi", "không đọc được tệp \(file): \(reason)")
    }
  }
  switch problem.kind {
  case .reader:
    let source = makeSource()
    let position = position(ofByte: problem.byteOffset, in: source.bytes)
    let location = SourceLocation(file: file, range: SourceRange(start: position))
    if problem.problem.contains("control characters") {
      let name = problem.value == 0 ? "NUL byte (U+0000)" : "control character \(codePointName(problem.value))"
      return .error("yaml.control-character", "a \(name) is not allowed in a YAML file", at: location)
        .translated("vi", "tệp YAML không được chứa ký tự điều khiển (\(name))")
    }
    let byte = problem.byteOffset < source.bytes.count ? source.bytes[problem.byteOffset] : 0
    return .error(
      "yaml.encoding",
      "the file is not valid UTF-8 here (\(problem.problem), byte 0x\(hex(byte))); save it as UTF-8",
      at: location
    ).translated("vi", "tệp không đúng mã UTF-8 tại đây (byte 0x\(hex(byte))); hãy lưu lại theo mã UTF-8")
  case .memory:
    return .error("yaml.memory", "out of memory while reading \(file)", at: nil)
  case .scanner, .parser, .other:
    let source = makeSource()
    let position = SourcePosition(line: problem.problemLine, column: problem.problemColumn)
    let location = SourceLocation(file: file, range: SourceRange(start: position))
    let line = source.lineText(problem.problemLine) ?? ""
    let scalars = Array(line.unicodeScalars)
    let index = problem.problemColumn - 1
    if index >= 0, index < scalars.count, scalars[index] == "\t" {
      return .error(
        "yaml.tab", "a tab character here; YAML allows only spaces for indentation", at: location
      ).translated("vi", "có ký tự tab ở đây; YAML chỉ cho phép thụt lề bằng dấu cách")
    }
    var notes: [Diagnostic.Note] = []
    if let context = problem.context,
      problem.contextLine != problem.problemLine || problem.contextColumn != problem.problemColumn
    {
      notes.append(
        .init(
          context, at: SourceLocation(file: file, line: problem.contextLine, column: problem.contextColumn),
          translations: ["vi": vietnameseContext(context)]))
    }
    var message = "YAML syntax error: \(problem.problem)"
    if let context = problem.context, notes.isEmpty { message += " (\(context))" }
    return .error("yaml.syntax", message, at: location, notes: notes)
      .translated("vi", "lỗi cú pháp YAML: " + vietnamese(problem.problem))
  }
}

/// The 1-based line and column (in Unicode scalars) of a byte offset. A byte-order mark is not a
/// column; a byte that does not start a valid UTF-8 sequence counts as one column.
func position(ofByte offset: Int, in bytes: [UInt8]) -> SourcePosition {
  var line = 1
  var column = 1
  var scalars = 0
  var i = 0
  if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { i = 3 }
  let end = Swift.min(offset, bytes.count)
  while i < end {
    let b = bytes[i]
    if b == 0x0A {
      line += 1
      column = 1
    } else if b & 0xC0 != 0x80 {
      column += 1
    }
    if b & 0xC0 != 0x80 { scalars += 1 }
    i += 1
  }
  return SourcePosition(line: line, column: column, offset: scalars)
}

private func hex(_ byte: UInt8) -> String {
  let digits = Array("0123456789ABCDEF")
  return String([digits[Int(byte >> 4)], digits[Int(byte & 0xF)]])
}

private func codePointName(_ value: Int) -> String {
  let digits = String(value, radix: 16, uppercase: true)
  return "U+" + String(repeating: "0", count: Swift.max(0, 4 - digits.count)) + digits
}

/// libyaml's most frequent problems in Vietnamese; others keep libyaml's English words.
private func vietnamese(_ problem: String) -> String {
  switch problem {
  case "mapping values are not allowed in this context":
    return "không được có dấu ':' ở vị trí này (thường do thiếu nháy quanh giá trị có dấu ':', hoặc thụt lề sai)"
  case "did not find expected key":
    return "không tìm thấy tên trường như mong đợi (kiểm tra thụt lề)"
  case "could not find expected ':'":
    return "thiếu dấu ':' sau tên trường"
  case "found character that cannot start any token":
    return "gặp ký tự không thể mở đầu một giá trị"
  case "found unexpected end of stream":
    return "tệp kết thúc khi một dấu nháy hoặc ngoặc chưa được đóng"
  case "did not find expected ',' or ']'":
    return "thiếu ',' hoặc ']' trong danh sách"
  case "did not find expected ',' or '}'":
    return "thiếu ',' hoặc '}' trong nhóm"
  case "did not find expected node content":
    return "thiếu giá trị ở đây"
  case "did not find expected '-' indicator":
    return "thiếu dấu '-' của một mục danh sách (kiểm tra thụt lề)"
  default:
    return problem
  }
}

/// libyaml's context phrases ("while parsing ...") in Vietnamese.
private func vietnameseContext(_ context: String) -> String {
  switch context {
  case "while parsing a flow sequence": return "danh sách trong ngoặc [ ] bắt đầu ở đây"
  case "while parsing a flow mapping": return "nhóm trong ngoặc { } bắt đầu ở đây"
  case "while parsing a block mapping": return "nhóm trường bắt đầu ở đây"
  case "while parsing a block collection": return "danh sách bắt đầu ở đây"
  case "while scanning a quoted scalar": return "chuỗi trong dấu nháy bắt đầu ở đây"
  case "while scanning a simple key": return "tên trường bắt đầu ở đây"
  case "while scanning a plain scalar": return "giá trị bắt đầu ở đây"
  default: return context
  }
}
