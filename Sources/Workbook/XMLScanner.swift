#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A problem in a part's XML, at a byte offset of the part.
struct XMLScanError: Error {
  var offset: Int
  var en: String
  var vi: String
}

/// One attribute of the current start tag, as byte ranges of the part.
struct XMLAttribute {
  /// The local name (after any `prefix:`).
  var name: Range<Int>
  var value: Range<Int>
}

/// What the scanner found next.
enum XMLEvent: Equatable {
  /// A start tag; its local name is ``XMLScanner/name``, its attributes ``XMLScanner/attributes``.
  case start(selfClosing: Bool)
  /// An end tag (a self-closing start tag has none); its local name is ``XMLScanner/name``.
  case end
  /// Character data between tags, raw (entities not decoded), or a CDATA section's contents.
  case text(Range<Int>, cdata: Bool)
  case endOfDocument
}

/// A pull scanner of the XML that workbook parts use: elements, attributes, text, CDATA,
/// comments and processing instructions. It checks that tags nest and close, refuses
/// document type declarations (so no entity can expand), and bounds the nesting depth.
/// Names are compared by their local part, as workbook writers differ in namespace prefixes.
///
/// It works on a buffer the caller keeps alive, and allocates nothing per element.
struct XMLScanner {
  let bytes: UnsafeBufferPointer<UInt8>
  private(set) var position = 0
  /// The local name of the last start or end tag.
  private(set) var name: Range<Int> = 0..<0
  /// The attributes of the last start tag: the first ``attributeCount`` of this array, which
  /// keeps its elements from tag to tag so that no tag clears or grows it.
  private(set) var attributes: [XMLAttribute] = []
  private(set) var attributeCount = 0
  /// Qualified names of the open elements.
  private var open: [Range<Int>] = []
  static let maxDepth = 256

  init(_ bytes: UnsafeBufferPointer<UInt8>) {
    self.bytes = bytes
    attributes.reserveCapacity(8)
    open.reserveCapacity(16)
  }

  var depth: Int { open.count }

  private func fail(_ at: Int, _ en: String, _ vi: String) -> XMLScanError {
    XMLScanError(offset: at, en: en, vi: vi)
  }

  @inline(__always) private static func isSpace(_ b: UInt8) -> Bool {
    b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09
  }
  @inline(__always) private static func isNameEnd(_ b: UInt8) -> Bool {
    isSpace(b) || b == UInt8(ascii: ">") || b == UInt8(ascii: "/") || b == UInt8(ascii: "=")
  }

  /// The offset of the next `byte` at or after `from` and before `end` (the end of the part by
  /// default), or `end`.
  @inline(__always) private func find(_ byte: UInt8, from: Int, before end: Int? = nil) -> Int {
    let end = end ?? bytes.count
    guard from < end, let base = bytes.baseAddress else { return end }
    guard let hit = memchr(base + from, Int32(byte), end - from) else { return end }
    return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
  }

  /// The offset just after the next `terminator` at or after `from`, or `nil`.
  private func skip(past terminator: [UInt8], from: Int) -> Int? {
    var i = from
    while true {
      i = find(terminator[0], from: i)
      if i + terminator.count > bytes.count { return nil }
      var same = true
      for k in 1..<terminator.count where bytes[i + k] != terminator[k] {
        same = false
        break
      }
      if same { return i + terminator.count }
      i += 1
    }
  }

  @inline(__always) private func startsWith(_ text: StaticString, at: Int) -> Bool {
    let n = text.utf8CodeUnitCount
    guard at + n <= bytes.count else { return false }
    let p = text.utf8Start
    for k in 0..<n where bytes[at + k] != p[k] { return false }
    return true
  }

  /// Whether the bytes in `range` are exactly `text`.
  @inline(__always) func equals(_ range: Range<Int>, _ text: StaticString) -> Bool {
    let n = text.utf8CodeUnitCount
    guard range.count == n else { return false }
    let p = text.utf8Start
    for k in 0..<n where bytes[range.lowerBound + k] != p[k] { return false }
    return true
  }

