internal import CYAML

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// A reader for the YAML that submissions are made of, several times faster than libyaml's
/// scanner: block mappings and sequences (indentless and compact ones included), plain keys,
/// one-line plain and quoted scalars without escapes, one-line flow collections of scalars,
/// and comments. It builds the same tables, with the same places, that libyaml's events build.
///
/// It reads line by line and gives up on anything else: a tab, a carriage return, an anchor,
/// an alias, a tag, a block scalar, a scalar spanning lines, an escape, a document marker, a
/// control character, bytes that are not UTF-8, a layout libyaml would reject, a limit
/// reached, a diagnostic of any kind. The caller then reads the whole input again with
/// libyaml, which reports every problem; so whatever this reader accepts, libyaml accepts
/// and reads the same way, and whatever it does not, libyaml alone decides.
struct PlainBlockReader {
  private enum Kind { case mapping, sequence, indentlessSequence }

  private struct Open {
    var kind: Kind
    /// The column of the collection's keys or dashes.
    var indent: Int
  }

  private var builder: TreeBuilder
  private let maxScalarBytes: Int
  private var open: [Open] = []
  /// A key whose value has not started on its line: a nested block, an indentless sequence
  /// or nothing (an empty scalar at the end of the colon) follows.
  private var pendingKey: (indent: Int, mark: yaml_mark_t)?
  private var line = 0
  /// The line being read.
  private var current = Line(bytes: UnsafeBufferPointer(start: nil, count: 0), isASCII: true)

  /// The longest line read; a longer one is left to libyaml.
  static let maxLineBytes = 1 << 20

