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
  private var current = Line(
    bytes: UnsafeBufferPointer(start: nil, count: 0), isASCII: true, breaks: UnsafeBufferPointer(start: nil, count: 0))

  /// Where the line breaks of a flow collection spanning lines are, from the start of its
  /// first line; and room for values that are not a slice of a line (escapes, folded lines).
  private var breaks = UnsafeMutableBufferPointer<Int>(start: nil, count: 0)
  private var scratch = UnsafeMutableBufferPointer<UInt8>(start: nil, count: 0)
  /// The last place computed on the line (its byte, break and column), from which the next
  /// one is counted: places are asked for in order, and a line may be a whole document.
  private let cursor: UnsafeMutablePointer<Int>

  /// The longest line read (with the lines a flow collection continues on); a longer one is
  /// left to libyaml.
  static let maxLineBytes = 1 << 20
  /// The most lines one flow collection may span.
  static let maxFlowLines = 1 << 14
  /// The deepest nesting of flow collections read.
  static let maxFlowDepth = 64

  private init(file: String, options: YAMLLoadOptions, expectedBytes: Int?) {
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

  private mutating func readAll(_ input: ByteInput) throws(GiveUp) {
    let capacity = Self.maxLineBytes
    let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
    defer { buffer.deallocate() }
    breaks = .allocate(capacity: Self.maxFlowLines)
    // `\\L` (two bytes) decodes to three: a value may be longer than its source, never twice as long.
    scratch = .allocate(capacity: 2 * capacity)
    defer {
      breaks.deallocate()
      scratch.deallocate()
      cursor.deallocate()
    }
    var filled = 0
    // The line being gathered starts at `start`; its next physical line at `next`. While a flow
    // collection or a quoted scalar is open at the end of a physical line, the next ones join it.
    var start = 0
    var next = 0
    var open = Line.Continuation()
    var breakCount = 0
    var isASCII = true
    var indent = 0
    /// Checks the physical line [from, to) and adds it to the line being gathered.
    func gather(from: Int, to: Int) throws(GiveUp) {
      let physical = UnsafeBufferPointer(start: buffer + from, count: to - from)
      let checked = try Line.validate(physical)
      isASCII = isASCII && checked.isASCII
      if open.isOpen {
        // A continuation: indented deeper than the line it continues, and not blank.
        var i = 0
        while i < physical.count && physical[i] == UInt8(ascii: " ") { i += 1 }
        guard i > indent, i < physical.count, physical[i] != UInt8(ascii: "#") else { throw GiveUp() }
      } else {
        indent = 0
        while indent < physical.count && physical[indent] == UInt8(ascii: " ") { indent += 1 }
      }
      if checked.mayOpen || open.isOpen { Line.continuation(after: physical, &open) }
    }
    while true {
      guard let n = input.read(into: buffer + filled, size: capacity - filled) else { throw GiveUp() }
      if n == 0 {
        var endMark = mark(column: 0)
        if filled > start {
          if next < filled { try gather(from: next, to: filled) }
          guard !open.isOpen else { throw GiveUp() }
          try readLine(
            UnsafeBufferPointer(start: buffer + start, count: filled - start), isASCII: isASCII, breaks: breakCount)
          endMark = mark(at: filled - start)
        }
        try finish(end: endMark)
        return
      }
      if filled == 0 && (buffer[0] == UInt8(ascii: "{") || buffer[0] == UInt8(ascii: "[")) {
        try readFlowDocument(input, first: UnsafeBufferPointer(start: buffer, count: n))
        return
      }
      filled += n
      while next < filled, let found = memchr(buffer + next, 0x0A, filled - next) {
        let end = found.assumingMemoryBound(to: UInt8.self) - buffer
        try gather(from: next, to: end)
        next = end + 1
        if open.isOpen {
          guard breakCount < breaks.count else { throw GiveUp() }
          breaks[breakCount] = end - start
          breakCount += 1
          continue
        }
        try readLine(
          UnsafeBufferPointer(start: buffer + start, count: end - start), isASCII: isASCII, breaks: breakCount)
        line += 1 + breakCount
        start = next
        breakCount = 0
        isASCII = true
      }
      if start == 0 && filled == capacity { throw GiveUp() }
      if start > 0 {
        if filled > start { memmove(buffer, buffer + start, filled - start) }
        filled -= start
        next -= start
        start = 0
      }
    }
  }

  /// Reads a document that is one flow collection from its first byte (JSON, mostly) whose
  /// first bytes `first` were read: the whole input is read into memory, as one line with
  /// many line breaks. Lines after the first must not be blank or comments, and only a closing
  /// bracket may start one at its first column.
  private mutating func readFlowDocument(_ input: ByteInput, first: UnsafeBufferPointer<UInt8>) throws(GiveUp) {
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
      isASCII = try Line.validate(physical).isASCII && isASCII
      if k > 0 {
        var i = 0
        while i < physical.count && physical[i] == UInt8(ascii: " ") { i += 1 }
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
  private mutating func readLine(_ b: UnsafeBufferPointer<UInt8>, isASCII: Bool, breaks count: Int) throws(GiveUp) {
    current = Line(bytes: b, isASCII: isASCII, breaks: UnsafeBufferPointer(rebasing: breaks[0..<count]))
    cursor.update(repeating: 0, count: 3)
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
      if b[0] == UInt8(ascii: "[") || b[0] == UInt8(ascii: "{") {
        // A flow collection as the document (JSON is one).
        try current.expectLineEnd(from: try readFlow(at: 0))
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
      try emitScalar(from: v, to: value.end, style: .plain, start: mark(at: v), end: mark(at: value.end))
      return
    }
    try current.expectLineEnd(from: after)
  }

  /// A quoted scalar at byte `q`, on its line or over several; returns the byte after its
  /// closing quote. Escapes and line breaks are read as libyaml reads them: a line break, with
  /// the spaces around it, is one space (there are no blank lines), and an escaped one is
  /// nothing. An escape libyaml rejects is left to it.
  private mutating func readQuoted(at q: Int) throws(GiveUp) -> Int {
    let b = current.bytes
    let n = b.count
    let quote = b[q]
    let single = quote == UInt8(ascii: "'")
    let style: ScalarStyle = single ? .singleQuoted : .doubleQuoted
    var j = q + 1
    // Up to the closing quote, the first escape or line break: most values end there.
    while j < n && b[j] != quote && b[j] != UInt8(ascii: "\\") && b[j] != 0x0A { j += 1 }
    guard j < n else { throw GiveUp() }
    if b[j] == quote && !(single && j + 1 < n && b[j + 1] == quote) {
      try emitScalar(from: q + 1, to: j, style: style, start: mark(at: q), end: mark(at: j + 1))
      return j + 1
    }
    // The value differs from its source: decode it into the scratch buffer.
    var out = 0
    let s = scratch
    for k in (q + 1)..<j {
      s[out] = b[k]
      out += 1
    }
    // Where the spaces written just before start (they go if a line break follows); -1 if
    // the last byte written is not such a space.
    var spaces = -1
    if out > 0 && s[out - 1] == UInt8(ascii: " ") {
      spaces = out - 1
      while spaces > 0 && s[spaces - 1] == UInt8(ascii: " ") { spaces -= 1 }
    }
    while true {
      guard j < n, out + 4 <= s.count else { throw GiveUp() }
      let c = b[j]
      if c == 0x0A {
        if spaces >= 0 { out = spaces }
        s[out] = UInt8(ascii: " ")
        out += 1
        spaces = -1
        j += 1
        while j < n && b[j] == UInt8(ascii: " ") { j += 1 }
        continue
      }
      if c == quote {
        if single && j + 1 < n && b[j + 1] == quote {
          s[out] = quote
          out += 1
          spaces = -1
          j += 2
          continue
        }
        break
      }
      if c == UInt8(ascii: "\\") && !single {
        guard j + 1 < n else { throw GiveUp() }
        spaces = -1
        j += 1
        var simple: UInt8?
        var digits = 0
        switch b[j] {
        case 0x0A:
          // An escaped line break: the value goes on at the next line's first non-space.
          j += 1
          while j < n && b[j] == UInt8(ascii: " ") { j += 1 }
          continue
        case UInt8(ascii: "0"): simple = 0x00
        case UInt8(ascii: "a"): simple = 0x07
        case UInt8(ascii: "b"): simple = 0x08
        case UInt8(ascii: "t"): simple = 0x09
        case UInt8(ascii: "n"): simple = 0x0A
        case UInt8(ascii: "v"): simple = 0x0B
        case UInt8(ascii: "f"): simple = 0x0C
        case UInt8(ascii: "r"): simple = 0x0D
        case UInt8(ascii: "e"): simple = 0x1B
        case UInt8(ascii: " "): simple = 0x20
        case UInt8(ascii: "\""): simple = 0x22
        case UInt8(ascii: "/"): simple = 0x2F
        case UInt8(ascii: "\\"): simple = 0x5C
        case UInt8(ascii: "N"): digits = -0x85
        case UInt8(ascii: "_"): digits = -0xA0
        case UInt8(ascii: "L"): digits = -0x2028
        case UInt8(ascii: "P"): digits = -0x2029
        case UInt8(ascii: "x"): digits = 2
        case UInt8(ascii: "u"): digits = 4
        case UInt8(ascii: "U"): digits = 8
        default: throw GiveUp()
        }
        if let simple {
          s[out] = simple
          out += 1
          j += 1
          continue
        }
        var scalar: UInt32
        if digits < 0 {
          scalar = UInt32(-digits)
          j += 1
        } else {
          guard j + digits < n else { throw GiveUp() }
          scalar = 0
          for k in 1...digits {
            guard let h = Line.hexValue(b[j + k]) else { throw GiveUp() }
            scalar = scalar << 4 | UInt32(h)
          }
          // libyaml rejects surrogates and values past Unicode.
          guard scalar < 0xD800 || (scalar > 0xDFFF && scalar <= 0x10FFFF) else { throw GiveUp() }
          j += digits + 1
        }
        out += Line.encodeUTF8(scalar, into: s.baseAddress! + out)
        continue
      }
      if c == UInt8(ascii: " ") {
        if spaces < 0 { spaces = out }
      } else {
        spaces = -1
      }
      s[out] = c
      out += 1
      j += 1
    }
    try emitScalar(UnsafeBufferPointer(rebasing: s[0..<out]), style: style, start: mark(at: q), end: mark(at: j + 1))
    return j + 1
  }

  /// A flow collection at byte `f`, with the flow collections and scalars nested in it, over
  /// one line or several; returns the byte after its closing bracket.
  private mutating func readFlow(at f: Int) throws(GiveUp) -> Int {
    let b = current.bytes
    let n = b.count
    var j = f
    var depth = 0
    // Bit k is set when the collection open at depth k + 1 is a mapping.
    var mappings: UInt64 = 0
    while true {
      // A node starts at byte j.
      var closing = false
      if b[j] == UInt8(ascii: "[") || b[j] == UInt8(ascii: "{") {
        guard depth < Self.maxFlowDepth else { throw GiveUp() }
        let isMapping = b[j] == UInt8(ascii: "{")
        builder.startCollection(mapping: isMapping, flow: true, start: mark(at: j), end: mark(at: j + 1))
        if builder.stopped { throw GiveUp() }
        if isMapping { mappings |= 1 << UInt64(depth) } else { mappings &= ~(1 << UInt64(depth)) }
        depth += 1
        j = current.skipFlowSpaces(j + 1)
        guard j < n else { throw GiveUp() }
        if b[j] == (isMapping ? UInt8(ascii: "}") : UInt8(ascii: "]")) {
          closing = true
        } else if isMapping {
          j = try readFlowKey(at: j)
          continue
        } else {
          continue
        }
      }
      if !closing {
        j = current.skipFlowSpaces(try readFlowScalar(at: j))
      }
      // After a node (or in an empty collection): close collections, or go on to the next entry.
      while true {
        guard j < n else { throw GiveUp() }
        let isMapping = mappings & (1 << UInt64(depth - 1)) != 0
        let close = isMapping ? UInt8(ascii: "}") : UInt8(ascii: "]")
        if b[j] == close {
          builder.endCollection(at: mark(at: j + 1))
          depth -= 1
          if depth == 0 { return j + 1 }
          j = current.skipFlowSpaces(j + 1)
          continue
        }
        guard b[j] == UInt8(ascii: ",") else { throw GiveUp() }
        j = current.skipFlowSpaces(j + 1)
        // A trailing comma, or nothing after one: libyaml's.
        guard j < n, b[j] != close else { throw GiveUp() }
        if isMapping { j = try readFlowKey(at: j) }
        break
      }
    }
  }

  /// A plain key of a flow mapping, on one line, and its colon; returns the byte where its
  /// value starts.
  private mutating func readFlowKey(at j: Int) throws(GiveUp) -> Int {
    let b = current.bytes
    guard j < b.count else { throw GiveUp() }
    if b[j] == UInt8(ascii: "\"") || b[j] == UInt8(ascii: "'") {
      // `"key": value`, JSON's way, the colon on the key's line (the key is a simple key).
      let after = try readQuoted(at: j)
      guard after - j <= 1000, memchr(b.baseAddress! + j, 0x0A, after - j) == nil else { throw GiveUp() }
      var k = after
      while k < b.count && b[k] == UInt8(ascii: " ") { k += 1 }
      guard k < b.count, b[k] == UInt8(ascii: ":") else { throw GiveUp() }
      let v = current.skipFlowSpaces(k + 1)
      guard v < b.count else { throw GiveUp() }
      return v
    }
    guard current.isPlainStart(at: j, flow: true) else { throw GiveUp() }
    let key = try current.scanPlain(from: j, flow: true)
    guard key.stop == .colon, !key.folded, key.end - j <= 1000 else { throw GiveUp() }
    try emitScalar(from: j, to: key.end, style: .plain, start: mark(at: j), end: mark(at: key.end))
    let v = current.skipFlowSpaces(key.stopIndex + 1)
    guard v < current.bytes.count else { throw GiveUp() }
    return v
  }

  /// A scalar inside a flow collection; returns the byte after it.
  private mutating func readFlowScalar(at j: Int) throws(GiveUp) -> Int {
    let b = current.bytes
    guard j < b.count else { throw GiveUp() }
    if b[j] == UInt8(ascii: "\"") || b[j] == UInt8(ascii: "'") { return try readQuoted(at: j) }
    guard current.isPlainStart(at: j, flow: true) else { throw GiveUp() }
    let value = try current.scanPlain(from: j, flow: true)
    guard value.stop == .flowIndicator else { throw GiveUp() }
    if value.folded {
      try emitFolded(from: j, to: value.end)
    } else {
      try emitScalar(from: j, to: value.end, style: .plain, start: mark(at: j), end: mark(at: value.end))
    }
    return value.stopIndex
  }

  /// A plain scalar over several lines of a flow collection, from byte `s` to byte `e`: each
  /// line break, with the spaces around it, reads as one space (there are no blank lines).
  private mutating func emitFolded(from s: Int, to e: Int) throws(GiveUp) {
    let b = current.bytes
    guard e - s <= scratch.count else { throw GiveUp() }
    var out = 0
    var k = s
    while k < e {
      let c = b[k]
      if c == 0x0A {
        while out > 0 && scratch[out - 1] == UInt8(ascii: " ") { out -= 1 }
        scratch[out] = UInt8(ascii: " ")
        out += 1
        k += 1
        while k < e && b[k] == UInt8(ascii: " ") { k += 1 }
        continue
      }
      scratch[out] = c
      out += 1
      k += 1
    }
    try emitScalar(UnsafeBufferPointer(rebasing: scratch[0..<out]), style: .plain, start: mark(at: s), end: mark(at: e))
  }

  // MARK: - Building

  private mutating func emitScalar(
    from s: Int, to e: Int, style: ScalarStyle, start: yaml_mark_t, end: yaml_mark_t
  ) throws(GiveUp) {
    let bytes = e > s ? UnsafeBufferPointer(rebasing: current.bytes[s..<e]) : UnsafeBufferPointer(start: nil, count: 0)
    try emitScalar(bytes, style: style, start: start, end: end)
  }

  private mutating func emitScalar(
    _ bytes: UnsafeBufferPointer<UInt8>, style: ScalarStyle, start: yaml_mark_t, end: yaml_mark_t
  ) throws(GiveUp) {
    guard bytes.count <= maxScalarBytes else { throw GiveUp() }
    builder.scalar(bytes, style: style, start: start, end: end)
    if builder.stopped { throw GiveUp() }
  }

  /// Ends the blocks still open where libyaml ends them: those deeper than the end of the
  /// input (a last line of spaces or a comment, with no line break) there, the others at the
  /// start of the line after the last one.
  private mutating func finish(end: yaml_mark_t) throws(GiveUp) {
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
  private func mark(column: Int) -> yaml_mark_t {
    yaml_mark_t(index: 0, line: line, column: column)
  }

  /// The place of byte `i` of the line.
  private func mark(at i: Int) -> yaml_mark_t {
    // cursor[0]: a byte, cursor[1]: the line breaks before it, cursor[2]: its column.
    if i < cursor[0] { cursor.update(repeating: 0, count: 3) }
    let breaks = current.breaks
    while cursor[1] < breaks.count && breaks[cursor[1]] < i {
      cursor[0] = breaks[cursor[1]] + 1
      cursor[1] += 1
      cursor[2] = 0
    }
    cursor[2] += current.column(from: cursor[0], to: i)
    cursor[0] = i
    return yaml_mark_t(index: 0, line: line + cursor[1], column: cursor[2])
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
  /// Where the line breaks are when a flow collection continues on the lines after the
  /// first; empty otherwise.
  var breaks: UnsafeBufferPointer<Int>

  /// Accepts only spaces, then the end of the line or a comment after at least one space.
  func expectLineEnd(from i: Int) throws(GiveUp) {
    let b = bytes
    var j = i
    while j < b.count && b[j] == UInt8(ascii: " ") { j += 1 }
    guard j == b.count || (b[j] == UInt8(ascii: "#") && j > i) else { throw GiveUp() }
  }

  /// Skips spaces, and the line breaks between the lines of a flow collection.
  func skipFlowSpaces(_ i: Int) -> Int {
    var j = i
    while j < bytes.count && (bytes[j] == UInt8(ascii: " ") || bytes[j] == 0x0A) { j += 1 }
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

  /// Scans a plain scalar from byte `i`: `end` is the byte after its last non-space
  /// character, `stopIndex` the byte of what ended it (the colon of `: `, the `#` of ` #`,
  /// the flow indicator, or the line's end). A block scalar stays on its line; a flow scalar
  /// may go on over the next lines of its collection (`folded`).
  func scanPlain(from i: Int, flow: Bool) throws(GiveUp) -> (end: Int, stopIndex: Int, stop: Stop, folded: Bool) {
    let b = bytes
    let n = b.count
    var j = i
    var end = i
    var folded = false
    while j < n {
      let c = b[j]
      if c == UInt8(ascii: ":") {
        if j + 1 == n || b[j + 1] == UInt8(ascii: " ") || b[j + 1] == 0x0A { return (end, j, .colon, folded) }
        // libyaml's versions differ on a colon inside a flow scalar.
        if flow { throw GiveUp() }
      } else if c == UInt8(ascii: " ") {
        if j + 1 < n && b[j + 1] == UInt8(ascii: "#") { return (end, j + 1, .comment, folded) }
        j += 1
        continue
      } else if c == 0x0A {
        guard flow else { throw GiveUp() }
        var k = j + 1
        while k < n && b[k] == UInt8(ascii: " ") { k += 1 }
        guard k < n else { throw GiveUp() }
        switch b[k] {
        case UInt8(ascii: ","), UInt8(ascii: "]"), UInt8(ascii: "}"): return (end, k, .flowIndicator, folded)
        default:
          // The scalar goes on, unless the line starts with what could be read otherwise.
          guard isPlainStart(at: k, flow: true), b[k] != UInt8(ascii: "-") else { throw GiveUp() }
        }
        folded = true
        j = k
        continue
      } else if flow {
        switch c {
        case UInt8(ascii: ","), UInt8(ascii: "]"), UInt8(ascii: "}"): return (end, j, .flowIndicator, folded)
        case UInt8(ascii: "["), UInt8(ascii: "{"), UInt8(ascii: "#"), UInt8(ascii: "?"): throw GiveUp()
        default: break
        }
      }
      j += 1
      end = j
    }
    return (end, n, .end, folded)
  }

  /// The column (0-based, in Unicode scalars) of byte `i` of the line, whose physical line
  /// starts at byte `s`.
  func column(from s: Int, to i: Int) -> Int {
    if isASCII { return i - s }
    // Every byte but the continuation bytes (10xxxxxx) starts a scalar; count those eight at a
    // time: bit 7 set where bit 6, shifted into its place, is clear.
    var continuation = 0
    var j = s
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
    return i - s - continuation
  }

  static func hexValue(_ c: UInt8) -> UInt8? {
    switch c {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): c - UInt8(ascii: "0")
    case UInt8(ascii: "a")...UInt8(ascii: "f"): c - UInt8(ascii: "a") + 10
    case UInt8(ascii: "A")...UInt8(ascii: "F"): c - UInt8(ascii: "A") + 10
    default: nil
    }
  }

  /// Writes the UTF-8 form of a Unicode scalar (not a surrogate); returns its length.
  static func encodeUTF8(_ v: UInt32, into p: UnsafeMutablePointer<UInt8>) -> Int {
    if v < 0x80 {
      p[0] = UInt8(v)
      return 1
    }
    if v < 0x800 {
      p[0] = UInt8(0xC0 | v >> 6)
      p[1] = UInt8(0x80 | v & 0x3F)
      return 2
    }
    if v < 0x10000 {
      p[0] = UInt8(0xE0 | v >> 12)
      p[1] = UInt8(0x80 | v >> 6 & 0x3F)
      p[2] = UInt8(0x80 | v & 0x3F)
      return 3
    }
    p[0] = UInt8(0xF0 | v >> 18)
    p[1] = UInt8(0x80 | v >> 12 & 0x3F)
    p[2] = UInt8(0x80 | v >> 6 & 0x3F)
    p[3] = UInt8(0x80 | v & 0x3F)
    return 4
  }

  /// What a physical line leaves open for the next ones: flow collections, a quoted scalar.
  struct Continuation {
    var depth = 0
    /// The quote of a quoted scalar left open; 0 for none.
    var quote: UInt8 = 0
    var isOpen: Bool { depth > 0 || quote != 0 }
  }

  /// What is open after a physical line, `open` being open before it. Brackets and quotes
  /// count where a node may start (at the line's start or after an indicator), not inside
  /// quotes or comments. Only a guess of which lines belong together: the reader finds out
  /// for sure, and gives up where the guess was wrong.
  static func continuation(after b: UnsafeBufferPointer<UInt8>, _ open: inout Continuation) {
    let n = b.count
    var i = 0
    /// Skips a quoted scalar's text from byte `j` to its closing quote: the byte after it, or
    /// `nil` when the quote is still open at the end of the line.
    func closing(_ quote: UInt8, from j: Int) -> Int? {
      var j = j
      while j < n {
        if b[j] == quote {
          // `''` inside single quotes is an escaped quote.
          if quote == UInt8(ascii: "'") && j + 1 < n && b[j + 1] == quote {
            j += 2
            continue
          }
          return j + 1
        }
        if quote == UInt8(ascii: "\"") && b[j] == UInt8(ascii: "\\") { j += 1 }
        j += 1
      }
      return nil
    }
    // The last character before this one that is not a space (a space at the line's start).
    var previous = UInt8(ascii: " ")
    var afterSpace = true
    if open.quote != 0 {
      guard let after = closing(open.quote, from: 0) else { return }
      i = after
      previous = open.quote
      afterSpace = false
      open.quote = 0
    }
    while i < n {
      let c = b[i]
      let atNode =
        previous == UInt8(ascii: " ") || previous == UInt8(ascii: ":") || previous == UInt8(ascii: "-")
        || previous == UInt8(ascii: "[") || previous == UInt8(ascii: "{") || previous == UInt8(ascii: ",")
      switch c {
      case UInt8(ascii: " "):
        afterSpace = true
        i += 1
        continue
      case UInt8(ascii: "["), UInt8(ascii: "{"):
        if open.depth > 0 || atNode { open.depth += 1 }
      case UInt8(ascii: "]"), UInt8(ascii: "}"):
        if open.depth > 0 { open.depth -= 1 }
      case UInt8(ascii: "\""), UInt8(ascii: "'"):
        if atNode && (afterSpace || previous != UInt8(ascii: ":") && previous != UInt8(ascii: "-")) {
          guard let after = closing(c, from: i + 1) else {
            open.quote = c
            return
          }
          i = after
          previous = c
          afterSpace = false
          continue
        }
      case UInt8(ascii: "#"):
        if afterSpace { return }
      default:
        break
      }
      previous = c
      afterSpace = false
      i += 1
    }
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
  /// `mayOpen` tells whether the line holds a byte that may open a flow collection or a quoted
  /// scalar (`[`, `{`, `"`, `'`; or `#` or `&`, which share their test).
  static func validate(_ b: UnsafeBufferPointer<UInt8>) throws(GiveUp) -> (isASCII: Bool, mayOpen: Bool) {
    let n = b.count
    var i = 0
    var isASCII = true
    var openers: UInt64 = 0
    while i < n {
      // Eight bytes at a time while none is outside printable ASCII (0x20...0x7E).
      while i + 8 <= n {
        let w = UnsafeRawPointer(b.baseAddress! + i).loadUnaligned(as: UInt64.self)
        let high = w & 0x8080_8080_8080_8080
        let belowSpace = (w &- 0x2020_2020_2020_2020) & ~w & 0x8080_8080_8080_8080
        let t = w ^ 0x7F7F_7F7F_7F7F_7F7F
        let delete = (t &- 0x0101_0101_0101_0101) & ~t & 0x8080_8080_8080_8080
        if high | belowSpace | delete != 0 { break }
        // `[` (0x5B) and `{` (0x7B) are the bytes that read 0x7B with bit 5 set; `"` (0x22) and
        // `'` (0x27), with `#` and `&`, those that read 0x27 with bits 0 and 2 set.
        let o = (w | 0x2020_2020_2020_2020) ^ 0x7B7B_7B7B_7B7B_7B7B
        let q = (w | 0x0505_0505_0505_0505) ^ 0x2727_2727_2727_2727
        openers |= ((o &- 0x0101_0101_0101_0101) & ~o | (q &- 0x0101_0101_0101_0101) & ~q) & 0x8080_8080_8080_8080
        i += 8
      }
      guard i < n else { break }
      let c = b[i]
      if c < 0x80 {
        guard c >= 0x20 && c != 0x7F else { throw GiveUp() }
        if c | 0x20 == 0x7B || c | 0x05 == 0x27 { openers = 1 }
        i += 1
        continue
      }
      isASCII = false
      var scalar: UInt32
      let length: Int
      switch c {
      case 0xC2...0xDF:
        length = 2
        scalar = UInt32(c & 0x1F)
      case 0xE0...0xEF:
        length = 3
        scalar = UInt32(c & 0x0F)
      case 0xF0...0xF4:
        length = 4
        scalar = UInt32(c & 0x07)
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
        valid =
          scalar >= 0x800 && !(0xD800...0xDFFF).contains(scalar) && scalar != 0x2028
          && scalar != 0x2029 && scalar != 0xFEFF && scalar < 0xFFFE
      default: valid = scalar >= 0x10000 && scalar <= 0x10FFFF
      }
      guard valid else { throw GiveUp() }
      i += length
    }
    return (isASCII, openers != 0)
  }
}
