import SourceDiagnostics

/// The identifier of a node in a ``YAMLDocument``: an index into its node table.
package struct YAMLNodeID: Hashable, Comparable, Sendable {
  package let index: UInt32
  @inlinable init(_ index: UInt32) { self.index = index }
  @inlinable init(_ index: Int) { self.index = UInt32(truncatingIfNeeded: index) }
  /// The id a table that stores ids as numbers kept (``index``); it must come from the same
  /// document.
  @inlinable package init(index: UInt32) { self.index = index }
  package static func < (lhs: YAMLNodeID, rhs: YAMLNodeID) -> Bool { lhs.index < rhs.index }
}

/// What a node is.
package enum YAMLNodeKind: UInt8, Sendable {
  case scalar
  case sequence
  case mapping
}

/// How a scalar was written. Needed to map positions inside a scalar to the file.
package enum ScalarStyle: UInt8, Sendable {
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

/// One node of the internal table: 12 bytes, its place included.
///
/// For a scalar, `payload` and `count` are its value's byte offset and length in the document's
/// text arena; for a collection, its first child's index in the child table and the number of
/// child entries (two per mapping pair: key, then value); for an alias, `payload` is the target
/// node. A collection whose children are the nodes right after it (one of scalars only, the
/// most common) names them in the node table itself: its `payload` is then its first child's
/// node index with ``inNodeTable`` set, and it takes no room in the child table.
///
/// `bits` holds the kind (bits 0–1), the style (2–4), the flags (5–7) and, above them, the
/// node's place, coded in 24 bits by ``PlaceTable``: its start from the previous node's, its
/// end from its own start.
@usableFromInline
struct NodeRecord: Sendable, Equatable {
  @usableFromInline var payload: UInt32
  @usableFromInline var count: UInt32
  @usableFromInline var bits: UInt32

  @inlinable init(payload: UInt32, count: UInt32, bits: UInt32) {
    self.payload = payload
    self.count = count
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
  /// Set in a child position (a collection's `payload` and the positions after it) that is a
  /// node index rather than a place in the child table.
  @usableFromInline static let inNodeTable: UInt32 = 0x8000_0000
  @usableFromInline static let flagTagged: UInt32 = 0x20
  static let flagWideStart: UInt32 = 0x40
  static let flagWideEnd: UInt32 = 0x80
}
