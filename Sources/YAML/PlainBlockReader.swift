internal import CYAML

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// A reader for the YAML that submissions are made of, several times faster than libyaml's
/// scanner: block mappings and sequences (indentless, indented and compact ones included),
/// plain keys, one-line plain and quoted scalars (double-quoted ones with their escapes,
/// single-quoted ones with `''`), flow collections nested in one another, over one line or
/// several (their plain scalars folded across lines), and comments. It builds the same tables,
/// with the same places, that libyaml's events build.
///
/// It reads line by line (a flow collection left open at the end of a line takes the lines
/// that close it) and gives up on anything else: a tab, a carriage return, an anchor, an
/// alias, a tag, a block scalar, a block scalar or quoted scalar spanning lines, a comment or
/// a blank line inside a flow collection, a document marker, a control character, bytes that
/// are not UTF-8, a layout libyaml would reject, a limit reached, a diagnostic of any kind.
/// The caller then reads the whole input again with libyaml, which reports every problem; so
/// whatever this reader accepts, libyaml accepts and reads the same way, and whatever it does
/// not, libyaml alone decides.
struct PlainBlockReader {
  enum Kind { case mapping, sequence, indentlessSequence }

  struct Open {
    var kind: Kind
    /// The column of the collection's keys or dashes.
    var indent: Int
  }

  var builder: TreeBuilder
  let maxScalarBytes: Int
  var open: [Open] = []
  /// A key whose value has not started on its line: a nested block, an indentless sequence
  /// or nothing (an empty scalar at the end of the colon) follows.
  var pendingKey: (indent: Int, mark: yaml_mark_t)?
  var line = 0
  /// The line being read.
  var current = Line(
    bytes: UnsafeBufferPointer(start: nil, count: 0), isASCII: true, breaks: UnsafeBufferPointer(start: nil, count: 0))

  /// The input, read in `buffer` (`filled` bytes of it), where the line being read starts at
  /// `lineStart` with `lineIndent` spaces; `reachedEnd` once the input's last byte is read.
  /// No input for a document read whole (`readFlowDocument`).
  var input: ByteInput?
  var buffer = UnsafeMutableBufferPointer<UInt8>(start: nil, count: 0)
  var filled = 0
  var lineStart = 0
  var lineIndent = 0
  var reachedEnd = false

  /// Where the line breaks of a flow collection spanning lines are, from the start of its
  /// first line; and room for values that are not a slice of a line (escapes, folded lines).
  var breaks = UnsafeMutableBufferPointer<Int>(start: nil, count: 0)
  var scratch = UnsafeMutableBufferPointer<UInt8>(start: nil, count: 0)
  /// The last place computed on the line (its byte, break and column), from which the next
  /// one is counted: places are asked for in order, and a line may be a whole document.
  let cursor: UnsafeMutablePointer<Int>

  /// The longest line read (with the lines a flow collection continues on); a longer one is
  /// left to libyaml.
  static let maxLineBytes = 1 << 20
  /// The most lines one flow collection may span.
  static let maxFlowLines = 1 << 14
  /// The deepest nesting of flow collections read.
  static let maxFlowDepth = 64

  init(file: String, options: YAMLLoadOptions, expectedBytes: Int?) {
    // Made here rather than passed in: a builder shared with a caller would copy its tables,
    // reserved capacity lost, on the first append.
    builder = TreeBuilder(file: file, options: options, expectedBytes: expectedBytes)
    builder.stopsAtFirstDiagnostic = true
    // Freed at the end of `readAll`, the only reading of a reader.
    cursor = .allocate(capacity: 3)
    cursor.initialize(repeating: 0, count: 3)
    maxScalarBytes = options.maxScalarBytes
  }

  /// Reads all of `input` and returns the finished builder, or `nil` when libyaml must read it.
  static func read(_ input: ByteInput, file: String, options: YAMLLoadOptions) -> TreeBuilder? {
    var reader = PlainBlockReader(file: file, options: options, expectedBytes: input.expectedSize)
    do {
      try reader.readAll(input)
    } catch {
      return nil
    }
    return reader.builder
  }

