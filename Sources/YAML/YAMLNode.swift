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

/// One node of the internal table: 24 bytes, positions included.
///
/// Lines and columns are stored 1-based (columns in Unicode scalars). The end line is kept as a
/// distance from the start line; a node spanning 65,535 lines or more keeps it in the
/// document's side table instead. For a scalar, `payload` and `count` are its value's byte
/// offset and length in the document's text arena; for a collection, its first child's index
/// in the child table and the number of child entries (two per mapping pair: key, then value);
/// for an alias, `payload` is the target node.
@usableFromInline
struct NodeRecord: Sendable, Equatable {
  var startLine: UInt32
  var startColumn: UInt32
  var endColumn: UInt32
  @usableFromInline var payload: UInt32
  @usableFromInline var count: UInt32
  var endLineDelta: UInt16
  @usableFromInline var kind: UInt8
  /// The style in the low four bits, flags above.
  @usableFromInline var styleAndFlags: UInt8

  @inlinable var style: UInt8 { styleAndFlags & 0x0F }
  @inlinable var isTagged: Bool { styleAndFlags & NodeRecord.flagTagged != 0 }

  @usableFromInline static let aliasKind: UInt8 = 0xFF
  @usableFromInline static let flagTagged: UInt8 = 0x10
  /// `endLineDelta` when the end line is in the side table.
  static let longSpan: UInt16 = 0xFFFF
}
