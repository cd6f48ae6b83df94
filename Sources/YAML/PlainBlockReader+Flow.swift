internal import CYAML

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Quoted scalars and flow collections, on one line or over several.
extension PlainBlockReader {
  /// A quoted scalar at byte `q`, on its line or over several; returns the byte after its
  /// closing quote. Escapes and line breaks are read as libyaml reads them: a line break, with
  /// the spaces around it, is one space (there are no blank lines), and an escaped one is
  /// nothing. An escape libyaml rejects is left to it.
  mutating func readQuoted(at q: Int) throws(GiveUp) -> Int {
    var b = current.bytes
    var n = b.count
    let quote = b[q]
    let single = quote == UInt8(ascii: "'")
    let style: ScalarStyle = single ? .singleQuoted : .doubleQuoted
    var j = q + 1
    // Up to the closing quote, the first escape or line break: most values end there. Eight
    // bytes at a time, then byte by byte.
    let quotes = UInt64(quote) &* 0x0101_0101_0101_0101
    while j + 8 <= n {
      let w = UnsafeRawPointer(b.baseAddress! + j).loadUnaligned(as: UInt64.self)
      let special =
        Line.zeroBytes(w ^ quotes) | Line.zeroBytes(w ^ 0x5C5C_5C5C_5C5C_5C5C)
        | Line.zeroBytes(w ^ 0x0A0A_0A0A_0A0A_0A0A)
      if special != 0 {
        // The lowest flag is exact (those above it may not be).
        j += special.trailingZeroBitCount / 8
        break
      }
      j += 8
    }
    while j < n && b[j] != quote && b[j] != UInt8(ascii: "\\") && b[j] != 0x0A { j += 1 }
    if j == n {
      // Left open at the end of the line: it goes on over the next ones.
      try extendLine()
      b = current.bytes
      n = b.count
    }
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
      if j == n {
        try extendLine()
        b = current.bytes
        n = b.count
      }
      guard out + 4 <= s.count else { throw GiveUp() }
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
        if j + 1 == n {
          try extendLine()
          b = current.bytes
          n = b.count
        }
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
  mutating func readFlow(at f: Int) throws(GiveUp) -> Int {
    var j = f
    var depth = 0
    // Bit k is set when the collection open at depth k + 1 is a mapping.
    var mappings: UInt64 = 0
    while true {
      // A node starts at byte j.
      var closing = false
      let c = current.bytes[j]
      if c == UInt8(ascii: "[") || c == UInt8(ascii: "{") {
        guard depth < Self.maxFlowDepth else { throw GiveUp() }
        let isMapping = c == UInt8(ascii: "{")
        builder.startCollection(mapping: isMapping, flow: true, start: mark(at: j), end: mark(at: j + 1))
        if builder.stopped { throw GiveUp() }
        if isMapping { mappings |= 1 << UInt64(depth) } else { mappings &= ~(1 << UInt64(depth)) }
        depth += 1
        j = try skipFlowSpaces(j + 1)
        if current.bytes[j] == (isMapping ? UInt8(ascii: "}") : UInt8(ascii: "]")) {
          closing = true
        } else if isMapping {
          j = try readFlowKey(at: j)
          continue
        } else {
          continue
        }
      }
      if !closing {
        j = try skipFlowSpaces(try readFlowScalar(at: j))
      }
      // After a node (or in an empty collection): close collections, or go on to the next entry.
      while true {
        let isMapping = mappings & (1 << UInt64(depth - 1)) != 0
        let close = isMapping ? UInt8(ascii: "}") : UInt8(ascii: "]")
        let c = current.bytes[j]
        if c == close {
          builder.endCollection(at: mark(at: j + 1))
          depth -= 1
          if depth == 0 { return j + 1 }
          j = try skipFlowSpaces(j + 1)
          continue
        }
        guard c == UInt8(ascii: ",") else { throw GiveUp() }
        j = try skipFlowSpaces(j + 1)
        // A trailing comma: libyaml's.
        guard current.bytes[j] != close else { throw GiveUp() }
        if isMapping { j = try readFlowKey(at: j) }
        break
      }
    }
  }

  /// Skips spaces and line breaks inside a flow collection from byte `i`, taking the next lines
  /// while the line ends there; returns the byte of what comes next.
  mutating func skipFlowSpaces(_ i: Int) throws(GiveUp) -> Int {
    var j = current.skipFlowSpaces(i)
    while j == current.bytes.count {
      try extendLine()
      j = current.skipFlowSpaces(j)
    }
    return j
  }

  /// A plain key of a flow mapping, on one line, and its colon; returns the byte where its
  /// value starts.
  mutating func readFlowKey(at j: Int) throws(GiveUp) -> Int {
    let c = current.bytes[j]
    if c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") {
      // `"key": value`, JSON's way, the colon on the key's line (the key is a simple key).
      let after = try readQuoted(at: j)
      let b = current.bytes
      guard after - j <= 1000, memchr(b.baseAddress! + j, 0x0A, after - j) == nil else { throw GiveUp() }
      var k = after
      while k < b.count && b[k] == UInt8(ascii: " ") { k += 1 }
      guard k < b.count, b[k] == UInt8(ascii: ":") else { throw GiveUp() }
      return try skipFlowSpaces(k + 1)
    }
    guard current.isPlainStart(at: j, flow: true) else { throw GiveUp() }
    let key = try current.scanPlain(from: j, flow: true)
    guard key.stop == .colon, !key.folded, key.end - j <= 1000 else { throw GiveUp() }
    try emitScalar(from: j, to: key.end, style: .plain, start: mark(at: j), end: mark(at: key.end))
    return try skipFlowSpaces(key.stopIndex + 1)
  }

  /// A scalar inside a flow collection; returns the byte after it.
  mutating func readFlowScalar(at j: Int) throws(GiveUp) -> Int {
    let b = current.bytes
    guard j < b.count else { throw GiveUp() }
    if b[j] == UInt8(ascii: "\"") || b[j] == UInt8(ascii: "'") { return try readQuoted(at: j) }
    guard current.isPlainStart(at: j, flow: true) else { throw GiveUp() }
    var value = try current.scanPlain(from: j, flow: true)
    while value.stop == .end {
      // The line ends inside the collection: the scalar may go on over the next line.
      try extendLine()
      value = try current.scanPlain(from: j, flow: true)
    }
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
  mutating func emitFolded(from s: Int, to e: Int) throws(GiveUp) {
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
}