  private init(file: String, options: YAMLLoadOptions, expectedBytes: Int?) {
    // Made here rather than passed in: a builder shared with a caller would copy its tables,
    // reserved capacity lost, on the first append.
    builder = TreeBuilder(file: file, options: options, expectedBytes: expectedBytes)
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

  private mutating func readAll(_ input: ByteInput) throws(GiveUp) {
    let capacity = Self.maxLineBytes
    let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
    defer { buffer.deallocate() }
    var filled = 0
    while true {
      guard let n = input.read(into: buffer + filled, size: capacity - filled) else { throw GiveUp() }
      if n == 0 {
        var endColumn = 0
        if filled > 0 {
          try readLine(UnsafeBufferPointer(start: buffer, count: filled))
          endColumn = current.column(filled)
        }
        try finish(endColumn: endColumn)
        return
      }
      filled += n
      var start = 0
      while start < filled, let found = memchr(buffer + start, 0x0A, filled - start) {
        let end = found.assumingMemoryBound(to: UInt8.self) - buffer
        try readLine(UnsafeBufferPointer(start: buffer + start, count: end - start))
        line += 1
        start = end + 1
      }
      if start == 0 && filled == capacity { throw GiveUp() }
      if start > 0 {
        if filled > start { memmove(buffer, buffer + start, filled - start) }
        filled -= start
      }
    }
  }

  // MARK: - Lines

  private mutating func readLine(_ b: UnsafeBufferPointer<UInt8>) throws(GiveUp) {
    current = Line(bytes: b, isASCII: try Line.validate(b))
    let n = b.count
    var i = 0
    while i < n && b[i] == UInt8(ascii: " ") { i += 1 }
    if i == n || b[i] == UInt8(ascii: "#") { return }
    if i == 0 && (b[0] == UInt8(ascii: "%") || Line.startsWithMarker(b)) { throw GiveUp() }
    let indent = i
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
  private mutating func startBlock(sequence: Bool, at column: Int, indentless: Bool) throws(GiveUp) {
    let start = mark(column: column)
    // An indentless sequence's event ends after its first dash; the others' where they start.
    let end = indentless ? mark(column: column + 1) : start
    builder.startCollection(mapping: !sequence, flow: false, start: start, end: end)
    if builder.stopped { throw GiveUp() }
    open.append(Open(kind: sequence ? (indentless ? .indentlessSequence : .sequence) : .mapping, indent: column))
  }

  /// Reads `key: value` or `key:` whose key starts at byte `k` (ASCII up to there).
  private mutating func readPair(at k: Int) throws(GiveUp) {
    let b = current.bytes
    guard current.isPlainStart(at: k, flow: false) else { throw GiveUp() }
    let key = try current.scanPlain(from: k, flow: false)
    // libyaml takes a key of at most 1024 characters on one line.
    guard key.stop == .colon, key.end - k <= 1000 else { throw GiveUp() }
    try emitScalar(from: k, to: key.end, style: .plain, start: mark(column: k), end: mark(column: current.column(key.end)))
    let afterColon = key.stopIndex + 1
    var v = afterColon
    while v < b.count && b[v] == UInt8(ascii: " ") { v += 1 }
    if v == b.count || (b[v] == UInt8(ascii: "#") && v > afterColon) {
      pendingKey = (k, mark(column: current.column(afterColon)))
      return
    }
    guard v > afterColon else { throw GiveUp() }
    try readValue(at: v)
  }

  /// Reads the value that starts at byte `v` and must end the line (a comment may follow).
  private mutating func readValue(at v: Int) throws(GiveUp) {
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
      try emitScalar(from: v, to: value.end, style: .plain, start: mark(column: current.column(v)), end: mark(column: current.column(value.end)))
      return
    }
    try current.expectLineEnd(from: after)
  }


  /// A one-line quoted scalar without escapes at byte `q`; returns the byte after its closing quote.
  private mutating func readQuoted(at q: Int) throws(GiveUp) -> Int {
    let b = current.bytes
    let quote = b[q]
    var j = q + 1
    while j < b.count && b[j] != quote {
      if b[j] == UInt8(ascii: "\\") && quote == UInt8(ascii: "\"") { throw GiveUp() }
      j += 1
    }
    guard j < b.count else { throw GiveUp() }
    // `''` inside single quotes is an escaped quote.
    if quote == UInt8(ascii: "'") && j + 1 < b.count && b[j + 1] == quote { throw GiveUp() }
    try emitScalar(
      from: q + 1, to: j, style: quote == UInt8(ascii: "'") ? .singleQuoted : .doubleQuoted,
      start: mark(column: current.column(q)), end: mark(column: current.column(j + 1)))
    return j + 1
  }

  /// A one-line flow sequence of scalars or flow mapping of scalar pairs at byte `f`; returns
  /// the byte after its closing bracket.
  private mutating func readFlow(at f: Int) throws(GiveUp) -> Int {
    let b = current.bytes
    let isMapping = b[f] == UInt8(ascii: "{")
    let close = isMapping ? UInt8(ascii: "}") : UInt8(ascii: "]")
    builder.startCollection(
      mapping: isMapping, flow: true, start: mark(column: current.column(f)), end: mark(column: current.column(f) + 1))
    if builder.stopped { throw GiveUp() }
    var j = current.skipSpaces(f + 1)
    guard j < b.count else { throw GiveUp() }
    if b[j] != close {
      while true {
        if isMapping {
          guard j < b.count, current.isPlainStart(at: j, flow: true) else { throw GiveUp() }
          let key = try current.scanPlain(from: j, flow: true)
          guard key.stop == .colon else { throw GiveUp() }
          try emitScalar(from: j, to: key.end, style: .plain, start: mark(column: current.column(j)), end: mark(column: current.column(key.end)))
          j = current.skipSpaces(key.stopIndex + 1)
        }
        j = try readFlowScalar(at: j)
        j = current.skipSpaces(j)
        guard j < b.count else { throw GiveUp() }
        if b[j] == close { break }
        guard b[j] == UInt8(ascii: ",") else { throw GiveUp() }
        j = current.skipSpaces(j + 1)
        // A trailing comma, or nothing after one: libyaml's.
        guard j < b.count, b[j] != close else { throw GiveUp() }
      }
    }
    builder.endCollection(at: mark(column: current.column(j) + 1))
    return j + 1
  }

  /// A scalar inside a flow collection; returns the byte after it.
  private mutating func readFlowScalar(at j: Int) throws(GiveUp) -> Int {
    let b = current.bytes
    guard j < b.count else { throw GiveUp() }
    if b[j] == UInt8(ascii: "\"") || b[j] == UInt8(ascii: "'") { return try readQuoted(at: j) }
    guard current.isPlainStart(at: j, flow: true) else { throw GiveUp() }
    let value = try current.scanPlain(from: j, flow: true)
    guard value.stop == .flowIndicator else { throw GiveUp() }
    try emitScalar(from: j, to: value.end, style: .plain, start: mark(column: current.column(j)), end: mark(column: current.column(value.end)))
    return value.stopIndex
  }


  // MARK: - Plain scalars




  // MARK: - Building

  private mutating func emitScalar(
    from s: Int, to e: Int, style: ScalarStyle, start: yaml_mark_t, end: yaml_mark_t
  ) throws(GiveUp) {
    guard e - s <= maxScalarBytes else { throw GiveUp() }
    let bytes = e > s ? UnsafeBufferPointer(rebasing: current.bytes[s..<e]) : UnsafeBufferPointer(start: nil, count: 0)
    builder.scalar(bytes, style: style, start: start, end: end)
    if builder.stopped { throw GiveUp() }
  }

  /// Ends the blocks still open where libyaml ends them: those deeper than the end of the
  /// input (a last line of spaces or a comment, with no line break) there, the others at the
  /// start of the line after the last one.
  private mutating func finish(endColumn: Int) throws(GiveUp) {
    guard builder.root != nil else { throw GiveUp() }
    if let key = pendingKey {
      pendingKey = nil
      try emitScalar(from: 0, to: 0, style: .plain, start: key.mark, end: key.mark)
    }
    let atEnd = mark(column: endColumn)
    let afterEnd = yaml_mark_t(index: 0, line: endColumn == 0 ? line : line + 1, column: 0)
    while let top = open.last {
      builder.endCollection(at: top.indent > endColumn ? atEnd : afterEnd)
      open.removeLast()
    }
    if builder.stopped || !builder.diagnostics.isEmpty { throw GiveUp() }
  }

  // MARK: - Characters and places

  private func mark(column: Int) -> yaml_mark_t {
    yaml_mark_t(index: 0, line: line, column: column)
  }





}

/// Why the line reader stops: libyaml reads the input instead.
private struct GiveUp: Error {}

/// What ends a plain scalar on its line.
private enum Stop { case colon, comment, end, flowIndicator }

/// One line of the input, checked: its bytes and whether they are all ASCII (columns are then
/// byte offsets). Small, so that the reader's helpers copy nothing much to read it.
private struct Line {
  var bytes: UnsafeBufferPointer<UInt8>
  var isASCII: Bool

