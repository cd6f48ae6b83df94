#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A cell element written the plain way nearly every writer writes it, read in one pass over its
/// bytes: `<c r="B2" t="inlineStr"><is><t>TEXT</t></is></c>`, `<c r="C2" s="1"><v>12</v></c>`,
/// `<c r="D2" s="3"/>`.
///
/// Plain means: the name `c` without a prefix; attributes `name="value"` (or with single quotes)
/// after one or more spaces each, with no prefix, no space around `=` and no `<` in the value;
/// then `/>`, or `>` and exactly `<v>TEXT</v></c>`, `<is><t>TEXT</t></is></c>` or `</c>`, with
/// no `<` in TEXT (so no CDATA, no comment, no rich text, no formula). Whatever is not plain is
/// left to the scanner's events, which read it the same way.
struct PlainCell {
  enum Content {
    /// `<c .../>`.
    case selfClosing
    /// `<c ...></c>`.
    case empty
    /// `<v>TEXT</v>`.
    case value
    /// `<is><t>TEXT</t></is>`.
    case inline
  }

  /// The value ranges of the first `r`, `t` and `s` attributes.
  var r: Range<Int>?
  var t: Range<Int>?
  var s: Range<Int>?
  var content = Content.empty
  /// TEXT, raw (entities not decoded).
  var text: Range<Int> = 0..<0
  /// Just past the element.
  var end = 0
}

extension XMLScanner {
  @inline(__always) private static func isSpace(_ b: UInt8) -> Bool {
    b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09
  }

  /// The plain cell element (``PlainCell``) that starts at the scanner's position, or `nil` when
  /// there is none there; the scanner does not move (``skip(to:)`` moves it past the cell).
  func plainCell() -> PlainCell? {
    guard let base = bytes.baseAddress else { return nil }
    let n = bytes.count
    var i = position
    guard i + 2 < n, base[i] == UInt8(ascii: "<"), base[i + 1] == UInt8(ascii: "c"), depth < Self.maxDepth else {
      return nil
    }
    i += 2
    var cell = PlainCell()
    while true {
      guard i < n else { return nil }
      let b = base[i]
      if b == UInt8(ascii: ">") {
        i += 1
        break
      }
      if b == UInt8(ascii: "/") {
        guard i + 1 < n, base[i + 1] == UInt8(ascii: ">") else { return nil }
        cell.content = .selfClosing
        cell.end = i + 2
        return cell
      }
      guard Self.isSpace(b) else { return nil }
      i += 1
      while i < n && Self.isSpace(base[i]) { i += 1 }
      guard i < n else { return nil }
      if base[i] == UInt8(ascii: ">") || base[i] == UInt8(ascii: "/") { continue }
      // An attribute: its name up to `=`, then a quoted value.
      let nameStart = i
      // A one-letter name (`r`, `t`, `s`) at once.
      if i + 1 < n, base[i + 1] == UInt8(ascii: "="), (base[i] | 0x20) &- UInt8(ascii: "a") < 26 { i += 1 }
      while i < n && base[i] != UInt8(ascii: "=") {
        switch base[i] {
        case 0x20, 0x0A, 0x0D, 0x09, UInt8(ascii: ">"), UInt8(ascii: "/"), UInt8(ascii: "<"), UInt8(ascii: ":"),
          UInt8(ascii: "\""), UInt8(ascii: "'"):
          return nil
        default: i += 1
        }
      }
      guard i + 1 < n, i > nameStart else { return nil }
      let quote = base[i + 1]
      guard quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else { return nil }
      let valueStart = i + 2
      var j = valueStart
      while j < n && base[j] != quote {
        if base[j] == UInt8(ascii: "<") { return nil }
        j += 1
      }
      guard j < n else { return nil }
      if i - nameStart == 1 {
        switch base[nameStart] {
        case UInt8(ascii: "r"): if cell.r == nil { cell.r = valueStart..<j }
        case UInt8(ascii: "t"): if cell.t == nil { cell.t = valueStart..<j }
        case UInt8(ascii: "s"): if cell.s == nil { cell.s = valueStart..<j }
        default: break
        }
      }
      i = j + 1
    }
    // The content: `</c>`, `<v>TEXT</v></c>` or `<is><t>TEXT</t></is></c>`.
    @inline(__always) func at(_ k: Int, _ text: StaticString) -> Bool {
      let count = text.utf8CodeUnitCount
      guard k + count <= n else { return false }
      return memcmp(base + k, text.utf8Start, count) == 0
    }
    let after: StaticString
    if at(i, "</c>") {
      cell.content = .empty
      cell.end = i + 4
      return cell
    } else if at(i, "<v>") {
      cell.content = .value
      i += 3
      after = "</v></c>"
    } else if at(i, "<is><t>") {
      cell.content = .inline
      i += 7
      after = "</t></is></c>"
    } else {
      return nil
    }
    guard let hit = memchr(base + i, Int32(UInt8(ascii: "<")), n - i) else { return nil }
    let lt = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
    guard at(lt, after) else { return nil }
    cell.text = i..<lt
    cell.end = lt + after.utf8CodeUnitCount
    return cell
  }
}