  mutating func readAll(_ input: ByteInput) throws(GiveUp) {
    let capacity = Self.maxLineBytes
    buffer = .allocate(capacity: capacity)
    breaks = .allocate(capacity: Self.maxFlowLines)
    // `\\L` (two bytes) decodes to three: a value may be longer than its source, never twice as long.
    scratch = .allocate(capacity: 2 * capacity)
    defer {
      buffer.deallocate()
      breaks.deallocate()
      scratch.deallocate()
      cursor.deallocate()
    }
    let base = buffer.baseAddress!
    self.input = input
    // The next line starts at `next`; a line a flow collection or a quoted scalar leaves open
    // takes the lines after it as it is read (`extendLine`), which never moves the buffer.
    var next = 0
    while true {
      // Keep at least half the buffer after a line's start for the lines it may take.
      if next >= capacity / 2 {
        memmove(base, base + next, filled - next)
        filled -= next
        next = 0
      }
      if next < filled, let found = memchr(base + next, 0x0A, filled - next) {
        let end = found.assumingMemoryBound(to: UInt8.self) - base
        let physical = UnsafeBufferPointer(start: base + next, count: end - next)
        lineStart = next
        try readLine(physical, isASCII: try Line.validate(physical), breaks: 0)
        if reachedEnd {
          try finish(end: mark(at: current.bytes.count))
          return
        }
        next = lineStart + current.bytes.count + 1
        line += 1 + current.breaks.count
        continue
      }
      if next > 0 {
        if filled > next { memmove(base, base + next, filled - next) }
        filled -= next
        next = 0
      }
      guard filled < capacity, let n = input.read(into: base + filled, size: capacity - filled) else { throw GiveUp() }
      if n == 0 {
        var endMark = mark(column: 0)
        if filled > 0 {
          // The last line, with no line break after it.
          reachedEnd = true
          let physical = UnsafeBufferPointer(start: base, count: filled)
          lineStart = 0
          try readLine(physical, isASCII: try Line.validate(physical), breaks: 0)
          endMark = mark(at: current.bytes.count)
        }
        try finish(end: endMark)
        return
      }
      if filled == 0 && line == 0 && (base[0] == UInt8(ascii: "{") || base[0] == UInt8(ascii: "[")) {
        self.input = nil
        try readFlowDocument(input, first: UnsafeBufferPointer(start: base, count: n))
        return
      }
      filled += n
    }
  }

  /// Adds the next physical line to the line being read, whose flow collection or quoted
  /// scalar goes on there: it must be indented deeper than the line's first, and be neither
  /// blank nor a comment. Gives up when there is none (or the document is read whole).
  mutating func extendLine() throws(GiveUp) {
    guard let input, !reachedEnd, current.breaks.count < breaks.count else { throw GiveUp() }
    let base = buffer.baseAddress!
    let from = lineStart + current.bytes.count + 1
    var end = 0
    while true {
      if from < filled, let found = memchr(base + from, 0x0A, filled - from) {
        end = found.assumingMemoryBound(to: UInt8.self) - base
        break
      }
      guard filled < buffer.count, let n = input.read(into: base + filled, size: buffer.count - filled) else {
        throw GiveUp()
      }
      if n == 0 {
        guard filled > from else { throw GiveUp() }
        end = filled
        reachedEnd = true
        break
      }
      filled += n
    }
    let physical = UnsafeBufferPointer(start: base + from, count: end - from)
    let isASCII = try Line.validate(physical)
    var i = 0
    while i < physical.count && physical[i] == UInt8(ascii: " ") { i += 1 }
    guard i > lineIndent, i < physical.count, physical[i] != UInt8(ascii: "#") else { throw GiveUp() }
    let count = current.breaks.count
    breaks[count] = from - 1 - lineStart
    current = Line(
      bytes: UnsafeBufferPointer(start: base + lineStart, count: end - lineStart), isASCII: current.isASCII && isASCII,
      breaks: UnsafeBufferPointer(rebasing: breaks[0...count]))
  }

