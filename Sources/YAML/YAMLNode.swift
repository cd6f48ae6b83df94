import SourceDiagnostics

/// The identifier of a node in a ``YAMLDocument``: an index into its node table.
@usableFromInline package struct YAMLNodeID: Hashable, Comparable, Sendable {
  @usableFromInline package let index: UInt32
  @inlinable init(_ index: UInt32) { self.index = index }
  @inlinable init(_ index: Int) { self.index = UInt32(truncatingIfNeeded: index) }
  /// The id a table that stores ids as numbers kept (``index``); it must come from the same
  /// document.
  @inlinable package init(index: UInt32) { self.index = index }
  @usableFromInline package static func < (lhs: YAMLNodeID, rhs: YAMLNodeID) -> Bool { lhs.index < rhs.index }
}

/// What a node is.
@usableFromInline package enum YAMLNodeKind: UInt8, Sendable {
  case scalar
  case sequence
  case mapping
}

/// How a scalar was written. Needed to map positions inside a scalar to the file.
@usableFromInline package enum ScalarStyle: UInt8, Sendable {
  /// `name: Đông Tiến`
  case plain
  /// `name: 'Đông Tiến'`
  case singleQuoted
  /// `name: "Đông Tiến"`
  case doubleQuoted
  /// `text: |`
  case literal
  /// `text: >`
  case folded
}

/// How a collection was written: indented lines, or `[...]` / `{...}`.
package enum CollectionStyle: UInt8, Sendable {
  case block
  case flow
}

/// One node of the internal table: 8 bytes, its place included.
///
/// For a scalar, `payload` is where its value is in the document's text arena: a length (7 bits
/// a byte, low bits first, the high bit set on every byte but the last), then the value's bytes
/// (``arenaSpan(at:in:)``). For a collection, `payload` is a place in the child table where its
/// number of child entries is (two per mapping pair: key, then value), followed by the entries
/// themselves; a collection whose children are the nodes right after it (one of scalars only,
/// the most common) has instead one entry there, its first child's node index with
/// ``inNodeTable`` set. For an alias, `payload` is the target node.
///
/// `bits` holds the kind (bits 0–1), the style (2–4), the flags (5–7) and, above them, the
/// node's place, coded in 24 bits by ``PlaceTable``: its start from the previous node's, its
/// end from its own start.
@usableFromInline
struct NodeRecord: Sendable, Equatable {
  @usableFromInline var payload: UInt32
  @usableFromInline var bits: UInt32

  @inlinable init(payload: UInt32, bits: UInt32) {
    self.payload = payload
    self.bits = bits
  }

  @inlinable var kind: UInt8 { UInt8(truncatingIfNeeded: bits & 0x3) }
  @inlinable var style: UInt8 { UInt8(truncatingIfNeeded: bits >> 2 & 0x7) }
  @inlinable var isTagged: Bool { bits & NodeRecord.flagTagged != 0 }
  /// Whether the start is in the place table's side table rather than in `bits`.
  var hasWideStart: Bool { bits & NodeRecord.flagWideStart != 0 }
  /// Whether the end is in the place table's side table rather than in `bits`.
  var hasWideEnd: Bool { bits & NodeRecord.flagWideEnd != 0 }

  @usableFromInline static let aliasKind: UInt8 = 3
  /// Set in a child position (a collection's first child's, and the positions after it) that
  /// is a node index rather than a place in the child table.
  @usableFromInline static let inNodeTable: UInt32 = 0x8000_0000
  @usableFromInline static let flagTagged: UInt32 = 0x20
  static let flagWideStart: UInt32 = 0x40
  static let flagWideEnd: UInt32 = 0x80
}

/// Where the value of the arena entry at `offset` starts, and its length in bytes.
@inlinable @inline(__always)
func arenaSpan(at offset: Int, in text: UnsafePointer<UInt8>) -> (start: Int, count: Int) {
  let first = text[offset]
  if first < 0x80 { return (offset + 1, Int(first)) }
  return longArenaSpan(at: offset, in: text)
}

/// ``arenaSpan(at:in:)`` for a value of 128 bytes or more.
@usableFromInline
func longArenaSpan(at offset: Int, in text: UnsafePointer<UInt8>) -> (start: Int, count: Int) {
  var count = 0
  var shift = 0
  var i = offset
  while true {
    let b = text[i]
    count |= Int(b & 0x7F) << shift
    i += 1
    if b < 0x80 { return (i, count) }
    shift += 7
  }
}

/// Appends an arena entry for `value` (its length, then its bytes) to `text`.
@inline(__always)
func appendArenaEntry(_ value: UnsafeBufferPointer<UInt8>, to text: inout [UInt8]) {
  var n = value.count
  while n >= 0x80 {
    text.append(UInt8(truncatingIfNeeded: n) | 0x80)
    n >>= 7
  }
  text.append(UInt8(truncatingIfNeeded: n))
  text.append(contentsOf: value)
}

/// Where a collection's child entries start and how many there are, from its record's
/// `payload` (see ``NodeRecord``): a place in the child table, or a first child's node index
/// with ``NodeRecord/inNodeTable`` set.
@inlinable @inline(__always)
func childEntries(at payload: UInt32, in children: UnsafeBufferPointer<UInt32>) -> (start: Int, count: Int) {
  let p = Int(payload)
  let count = Int(children[p])
  guard count > 0 else { return (0, 0) }
  let first = children[p + 1]
  return (first >= NodeRecord.inNodeTable ? Int(first) : p + 1, count)
}
