internal import CZlib

/// Limits on what reading a workbook may cost.
package struct WorkbookReadOptions: Sendable, Hashable {
  /// The most bytes one zip entry may inflate to (its header is checked first, then the bytes
  /// actually inflated, since headers can lie).
  package var maxEntryBytes = 512 << 20
  /// The most bytes all the entries read may inflate to together.
  package var maxTotalBytes = 1 << 30
  /// The last row number that may hold a value; a cell with a value below it is an error.
  /// Empty rows past it are skipped.
  package var maxRows = 200_000
  /// The most entries the archive may have.
  package var maxEntries = 10_000

  package init() {}
}

/// One entry of a zip archive's central directory.
struct ZipEntry: Sendable {
  var name: String
  var method: UInt16
  var flags: UInt16
  var crc: UInt32
  var compressedSize: Int
  var uncompressedSize: Int
  var localHeaderOffset: Int
}

/// A zip archive held in memory: its central directory, read and checked when opened, and the
/// entries inflated on request under the size limits.
struct ZipArchive {
  let bytes: [UInt8]
  let file: String
  let options: WorkbookReadOptions
  private(set) var entries: [String: ZipEntry] = [:]
  /// Bytes inflated so far, for the limit on the whole workbook.
  private(set) var inflatedTotal = 0

  init(bytes: [UInt8], file: String, options: WorkbookReadOptions) throws(WorkbookError) {
    self.bytes = bytes
    self.file = file
    self.options = options
    try classify()
    try readDirectory()
  }

  private func error(_ problem: WorkbookError.Problem, part: String? = nil) -> WorkbookError {
    WorkbookError(problem, file: file, part: part)
  }

  private func u16(_ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 }
  private func u32(_ at: Int) -> Int { u16(at) | u16(at + 2) << 16 }

  /// Tells a zip from an OLE compound file (an encrypted workbook or an old `.xls`) and from
  /// anything else.
  private func classify() throws(WorkbookError) {
    let cfb: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]
    if bytes.count >= 8 && Array(bytes[0..<8]) == cfb {
      // Stream names in the compound file's directory are UTF-16LE.
      let name = Array("EncryptedPackage".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
      throw error(contains(name) ? .encrypted : .legacyXLS)
    }
    let local: [UInt8] = [0x50, 0x4B, 0x03, 0x04]
    let empty: [UInt8] = [0x50, 0x4B, 0x05, 0x06]
    guard bytes.count >= 4, Array(bytes[0..<4]) == local || Array(bytes[0..<4]) == empty else {
      throw error(.notAZip)
    }
  }

  private func contains(_ needle: [UInt8]) -> Bool {
    guard bytes.count >= needle.count, let first = needle.first else { return false }
    var i = 0
    let last = bytes.count - needle.count
    while i <= last {
      if bytes[i] == first && bytes[i..<(i + needle.count)].elementsEqual(needle) { return true }
      i += 1
    }
    return false
  }

  private mutating func readDirectory() throws(WorkbookError) {
    // The end-of-central-directory record is in the last 22 + 65535 bytes.
    let lowest = Swift.max(0, bytes.count - 22 - 0xFFFF)
    var eocd = -1
    var i = bytes.count - 22
    while i >= lowest {
      if bytes[i] == 0x50 && bytes[i + 1] == 0x4B && bytes[i + 2] == 0x05 && bytes[i + 3] == 0x06 {
        eocd = i
        break
      }
      i -= 1
    }
    guard eocd >= 0 else { throw error(.truncated) }
    let count = u16(eocd + 10)
    let size = u32(eocd + 12)
    let offset = u32(eocd + 16)
    if count == 0xFFFF || size == 0xFFFF_FFFF || offset == 0xFFFF_FFFF {
      throw error(.unsupportedZip(detail: "ZIP64"))
    }
    guard count <= options.maxEntries else {
      throw error(.unsupportedZip(detail: "\(count) entries, more than \(options.maxEntries)"))
    }
    guard offset + size <= eocd else { throw error(.truncated) }
    var at = offset
    for _ in 0..<count {
      guard at + 46 <= eocd, u32(at) == 0x0201_4B50 else { throw error(.truncated) }
      let nameLength = u16(at + 28)
      let extraLength = u16(at + 30)
      let commentLength = u16(at + 32)
      guard at + 46 + nameLength <= eocd else { throw error(.truncated) }
      let name = String(decoding: bytes[(at + 46)..<(at + 46 + nameLength)], as: UTF8.self)
      let entry = ZipEntry(
        name: name, method: UInt16(u16(at + 10)), flags: UInt16(u16(at + 8)),
        crc: UInt32(u32(at + 16)), compressedSize: u32(at + 20), uncompressedSize: u32(at + 24),
        localHeaderOffset: u32(at + 42))
      if Self.isUnsafe(name) { throw error(.unsafeEntryName(name)) }
      if entries[name] != nil { throw error(.duplicateEntry(name)) }
      entries[name] = entry
      at += 46 + nameLength + extraLength + commentLength
    }
  }