  /// Reads a document that is one flow collection from its first byte (JSON, mostly) whose
  /// first bytes `first` were read: the whole input is read into memory, as one line with
  /// many line breaks. Lines after the first must not be blank or comments, and only a closing
  /// bracket may start one at its first column.
  mutating func readFlowDocument(_ input: ByteInput, first: UnsafeBufferPointer<UInt8>) throws(GiveUp) {
    guard let size = input.expectedSize, size >= first.count else { throw GiveUp() }
    // A byte more than the size: a file that grew is left to libyaml.
    let capacity = size + 1
    let whole = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
    defer { whole.deallocate() }
    whole.update(from: first.baseAddress!, count: first.count)
    var filled = first.count
    while true {
      guard filled < capacity, let n = input.read(into: whole + filled, size: capacity - filled) else { throw GiveUp() }
      if n == 0 { break }
      filled += n
    }
    let end = whole[filled - 1] == 0x0A ? filled - 1 : filled
    var count = 0
    var p = 0
    while p < end, let found = memchr(whole + p, 0x0A, end - p) {
      count += 1
      p = found.assumingMemoryBound(to: UInt8.self) - whole + 1
    }
    if count > breaks.count {
      breaks.deallocate()
      breaks = .allocate(capacity: count)
    }
    var isASCII = true
    var start = 0
    for k in 0...count {
      let stop = k < count ? memchr(whole + start, 0x0A, end - start)!.assumingMemoryBound(to: UInt8.self) - whole : end
      let physical = UnsafeBufferPointer(start: whole + start, count: stop - start)
      isASCII = try Line.validate(physical) && isASCII
      if k > 0 {
        let i = Line(bytes: physical, isASCII: true, breaks: UnsafeBufferPointer(start: nil, count: 0)).indentation()
        guard i < physical.count, physical[i] != UInt8(ascii: "#"),
          i > 0 || physical[0] == UInt8(ascii: "]") || physical[0] == UInt8(ascii: "}")
        else { throw GiveUp() }
      }
      if k < count { breaks[k] = stop }
      start = stop + 1
    }
    try readLine(UnsafeBufferPointer(start: whole, count: end), isASCII: isASCII, breaks: count)
    try finish(end: mark(at: end))
  }

  // MARK: - Lines

  /// Reads a line (with, after `breaks` line breaks, the lines a flow collection continues on).
  mutating func readLine(_ b: UnsafeBufferPointer<UInt8>, isASCII: Bool, breaks count: Int) throws(GiveUp) {
    current = Line(bytes: b, isASCII: isASCII, breaks: UnsafeBufferPointer(rebasing: breaks[0..<count]))
    cursor.update(repeating: 0, count: 3)
    let n = b.count
    let i = current.indentation()
    if i == n || b[i] == UInt8(ascii: "#") { return }
    if i == 0 && (b[0] == UInt8(ascii: "%") || Line.startsWithMarker(b)) { throw GiveUp() }
    let indent = i
    lineIndent = i
    let entry = current.isEntry(at: i)

    if let key = pendingKey {
      pendingKey = nil
      if indent > key.indent {
        try startBlock(sequence: entry, at: indent, indentless: false)
      } else if indent == key.indent && entry {
        try startBlock(sequence: true, at: indent, indentless: true)
      } else {
        try emitScalar(from: 0, to: 0, style: .plain, start: key.mark, end: key.mark)
      }
    }

    let here = mark(column: indent)
    while let top = open.last {
      let closes: Bool
      switch top.kind {
      case .mapping, .sequence: closes = top.indent > indent
      case .indentlessSequence: closes = top.indent > indent || (top.indent == indent && !entry)
      }
      guard closes else { break }
      builder.endCollection(at: here)
      open.removeLast()
    }
    if open.isEmpty {
      guard builder.root == nil, indent == 0 else { throw GiveUp() }
      if b[0] == UInt8(ascii: "[") || b[0] == UInt8(ascii: "{") {
        // A flow collection as the document (JSON is one).
        // Read before the line's end is checked: the collection may take the next lines.
        let after = try readFlow(at: 0)
        try current.expectLineEnd(from: after)
        if builder.stopped { throw GiveUp() }
        return
      }
      try startBlock(sequence: entry, at: 0, indentless: false)
    }
    guard let top = open.last, top.indent == indent else { throw GiveUp() }

    if top.kind == .mapping {
      try readPair(at: indent)
    } else {
      guard entry else { throw GiveUp() }
      var c = indent + 1
      while c < n && b[c] == UInt8(ascii: " ") { c += 1 }
      // An empty item, a comment for an item, a sequence in a sequence: libyaml's.
      guard c < n, c > indent + 1, b[c] != UInt8(ascii: "#") else { throw GiveUp() }
      if current.isEntry(at: c) { throw GiveUp() }
      if current.startsPair(at: c) {
        // `- key: value`: a mapping whose keys sit at the column of the first one.
        try startBlock(sequence: false, at: c, indentless: false)
        try readPair(at: c)
      } else {
        try readValue(at: c)
      }
    }
    if builder.stopped { throw GiveUp() }
  }

  /// Opens a block mapping or sequence whose first key or dash is at column `column`.
  mutating func startBlock(sequence: Bool, at column: Int, indentless: Bool) throws(GiveUp) {
    let start = mark(column: column)
    // An indentless sequence's event ends after its first dash; the others' where they start.
    let end = indentless ? mark(column: column + 1) : start
    builder.startCollection(mapping: !sequence, flow: false, start: start, end: end)
    if builder.stopped { throw GiveUp() }
    open.append(Open(kind: sequence ? (indentless ? .indentlessSequence : .sequence) : .mapping, indent: column))
  }

