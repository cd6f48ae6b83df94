import SourceDiagnostics

/// The identifier of a node in a ``YAMLDocument``: an index into its node table.
public struct YAMLNodeID: Hashable, Comparable, Sendable {
  public let index: UInt32
  init(_ index: UInt32) { self.index = index }
  init(_ index: Int) { self.index = UInt32(truncatingIfNeeded: index) }
  public static func < (lhs: YAMLNodeID, rhs: YAMLNodeID) -> Bool { lhs.index < rhs.index }
}

/// What a node is.
public enum YAMLNodeKind: UInt8, Sendable {
  case scalar
  case sequence
  case mapping
}

/// How a scalar was written. Needed to map positions inside a scalar to the file.
public enum ScalarStyle: UInt8, Sendable {
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
public enum CollectionStyle: UInt8, Sendable {
  case block
  case flow
}

/// One node of the internal table: 28 bytes, positions included.
///
/// Lines and columns are stored 1-based (columns in Unicode scalars). For a scalar, `payload`
/// and `count` are its value's byte offset and length in the document's text arena; for a
/// collection, its first child's index in the child table and the number of child entries
/// (two per mapping pair: key, then value); for an alias, `payload` is the target node.
struct NodeRecord {
  var startLine: UInt32
  var startColumn: UInt32
  var endLine: UInt32
  var endColumn: UInt32
  var payload: UInt32
  var count: UInt32
  var kind: UInt8
  var style: UInt8
  var flags: UInt8
  var reserved: UInt8 = 0

  static let aliasKind: UInt8 = 0xFF
  static let flagTagged: UInt8 = 1
}