  /// Whether an entry name could escape a folder it were extracted to. Nothing is ever
  /// extracted; such a name only shows that the file is not a workbook.
  static func isUnsafe(_ name: String) -> Bool {
    if name.hasPrefix("/") || name.contains("\\") || name.utf8.contains(0) { return true }
    let scalars = Array(name.unicodeScalars)
    if scalars.count >= 2 && scalars[1] == ":" { return true }
    return name.split(separator: "/", omittingEmptySubsequences: false).contains("..")
  }

  /// Whether the archive has an entry of this name.
  func has(_ name: String) -> Bool { entries[name] != nil }

  /// The inflated bytes of an entry, checked against its header's size and CRC-32 and against
  /// the limits; `nil` when there is no such entry.
  mutating func read(_ name: String) throws(WorkbookError) -> [UInt8]? {
    var spare: [UInt8] = []
    return try read(name, reusing: &spare)
  }

  /// ``read(_:)``, inflating into `spare`'s memory when it is large enough (a buffer an entry
  /// read before gave back), so that its pages are not taken and filled anew; `spare` is left
  /// empty.
  mutating func read(_ name: String, reusing spare: inout [UInt8]) throws(WorkbookError) -> [UInt8]? {
    guard let entry = entries[name] else { return nil }
    if entry.flags & 1 != 0 { throw error(.encrypted, part: name) }
    if entry.uncompressedSize > options.maxEntryBytes {
      throw error(.entryTooLarge(limit: options.maxEntryBytes), part: name)
    }
    if inflatedTotal + entry.uncompressedSize > options.maxTotalBytes {
      throw error(.totalTooLarge(limit: options.maxTotalBytes), part: name)
    }
    let at = entry.localHeaderOffset
    guard at + 30 <= bytes.count, u32(at) == 0x0403_4B50 else { throw error(.truncated, part: name) }
    let start = at + 30 + u16(at + 26) + u16(at + 28)
    guard start + entry.compressedSize <= bytes.count else { throw error(.truncated, part: name) }
    // The header says how much to expect; never inflate more than that, nor past a limit.
    let limit = Swift.min(entry.uncompressedSize, options.maxEntryBytes)
    let output: [UInt8]
    switch entry.method {
    case 0:
      guard entry.compressedSize == entry.uncompressedSize else {
        throw error(.entryMismatch(detail: "stored sizes differ"), part: name)
      }
      output = Array(bytes[start..<(start + entry.compressedSize)])
    case 8:
      output = try inflate(from: start, count: entry.compressedSize, limit: limit, name: name, into: &spare)
    default:
      throw error(.unsupportedZip(detail: "compression method \(entry.method)"), part: name)
    }
    guard output.count == entry.uncompressedSize else {
      throw error(
        .entryMismatch(detail: "\(output.count) bytes inflated, \(entry.uncompressedSize) declared"),
        part: name)
    }
    let crc = output.withUnsafeBufferPointer { b in
      UInt32(truncatingIfNeeded: crc32(0, b.baseAddress, UInt32(b.count)))
    }
    guard crc == entry.crc else {
      throw error(.entryMismatch(detail: "CRC-32 does not match"), part: name)
    }
    inflatedTotal += output.count
    return output
  }

  /// Inflates raw deflate data, stopping with an error as soon as more than `limit` bytes come
  /// out (the declared size, itself under the entry limit).
  private func inflate(
    from start: Int, count: Int, limit: Int, name: String, into spare: inout [UInt8]
  ) throws(WorkbookError)
    -> [UInt8]
  {
    var stream = z_stream()
    guard inflateInit2_(&stream, -15, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
      throw error(.unsupportedZip(detail: "zlib could not start"), part: name)
    }
    defer { inflateEnd(&stream) }
    // One byte more than allowed, to see whether the data goes past the limit. The buffer
    // starts at the declared size when that is at most 32 times the compressed data (XML
    // sheets deflate about 10:1), so that an honest entry is inflated in place without copies;
    // beyond that it grows as the bytes really come, so that a header declaring a large size
    // costs nothing until they do.
    let capacity = limit + 1
    let size = Swift.min(capacity, Swift.max(1 << 16, count * 32))
    var output: [UInt8] = []
    swap(&output, &spare)
    if output.count > size {
      output.removeLast(output.count - size)
    } else {
      output.append(contentsOf: repeatElement(0, count: size - output.count))
    }
    var status: Int32 = Z_OK
    var produced = 0
    var consumed = 0
    while true {
      bytes.withUnsafeBufferPointer { input in
        output.withUnsafeMutableBufferPointer { out in
          stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress! + start + consumed)
          stream.avail_in = UInt32(count - consumed)
          stream.next_out = out.baseAddress! + produced
          stream.avail_out = UInt32(out.count - produced)
          repeat {
            status = CZlib.inflate(&stream, Z_NO_FLUSH)
          } while status == Z_OK && stream.avail_out > 0 && stream.avail_in > 0
          produced = out.count - Int(stream.avail_out)
          consumed = count - Int(stream.avail_in)
        }
      }
      guard status == Z_OK, produced == output.count, output.count < capacity else { break }
      output += [UInt8](repeating: 0, count: Swift.min(output.count, capacity - output.count))
    }
    if produced > limit {
      if limit == options.maxEntryBytes {
        throw error(.entryTooLarge(limit: options.maxEntryBytes), part: name)
      }
      throw error(.entryMismatch(detail: "inflates to more than the \(limit) bytes declared"), part: name)
    }
    if status == Z_DATA_ERROR || status == Z_NEED_DICT || status == Z_MEM_ERROR {
      throw error(.entryMismatch(detail: "the deflate data is invalid"), part: name)
    }
    if status != Z_STREAM_END {
      throw error(.truncated, part: name)
    }
    output.removeLast(output.count - produced)
    return output
  }
}