  /// Reads `key: value` or `key:` whose key starts at byte `k` (ASCII up to there).
  mutating func readPair(at k: Int) throws(GiveUp) {
    let b = current.bytes
    guard current.isPlainStart(at: k, flow: false) else { throw GiveUp() }
    let key = try current.scanPlain(from: k, flow: false)
    // libyaml takes a key of at most 1024 characters on one line.
    guard key.stop == .colon, key.end - k <= 1000 else { throw GiveUp() }
    try emitScalar(from: k, to: key.end, style: .plain, start: mark(column: k), end: mark(at: key.end))
    let afterColon = key.stopIndex + 1
    var v = afterColon
    while v < b.count && b[v] == UInt8(ascii: " ") { v += 1 }
    if v == b.count || (b[v] == UInt8(ascii: "#") && v > afterColon) {
      pendingKey = (k, mark(at: afterColon))
      return
    }
    guard v > afterColon else { throw GiveUp() }
    try readValue(at: v)
  }

  /// Reads the value that starts at byte `v` and must end the line (a comment may follow).
  mutating func readValue(at v: Int) throws(GiveUp) {
    let b = current.bytes
    let after: Int
    switch b[v] {
    case UInt8(ascii: "\""), UInt8(ascii: "'"):
      after = try readQuoted(at: v)
    case UInt8(ascii: "["), UInt8(ascii: "{"):
      after = try readFlow(at: v)
    default:
      guard current.isPlainStart(at: v, flow: false) else { throw GiveUp() }
      let value = try current.scanPlain(from: v, flow: false)
      guard value.stop == .comment || value.stop == .end else { throw GiveUp() }
      try emitScalar(from: v, to: value.end, style: .plain, start: mark(at: v), end: mark(at: value.end))
      return
    }
    try current.expectLineEnd(from: after)
  }

  // MARK: - Building

  mutating func emitScalar(
    from s: Int, to e: Int, style: ScalarStyle, start: yaml_mark_t, end: yaml_mark_t
  ) throws(GiveUp) {
    let bytes = e > s ? UnsafeBufferPointer(rebasing: current.bytes[s..<e]) : UnsafeBufferPointer(start: nil, count: 0)
    try emitScalar(bytes, style: style, start: start, end: end)
  }

  mutating func emitScalar(
    _ bytes: UnsafeBufferPointer<UInt8>, style: ScalarStyle, start: yaml_mark_t, end: yaml_mark_t
  ) throws(GiveUp) {
    guard bytes.count <= maxScalarBytes else { throw GiveUp() }
    builder.scalar(bytes, style: style, start: start, end: end)
    if builder.stopped { throw GiveUp() }
  }

  /// Ends the blocks still open where libyaml ends them: those deeper than the end of the
  /// input (a last line of spaces or a comment, with no line break) there, the others at the
  /// start of the line after the last one.
  mutating func finish(end: yaml_mark_t) throws(GiveUp) {
    guard builder.root != nil else { throw GiveUp() }
    if let key = pendingKey {
      pendingKey = nil
      try emitScalar(from: 0, to: 0, style: .plain, start: key.mark, end: key.mark)
    }
    let afterEnd = yaml_mark_t(index: 0, line: end.column == 0 ? end.line : end.line + 1, column: 0)
    while let top = open.last {
      builder.endCollection(at: top.indent > end.column ? end : afterEnd)
      open.removeLast()
    }
    if builder.stopped || !builder.diagnostics.isEmpty { throw GiveUp() }
  }

  // MARK: - Characters and places

  /// The place of byte `column` of the first line, which is ASCII up to there.
  @inline(__always)
  func mark(column: Int) -> yaml_mark_t {
    yaml_mark_t(index: 0, line: line, column: column)
  }

  /// The place of byte `i` of the line.
  @inline(__always)
  func mark(at i: Int) -> yaml_mark_t {
    guard current.breaks.isEmpty else { return current.mark(at: i, line: line, cursor: cursor) }
    if current.isASCII { return yaml_mark_t(index: 0, line: line, column: i) }
    // One line: its column counted on from the last place asked for (`cursor`).
    if i < cursor[0] {
      cursor[0] = 0
      cursor[2] = 0
    }
    cursor[2] += current.column(from: cursor[0], to: i)
    cursor[0] = i
    return yaml_mark_t(index: 0, line: line, column: cursor[2])
  }

}