  /// Accepts only spaces, then the end of the line or a comment after at least one space.
  func expectLineEnd(from i: Int) throws(GiveUp) {
    let b = bytes
    var j = i
    while j < b.count && b[j] == UInt8(ascii: " ") { j += 1 }
    guard j == b.count || (b[j] == UInt8(ascii: "#") && j > i) else { throw GiveUp() }
  }

  func skipSpaces(_ i: Int) -> Int {
    var j = i
    while j < bytes.count && bytes[j] == UInt8(ascii: " ") { j += 1 }
    return j
  }

  /// Whether a plain scalar may start at byte `i`: not at an indicator, and not at a `-`
  /// followed by a space or by anything unusual.
  func isPlainStart(at i: Int, flow: Bool) -> Bool {
    let b = bytes
    switch b[i] {
    case UInt8(ascii: "-"):
      guard i + 1 < b.count else { return false }
      switch b[i + 1] {
      case UInt8(ascii: " "), UInt8(ascii: ","), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"),
        UInt8(ascii: "}"), UInt8(ascii: "#"), UInt8(ascii: ":"):
        return false
      default: return true
      }
    case UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: ","), UInt8(ascii: "["), UInt8(ascii: "]"),
      UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "#"), UInt8(ascii: "&"), UInt8(ascii: "*"),
      UInt8(ascii: "!"), UInt8(ascii: "|"), UInt8(ascii: ">"), UInt8(ascii: "'"), UInt8(ascii: "\""),
      UInt8(ascii: "%"), UInt8(ascii: "@"), UInt8(ascii: "`"), UInt8(ascii: " "):
      return false
    default:
      return true
    }
  }

  /// Scans a one-line plain scalar from byte `i`: `end` is the byte after its last non-space
  /// character, `stopIndex` the byte of what ended it (the colon of `: `, the `#` of ` #`,
  /// the flow indicator, or the line's end).
  func scanPlain(from i: Int, flow: Bool) throws(GiveUp) -> (end: Int, stopIndex: Int, stop: Stop) {
    let b = bytes
    let n = b.count
    var j = i
    var end = i
    while j < n {
      let c = b[j]
      if c == UInt8(ascii: ":") {
        if j + 1 == n || b[j + 1] == UInt8(ascii: " ") { return (end, j, .colon) }
        // libyaml's versions differ on a colon inside a flow scalar.
        if flow { throw GiveUp() }
      } else if c == UInt8(ascii: " ") {
        if j + 1 < n && b[j + 1] == UInt8(ascii: "#") { return (end, j + 1, .comment) }
        j += 1
        continue
      } else if flow {
        switch c {
        case UInt8(ascii: ","), UInt8(ascii: "]"), UInt8(ascii: "}"): return (end, j, .flowIndicator)
        case UInt8(ascii: "["), UInt8(ascii: "{"), UInt8(ascii: "#"), UInt8(ascii: "?"): throw GiveUp()
        default: break
        }
      }
      j += 1
      end = j
    }
    return (end, n, .end)
  }

  /// The column (0-based, in Unicode scalars) of byte `i` of the line.
  func column(_ i: Int) -> Int {
    if isASCII { return i }
    // Every byte but the continuation bytes (10xxxxxx) starts a scalar; count those eight at a
    // time: bit 7 set where bit 6, shifted into its place, is clear.
    var continuation = 0
    var j = 0
    let base = UnsafeRawPointer(bytes.baseAddress!)
    while j + 8 <= i {
      let w = base.loadUnaligned(fromByteOffset: j, as: UInt64.self)
      continuation += (w & ~(w << 1) & 0x8080_8080_8080_8080).nonzeroBitCount
      j += 8
    }
    while j < i {
      if bytes[j] & 0xC0 == 0x80 { continuation += 1 }
      j += 1
    }
    return i - continuation
  }

  func isEntry(at i: Int) -> Bool {
    let b = bytes
    return b[i] == UInt8(ascii: "-") && (i + 1 == b.count || b[i + 1] == UInt8(ascii: " "))
  }

  /// Whether a plain key and its `: ` start at byte `c`.
  func startsPair(at c: Int) -> Bool {
    guard isPlainStart(at: c, flow: false), let scan = try? scanPlain(from: c, flow: false) else { return false }
    return scan.stop == .colon
  }

  static func startsWithMarker(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
    guard b.count >= 3 else { return false }
    return (b[0] == UInt8(ascii: "-") && b[1] == UInt8(ascii: "-") && b[2] == UInt8(ascii: "-"))
      || (b[0] == UInt8(ascii: ".") && b[1] == UInt8(ascii: ".") && b[2] == UInt8(ascii: "."))
  }

  /// Checks that the line holds only printable characters libyaml reads the same way: no
  /// control character, no tab or carriage return, well-formed UTF-8 without C1 controls, line
  /// or paragraph separators, byte-order marks or non-characters.
  static func validate(_ b: UnsafeBufferPointer<UInt8>) throws(GiveUp) -> Bool {
    let n = b.count
    var i = 0
    var isASCII = true
    while i < n {
      // Eight bytes at a time while none is outside printable ASCII (0x20...0x7E).
      while i + 8 <= n {
        let w = UnsafeRawPointer(b.baseAddress! + i).loadUnaligned(as: UInt64.self)
        let high = w & 0x8080_8080_8080_8080
        let belowSpace = (w &- 0x2020_2020_2020_2020) & ~w & 0x8080_8080_8080_8080
        let t = w ^ 0x7F7F_7F7F_7F7F_7F7F
        let delete = (t &- 0x0101_0101_0101_0101) & ~t & 0x8080_8080_8080_8080
        if high | belowSpace | delete != 0 { break }
        i += 8
      }
      guard i < n else { break }
      let c = b[i]
      if c < 0x80 {
        guard c >= 0x20 && c != 0x7F else { throw GiveUp() }
        i += 1
        continue
      }
      isASCII = false
      var scalar: UInt32
      let length: Int
      switch c {
      case 0xC2...0xDF: length = 2; scalar = UInt32(c & 0x1F)
      case 0xE0...0xEF: length = 3; scalar = UInt32(c & 0x0F)
      case 0xF0...0xF4: length = 4; scalar = UInt32(c & 0x07)
      default: throw GiveUp()
      }
      guard i + length <= n else { throw GiveUp() }
      for k in 1..<length {
        let t = b[i + k]
        guard t & 0xC0 == 0x80 else { throw GiveUp() }
        scalar = scalar << 6 | UInt32(t & 0x3F)
      }
      let valid: Bool
      switch length {
      case 2: valid = scalar >= 0xA0
      case 3:
        valid = scalar >= 0x800 && !(0xD800...0xDFFF).contains(scalar) && scalar != 0x2028
          && scalar != 0x2029 && scalar != 0xFEFF && scalar < 0xFFFE
      default: valid = scalar >= 0x10000 && scalar <= 0x10FFFF
      }
      guard valid else { throw GiveUp() }
      i += length
    }
    return isASCII
  }
}
