internal import CYAML

/// Owns one libyaml parser and the input it reads; frees both when released.
final class LibYAMLParser {
  let parser: UnsafeMutablePointer<yaml_parser_t>
  let input: ByteInput
  private var initialized = false

  init(input: ByteInput) {
    self.input = input
    parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
    guard yaml_parser_initialize(parser) == 1 else { return }
    initialized = true
    yaml_parser_set_input(
      parser,
      { data, buffer, size, sizeRead in
        guard let data, let buffer, let sizeRead else { return 0 }
        let input = Unmanaged<ByteInput>.fromOpaque(data).takeUnretainedValue()
        guard let n = input.read(into: buffer, size: size) else { return 0 }
        sizeRead.pointee = n
        return 1
      },
      Unmanaged.passUnretained(input).toOpaque())
  }

  deinit {
    if initialized { yaml_parser_delete(parser) }
    parser.deallocate()
  }

  /// Whether libyaml could set itself up (it fails only when out of memory).
  var isReady: Bool { initialized }

  /// Parses the next event into `event`; false on an error (see ``problem``).
  func parse(into event: UnsafeMutablePointer<yaml_event_t>) -> Bool {
    yaml_parser_parse(parser, event) == 1
  }

  /// What libyaml reported when ``parse(into:)`` failed.
  var problem: LibYAMLProblem {
    let p = parser.pointee
    let kind: LibYAMLProblem.Kind
    switch p.error {
    case YAML_READER_ERROR: kind = .reader
    case YAML_SCANNER_ERROR: kind = .scanner
    case YAML_PARSER_ERROR: kind = .parser
    case YAML_MEMORY_ERROR: kind = .memory
    default: kind = .other
    }
    return LibYAMLProblem(
      kind: kind,
      problem: p.problem.map { String(cString: $0) } ?? "unknown problem",
      problemLine: p.problem_mark.line + 1, problemColumn: p.problem_mark.column + 1,
      context: p.context.map { String(cString: $0) },
      contextLine: p.context_mark.line + 1, contextColumn: p.context_mark.column + 1,
      byteOffset: p.problem_offset, value: Int(p.problem_value))
  }
}

/// A libyaml error, turned into Swift values (1-based lines and columns).
struct LibYAMLProblem {
  enum Kind { case reader, scanner, parser, memory, other }
  var kind: Kind
  var problem: String
  var problemLine: Int
  var problemColumn: Int
  var context: String?
  var contextLine: Int
  var contextColumn: Int
  /// For reader errors: the byte offset of the bad input.
  var byteOffset: Int
  /// For reader errors: the bad byte or code point, or -1.
  var value: Int
}
