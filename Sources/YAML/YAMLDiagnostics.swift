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
        "yaml.file-too-large", YAMLMessage.fileTooLarge(["file": file, "limit": String(input.limit)]), at: start)
    case .utf16:
      return .error("yaml.encoding", YAMLMessage.utf16(), at: start)
    case .readError(let reason):
      return .error(
        "io.unreadable", YAMLMessage.unreadable(localized: ["file": .init(verbatim: file), "reason": reason]),
        at: nil)
    }
  }
  switch problem.kind {
  case .reader:
    let source = makeSource()
    let position = position(ofByte: problem.byteOffset, in: source.bytes)
    let location = SourceLocation(file: file, range: SourceRange(start: position))
    if problem.problem.contains("control characters") {
      let text =
        problem.value == 0
        ? YAMLMessage.nulByte() : YAMLMessage.controlCharacter(["code": codePointName(problem.value)])
      return .error("yaml.control-character", text, at: location)
    }
    let byte = problem.byteOffset < source.bytes.count ? source.bytes[problem.byteOffset] : 0
    return .error("yaml.encoding", YAMLMessage.invalidUTF8(["byte": hex(byte)]), at: location)
  case .memory:
    return .error("yaml.memory", YAMLMessage.outOfMemory(["file": file]), at: nil)
  case .scanner, .parser, .other:
    let source = makeSource()
    let position = SourcePosition(line: problem.problemLine, column: problem.problemColumn)
    let location = SourceLocation(file: file, range: SourceRange(start: position))
    let line = source.lineText(problem.problemLine) ?? ""
    let scalars = Array(line.unicodeScalars)
    let index = problem.problemColumn - 1
    if index >= 0, index < scalars.count, scalars[index] == "\t" {
      return .error("yaml.tab", YAMLMessage.tab(), at: location)
    }
    var notes: [Diagnostic.Note] = []
    if let context = problem.context,
      problem.contextLine != problem.problemLine || problem.contextColumn != problem.problemColumn
    {
      notes.append(
        .init(
          LibYAMLProblemMessage.text(of: context),
          at: SourceLocation(file: file, line: problem.contextLine, column: problem.contextColumn)))
    }
    var detail = LibYAMLProblemMessage.text(of: problem.problem)
    if let context = problem.context, notes.isEmpty {
      detail =
        detail + LocalizedText(verbatim: " (") + LibYAMLProblemMessage.text(of: context)
        + LocalizedText(verbatim: ")")
    }
    return .error("yaml.syntax", YAMLMessage.syntax(localized: ["problem": detail]), at: location, notes: notes)
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
