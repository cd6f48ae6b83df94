internal import CYAML

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Why the line reader stops: libyaml reads the input instead.
struct GiveUp: Error {}

/// What ends a plain scalar on its line.
enum Stop { case colon, comment, end, flowIndicator }

/// One line of the input, checked: its bytes and whether they are all ASCII (columns are then
/// byte offsets). Small, so that the reader's helpers copy nothing much to read it.
struct Line {
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
      if !flow {
        // Eight bytes at a time up to the next space, colon or line break.
        while j + 8 <= n {
          let w = UInt64(littleEndian: UnsafeRawPointer(b.baseAddress! + j).loadUnaligned(as: UInt64.self))
          let special =
            Self.zeroBytes(w ^ 0x2020_2020_2020_2020) | Self.zeroBytes(w ^ 0x3A3A_3A3A_3A3A_3A3A)
            | Self.zeroBytes(w ^ 0x0A0A_0A0A_0A0A_0A0A)
          if special == 0 {
            j += 8
            end = j
            continue
          }
          // The lowest flag is exact (those above it may not be).
          let k = j + special.trailingZeroBitCount / 8
          if k > j { end = k }
          j = k
          break
        }
        guard j < n else { break }
      }
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
  @inline(__always)
  func column(from s: Int, to i: Int) -> Int {
    if isASCII { return i - s }
    // Every byte but the continuation bytes (10xxxxxx) starts a scalar; count those eight at a
    // time: bit 7 set where bit 6, shifted into its place, is clear.
    var continuation = 0
    var j = s
    let base = UnsafeRawPointer(bytes.baseAddress!)
    while j + 8 <= i {
      let w = base.loadUnaligned(fromByteOffset: j, as: UInt64.self)
      continuation += Self.countFlags(w & ~(w << 1) & 0x8080_8080_8080_8080)
      j += 8
    }
    let rest = i - j
    if rest > 0 {
      if i >= 8 {
        // The word that ends at byte `i`, its last `rest` bytes only (no byte past `i` is read).
        let w = base.loadUnaligned(fromByteOffset: i - 8, as: UInt64.self)
        continuation += Self.countFlags((w & ~(w << 1) & 0x8080_8080_8080_8080) >> UInt64(8 * (8 - rest)))
      } else {
        while j < i {
          if bytes[j] & 0xC0 == 0x80 { continuation += 1 }
          j += 1
        }
      }
    }
    return i - s - continuation
  }

  /// The number of bytes of `flags` whose bit 7 is set (its other bits clear): the bytes
  /// shifted to 0 or 1 and summed by one multiplication into the top byte.
  @inline(__always)
  static func countFlags(_ flags: UInt64) -> Int {
    Int(truncatingIfNeeded: ((flags >> 7) &* 0x0101_0101_0101_0101) >> 56)
  }

  /// The place of byte `i` of the line, whose first line is `line`: counted from the last
  /// place asked for, kept in `cursor` (a byte, the line breaks before it, its column), as
  /// places are asked for in order and a line may be a whole document.
  func mark(at i: Int, line: Int, cursor: UnsafeMutablePointer<Int>) -> yaml_mark_t {
    if i < cursor[0] { cursor.update(repeating: 0, count: 3) }
    while cursor[1] < breaks.count && breaks[cursor[1]] < i {
      cursor[0] = breaks[cursor[1]] + 1
      cursor[1] += 1
      cursor[2] = 0
    }
    cursor[2] += column(from: cursor[0], to: i)
    cursor[0] = i
    return yaml_mark_t(index: 0, line: line + cursor[1], column: cursor[2])
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

  /// Bit 7 of each byte set where `w` holds a zero byte: exact for the lowest one.
  @inline(__always)
  static func zeroBytes(_ w: UInt64) -> UInt64 {
    (w &- 0x0101_0101_0101_0101) & ~w & 0x8080_8080_8080_8080
  }

  /// The number of spaces the line starts with, counted eight at a time.
  func indentation() -> Int {
    let n = bytes.count
    var i = 0
    if n > 0 {
      let base = UnsafeRawPointer(bytes.baseAddress!)
      while i + 8 <= n {
        let w = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: i, as: UInt64.self)) ^ 0x2020_2020_2020_2020
        if w != 0 { return i + w.trailingZeroBitCount / 8 }
        i += 8
      }
    }
    while i < n && bytes[i] == UInt8(ascii: " ") { i += 1 }
    return i
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
  /// Returns whether the line is all ASCII.
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
      if i + 8 > n && n >= 8 {
        // The last bytes, in the word that ends the line (it overlaps bytes already checked).
        let w = UnsafeRawPointer(b.baseAddress! + n - 8).loadUnaligned(as: UInt64.self)
        let high = w & 0x8080_8080_8080_8080
        let belowSpace = (w &- 0x2020_2020_2020_2020) & ~w & 0x8080_8080_8080_8080
        let t = w ^ 0x7F7F_7F7F_7F7F_7F7F
        let delete = (t &- 0x0101_0101_0101_0101) & ~t & 0x8080_8080_8080_8080
        if high | belowSpace | delete == 0 { break }
      }
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
    return isASCII
  }
}