  /// Whether the current tag's local name is `text`.
  @inline(__always) func isNamed(_ text: StaticString) -> Bool { equals(name, text) }

  /// The value range of the current start tag's attribute of that local name.
  func attribute(_ text: StaticString) -> Range<Int>? {
    for i in 0..<attributeCount where equals(attributes[i].name, text) { return attributes[i].value }
    return nil
  }

  private func localName(_ qualified: Range<Int>) -> Range<Int> {
    var i = qualified.upperBound
    while i > qualified.lowerBound {
      if bytes[i - 1] == UInt8(ascii: ":") { return i..<qualified.upperBound }
      i -= 1
    }
    return qualified
  }

  private func sameBytes(_ a: Range<Int>, _ b: Range<Int>) -> Bool {
    guard a.count == b.count else { return false }
    return memcmp(bytes.baseAddress! + a.lowerBound, bytes.baseAddress! + b.lowerBound, a.count) == 0
  }

  private func text(_ range: Range<Int>) -> String {
    String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
  }

  mutating func next() throws(XMLScanError) -> XMLEvent {
    while true {
      guard position < bytes.count else {
        if let last = open.last {
          throw fail(
            bytes.count, "the part ends before <\(text(last))> is closed",
            "phần này kết thúc trước khi đóng thẻ <\(text(last))>")
        }
        return .endOfDocument
      }
      if bytes[position] != UInt8(ascii: "<") {
        let end = find(UInt8(ascii: "<"), from: position)
        let range = position..<end
        position = end
        if open.isEmpty { continue }  // whitespace around the root
        return .text(range, cdata: false)
      }
      let at = position
      guard at + 1 < bytes.count else { throw fail(at, "a tag is cut short", "một thẻ bị cắt cụt") }
      switch bytes[at + 1] {
      case UInt8(ascii: "/"):
        var i = at + 2
        let nameStart = i
        while i < bytes.count && !Self.isNameEnd(bytes[i]) { i += 1 }
        let qualified = nameStart..<i
        while i < bytes.count && Self.isSpace(bytes[i]) { i += 1 }
        guard i < bytes.count, bytes[i] == UInt8(ascii: ">") else {
          throw fail(at, "an end tag is not closed with '>'", "thẻ đóng thiếu dấu '>'")
        }
        guard let top = open.last else {
          throw fail(at, "</\(text(qualified))> closes no element", "thẻ </\(text(qualified))> không đóng phần tử nào")
        }
        guard sameBytes(top, qualified) else {
          throw fail(
            at, "</\(text(qualified))> where </\(text(top))> was expected",
            "gặp </\(text(qualified))> trong khi cần </\(text(top))>")
        }
        open.removeLast()
        name = localName(qualified)
        position = i + 1
        return .end
      case UInt8(ascii: "?"):
        guard let end = skip(past: [UInt8(ascii: "?"), UInt8(ascii: ">")], from: at + 2) else {
          throw fail(at, "a processing instruction is not closed", "chỉ thị xử lý không được đóng")
        }
        position = end
        continue
      case UInt8(ascii: "!"):
        if startsWith("<!--", at: at) {
          guard let end = skip(past: Array("-->".utf8), from: at + 4) else {
            throw fail(at, "a comment is not closed", "chú thích không được đóng")
          }
          position = end
          continue
        }
        if startsWith("<![CDATA[", at: at) {
          guard let end = skip(past: Array("]]>".utf8), from: at + 9) else {
            throw fail(at, "a CDATA section is not closed", "đoạn CDATA không được đóng")
          }
          position = end
          if open.isEmpty { continue }
          return .text((at + 9)..<(end - 3), cdata: true)
        }
        throw fail(
          at, "a document type declaration is not allowed in a workbook part",
          "không được có khai báo kiểu tài liệu (DOCTYPE) trong sổ tính")
      default:
        return try startTag(at: at)
      }
    }
  }