/// Builds a zip archive in memory, each entry deflated.
package struct ZipWriter {
  private var bytes: [UInt8] = []
  private var directory: [UInt8] = []
  private var count = 0

  package init() {}

  private static func append16(_ value: Int, to out: inout [UInt8]) {
    out.append(UInt8(value & 0xFF))
    out.append(UInt8((value >> 8) & 0xFF))
  }
  private static func append32(_ value: Int, to out: inout [UInt8]) {
    append16(value & 0xFFFF, to: &out)
    append16((value >> 16) & 0xFFFF, to: &out)
  }

  /// Adds an entry. Fails only if zlib does.
  package mutating func add(_ name: String, _ data: [UInt8]) -> Bool {
    guard let compressed = Self.deflate(data) else { return false }
    let crc = data.withUnsafeBufferPointer { b in
      Int(crc32(0, b.baseAddress, UInt32(b.count)))
    }
    let nameBytes = Array(name.utf8)
    let offset = bytes.count
    // Local header: version 2.0, UTF-8 names (bit 11), deflate, a fixed time (1 Jan 2020).
    func header(_ out: inout [UInt8], central: Bool) {
      Self.append32(central ? 0x0201_4B50 : 0x0403_4B50, to: &out)
      if central { Self.append16(20, to: &out) }
      Self.append16(20, to: &out)
      Self.append16(0x0800, to: &out)
      Self.append16(8, to: &out)
      Self.append16(0, to: &out)
      Self.append16((2020 - 1980) << 9 | 1 << 5 | 1, to: &out)
      Self.append32(crc, to: &out)
      Self.append32(compressed.count, to: &out)
      Self.append32(data.count, to: &out)
      Self.append16(nameBytes.count, to: &out)
      Self.append16(0, to: &out)
      if central {
        Self.append16(0, to: &out)  // comment
        Self.append16(0, to: &out)  // disk
        Self.append16(0, to: &out)  // internal attributes
        Self.append32(0, to: &out)  // external attributes
        Self.append32(offset, to: &out)
      }
      out.append(contentsOf: nameBytes)
    }
    header(&bytes, central: false)
    bytes.append(contentsOf: compressed)
    header(&directory, central: true)
    count += 1
    return true
  }

  /// The archive: the entries, the central directory and its end record.
  package mutating func finish() -> [UInt8] {
    let start = bytes.count
    bytes.append(contentsOf: directory)
    Self.append32(0x0605_4B50, to: &bytes)
    Self.append16(0, to: &bytes)
    Self.append16(0, to: &bytes)
    Self.append16(count, to: &bytes)
    Self.append16(count, to: &bytes)
    Self.append32(directory.count, to: &bytes)
    Self.append32(start, to: &bytes)
    Self.append16(0, to: &bytes)
    return bytes
  }

  private static func deflate(_ data: [UInt8]) -> [UInt8]? {
    var stream = z_stream()
    guard
      deflateInit2_(
        &stream, 6, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY, ZLIB_VERSION,
        Int32(MemoryLayout<z_stream>.size)) == Z_OK
    else { return nil }
    defer { deflateEnd(&stream) }
    let bound = Int(deflateBound(&stream, UInt(data.count)))
    var output = [UInt8](repeating: 0, count: bound)
    var status: Int32 = Z_OK
    var produced = 0
    data.withUnsafeBufferPointer { input in
      output.withUnsafeMutableBufferPointer { out in
        stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress)
        stream.avail_in = UInt32(input.count)
        stream.next_out = out.baseAddress
        stream.avail_out = UInt32(out.count)
        status = CZlib.deflate(&stream, Z_FINISH)
        produced = out.count - Int(stream.avail_out)
      }
    }
    guard status == Z_STREAM_END else { return nil }
    output.removeLast(output.count - produced)
    return output
  }
}