  private mutating func startTag(at: Int) throws(XMLScanError) -> XMLEvent {
    var i = at + 1
    let nameStart = i
    while i < bytes.count && !Self.isNameEnd(bytes[i]) && bytes[i] != UInt8(ascii: "<") { i += 1 }
    let qualified = nameStart..<i
    guard !qualified.isEmpty else { throw fail(at, "a tag has no name", "thẻ không có tên") }
    attributeCount = 0
    while true {
      while i < bytes.count && Self.isSpace(bytes[i]) { i += 1 }
      guard i < bytes.count else {
        throw fail(at, "a start tag is not closed with '>'", "thẻ mở thiếu dấu '>'")
      }
      let b = bytes[i]
      if b == UInt8(ascii: ">") {
        guard open.count < Self.maxDepth else {
          throw fail(
            at, "elements nest deeper than \(Self.maxDepth)", "các phần tử lồng nhau sâu quá \(Self.maxDepth) mức")
        }
        open.append(qualified)
        name = localName(qualified)
        position = i + 1
        return .start(selfClosing: false)
      }
      if b == UInt8(ascii: "/") {
        guard i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: ">") else {
          throw fail(i, "'/' in a tag must be followed by '>'", "sau '/' trong thẻ phải là '>'")
        }
        name = localName(qualified)
        position = i + 2
        return .start(selfClosing: true)
      }
      let attributeStart = i
      while i < bytes.count && !Self.isNameEnd(bytes[i]) && bytes[i] != UInt8(ascii: "<") { i += 1 }
      let attributeName = attributeStart..<i
      while i < bytes.count && Self.isSpace(bytes[i]) { i += 1 }
      guard !attributeName.isEmpty, i < bytes.count, bytes[i] == UInt8(ascii: "=") else {
        throw fail(attributeStart, "an attribute has no '=' and value", "thuộc tính thiếu '=' và giá trị")
      }
      i += 1
      while i < bytes.count && Self.isSpace(bytes[i]) { i += 1 }
      guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") || bytes[i] == UInt8(ascii: "'") else {
        throw fail(i, "an attribute value is not quoted", "giá trị thuộc tính không nằm trong dấu nháy")
      }
      let quote = bytes[i]
      let valueStart = i + 1
      let valueEnd = find(quote, from: valueStart)
      guard valueEnd < bytes.count else {
        throw fail(i, "an attribute value is not closed", "giá trị thuộc tính không được đóng")
      }
      if find(UInt8(ascii: "<"), from: valueStart, before: valueEnd) < valueEnd {
        throw fail(valueStart, "'<' inside an attribute value", "có dấu '<' trong giá trị thuộc tính")
      }
      let attribute = XMLAttribute(name: localName(attributeName), value: valueStart..<valueEnd)
      if attributeCount < attributes.count {
        attributes[attributeCount] = attribute
      } else {
        attributes.append(attribute)
      }
      attributeCount += 1
      i = valueEnd + 1
    }
  }

  /// Right after a start tag that is not self-closing, when the element holds exactly
  /// `before`, TEXT, `after`, and then ends (`</NAME>`, no spaces anywhere), as nearly every
  /// cell of a sheet does (`<v>12</v>`, `<is><t>Nam</t></is>`): the range of TEXT (raw), with
  /// the scanner past the element's end tag, as if it had returned the events up to it. `nil`
  /// otherwise, with the scanner where it was.
  mutating func textThenEnd(_ before: StaticString, _ after: StaticString) -> Range<Int>? {
    let p = position
    guard let top = open.last, startsWith(before, at: p) else { return nil }
    let textStart = p + before.utf8CodeUnitCount
    let lt = find(UInt8(ascii: "<"), from: textStart)
    let close = lt + after.utf8CodeUnitCount
    let end = close + 3 + top.count
    guard end <= bytes.count, startsWith(after, at: lt), bytes[close] == UInt8(ascii: "<"),
      bytes[close + 1] == UInt8(ascii: "/"), bytes[end - 1] == UInt8(ascii: ">"),
      sameBytes(top, (close + 2)..<(end - 1))
    else { return nil }
    open.removeLast()
    name = localName(top)
    position = end
    return textStart..<lt
  }

  /// Moves to `end`, past a whole element (its start tag, content and end tag) that starts at
  /// the scanner's position and that the caller has read and found well formed, as
  /// ``plainCell()`` does.
  mutating func skip(to end: Int) {
    position = end
  }

  /// Appends the bytes of `range`, with entity and character references decoded when `decode`.
  func appendDecoded(
    _ range: Range<Int>, decode: Bool = true, to out: inout [UInt8]
  )
    throws(XMLScanError)
  {
    var i = range.lowerBound
    while i < range.upperBound {
      let amp = decode ? find(UInt8(ascii: "&"), from: i, before: range.upperBound) : range.upperBound
      out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[i..<amp]))
      if amp == range.upperBound { return }
      var end = amp + 1
      while end < range.upperBound && end - amp < 12 && bytes[end] != UInt8(ascii: ";") { end += 1 }
      guard end < range.upperBound, bytes[end] == UInt8(ascii: ";") else {
        throw fail(amp, "'&' that starts no entity (write &amp;)", "dấu '&' không mở đầu thực thể nào (cần viết &amp;)")
      }
      let entity = (amp + 1)..<end
      if equals(entity, "lt") {
        out.append(UInt8(ascii: "<"))
      } else if equals(entity, "gt") {
        out.append(UInt8(ascii: ">"))
      } else if equals(entity, "amp") {
        out.append(UInt8(ascii: "&"))
      } else if equals(entity, "quot") {
        out.append(UInt8(ascii: "\""))
      } else if equals(entity, "apos") {
        out.append(UInt8(ascii: "'"))
      } else if entity.count >= 2 && bytes[entity.lowerBound] == UInt8(ascii: "#") {
        var value: UInt32 = 0
        var k = entity.lowerBound + 1
        let hex = bytes[k] == UInt8(ascii: "x")
        if hex { k += 1 }
        var valid = k < entity.upperBound
        while k < entity.upperBound && valid {
          let c = bytes[k]
          let digit: UInt32? =
            switch c {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(c - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f") where hex: UInt32(c - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F") where hex: UInt32(c - UInt8(ascii: "A") + 10)
            default: nil
            }
          if let digit, value < 0x11_0000 { value = value * (hex ? 16 : 10) + digit } else { valid = false }
          k += 1
        }
        guard valid, let scalar = Unicode.Scalar(value) else {
          throw fail(amp, "an invalid character reference", "tham chiếu ký tự không hợp lệ")
        }
        out.append(contentsOf: String(Character(scalar)).utf8)
      } else {
        throw fail(amp, "an unknown entity &\(text(entity));", "thực thể không xác định &\(text(entity));")
      }
      i = end + 1
    }
  }

  /// The decoded text of a range as a string.
  func string(_ range: Range<Int>) throws(XMLScanError) -> String {
    var out: [UInt8] = []
    try appendDecoded(range, to: &out)
    return String(decoding: out, as: UTF8.self)
  }

  /// The 1-based line and column (in Unicode scalars) of a byte offset.
  static func lineAndColumn(of offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (Int, Int) {
    var line = 1
    var column = 1
    for i in 0..<Swift.min(offset, bytes.count) {
      if bytes[i] == 0x0A {
        line += 1
        column = 1
      } else if bytes[i] & 0xC0 != 0x80 {
        column += 1
      }
    }
    return (line, column)
  }
}
