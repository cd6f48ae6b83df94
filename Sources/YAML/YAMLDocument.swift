import SourceDiagnostics

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// A loaded YAML document: a table of nodes with their positions, and the text of its scalars.
///
/// The document is flat for speed and memory: nodes live in one array, scalar values in one
/// byte arena, and a collection's children in one shared table. A node is named by its
/// ``YAMLNodeID``; every accessor takes one. An alias (`*name`) is a node of its own that
/// carries the place where the alias is written (``range(of:)``) and shares everything else
/// (kind, value, children) with the anchored node, which is never copied.
///
/// Scalars keep their text as written (after YAML's quoting and folding rules): typing them
/// is the reader's business, so `yes`, `01` and `2025-07-01` keep their spelling.
public struct YAMLDocument: Sendable {
  let nodes: [NodeRecord]
  let children: [UInt32]
  let text: [UInt8]
  let tags: [UInt32: String]
  /// End lines of nodes that span 65,535 lines or more, by node index.
  let longSpanEnds: [UInt32: UInt32]

  /// The root node.
  public let root: YAMLNodeID
  /// The path of the file, as given to the loader.
  public let file: String

  init(
    nodes: [NodeRecord], children: [UInt32], text: [UInt8], tags: [UInt32: String],
    longSpanEnds: [UInt32: UInt32], root: YAMLNodeID, file: String
  ) {
    self.longSpanEnds = longSpanEnds
    self.nodes = nodes
    self.children = children
    self.text = text
    self.tags = tags
    self.root = root
    self.file = file
  }

  /// The number of nodes in the table, aliases included.
  public var nodeCount: Int { nodes.count }

  @inline(__always)
  func record(_ id: YAMLNodeID) -> NodeRecord {
    let r = nodes[Int(id.index)]
    return r.kind == NodeRecord.aliasKind ? nodes[Int(r.payload)] : r
  }

  /// Whether the node is an alias (`*name`) of another node.
  public func isAlias(_ id: YAMLNodeID) -> Bool {
    nodes[Int(id.index)].kind == NodeRecord.aliasKind
  }

  /// The node an alias stands for; the node itself otherwise.
  public func target(of id: YAMLNodeID) -> YAMLNodeID {
    let r = nodes[Int(id.index)]
    return r.kind == NodeRecord.aliasKind ? YAMLNodeID(r.payload) : id
  }

  /// What the node is (for an alias, what its target is).
  public func kind(of id: YAMLNodeID) -> YAMLNodeKind {
    YAMLNodeKind(rawValue: record(id).kind) ?? .scalar
  }

  /// Where the node is written: from its first character (a quote, a `|`, a `[`, an alias's
  /// `*`) to just after its last. Lines and columns are 1-based, columns in Unicode scalars.
  /// The end of a block collection is where the next token starts.
  public func range(of id: YAMLNodeID) -> SourceRange {
    let r = nodes[Int(id.index)]
    let endLine =
      r.endLineDelta == NodeRecord.longSpan
      ? Int(longSpanEnds[id.index] ?? r.startLine) : Int(r.startLine) + Int(r.endLineDelta)
    return SourceRange(
      start: SourcePosition(line: Int(r.startLine), column: Int(r.startColumn)),
      end: SourcePosition(line: endLine, column: Int(r.endColumn)))
  }

  /// ``range(of:)`` in this document's file.
  public func location(of id: YAMLNodeID) -> SourceLocation {
    SourceLocation(file: file, range: range(of: id))
  }

  /// The style of a scalar, or `nil` for a collection.
  public func scalarStyle(of id: YAMLNodeID) -> ScalarStyle? {
    let r = record(id)
    return r.kind == YAMLNodeKind.scalar.rawValue ? ScalarStyle(rawValue: r.style) : nil
  }

  /// The style of a collection, or `nil` for a scalar.
  public func collectionStyle(of id: YAMLNodeID) -> CollectionStyle? {
    let r = record(id)
    return r.kind == YAMLNodeKind.scalar.rawValue ? nil : CollectionStyle(rawValue: r.style)
  }

  /// The explicit tag of the node (`!!str`, `!custom`), if it has one, in full form
  /// (`tag:yaml.org,2002:str`).
  public func tag(of id: YAMLNodeID) -> String? {
    let target = target(of: id)
    guard nodes[Int(target.index)].isTagged else { return nil }
    return tags[target.index]
  }

  /// Whether the node is a plain scalar that YAML reads as null: empty, `~`, `null`, `Null`,
  /// `NULL` (the YAML 1.2 core schema).
  public func isNull(_ id: YAMLNodeID) -> Bool {
    let r = record(id)
    guard r.kind == YAMLNodeKind.scalar.rawValue, r.style == ScalarStyle.plain.rawValue,
      !r.isTagged
    else { return false }
    if r.count == 0 { return true }
    guard r.count == 1 || r.count == 4 else { return false }
    return withScalarBytes(id) { b in
      b.elementsEqual("~".utf8) || b.elementsEqual("null".utf8) || b.elementsEqual("Null".utf8)
        || b.elementsEqual("NULL".utf8)
    }
  }

  /// Calls `body` with the UTF-8 bytes of a scalar's value (empty for a collection).
  public func withScalarBytes<R>(
    _ id: YAMLNodeID, _ body: (UnsafeBufferPointer<UInt8>) throws -> R
  ) rethrows -> R {
    let r = record(id)
    guard r.kind == YAMLNodeKind.scalar.rawValue else {
      return try body(UnsafeBufferPointer(start: nil, count: 0))
    }
    return try text.withUnsafeBufferPointer { all in
      try body(UnsafeBufferPointer(rebasing: all[Int(r.payload)..<Int(r.payload + r.count)]))
    }
  }

  /// The value of a scalar as text, or `nil` for a collection.
  public func string(_ id: YAMLNodeID) -> String? {
    let r = record(id)
    guard r.kind == YAMLNodeKind.scalar.rawValue else { return nil }
    return String(decoding: text[Int(r.payload)..<Int(r.payload + r.count)], as: UTF8.self)
  }

  /// Whether the node is a scalar whose value is exactly these bytes.
  public func scalar(_ id: YAMLNodeID, equalsBytes value: [UInt8]) -> Bool {
    let r = record(id)
    guard r.kind == YAMLNodeKind.scalar.rawValue, Int(r.count) == value.count else { return false }
    return text.withUnsafeBufferPointer { all in
      value.withUnsafeBufferPointer { v in
        v.count == 0 || memcmp(all.baseAddress! + Int(r.payload), v.baseAddress!, v.count) == 0
      }
    }
  }

  /// Whether the node is a scalar whose value is exactly `value`, byte for byte.
  public func scalar(_ id: YAMLNodeID, equals value: String) -> Bool {
    let r = record(id)
    guard r.kind == YAMLNodeKind.scalar.rawValue, Int(r.count) == value.utf8.count else {
      return false
    }
    return withScalarBytes(id) { $0.elementsEqual(value.utf8) }
  }

  /// The number of items of a sequence or pairs of a mapping; 0 for a scalar.
  public func count(of id: YAMLNodeID) -> Int {
    let r = record(id)
    switch r.kind {
    case YAMLNodeKind.sequence.rawValue: return Int(r.count)
    case YAMLNodeKind.mapping.rawValue: return Int(r.count / 2)
    default: return 0
    }
  }

  /// The items of a sequence (empty for anything else), in order.
  public func items(of id: YAMLNodeID) -> YAMLItems {
    let r = record(id)
    guard r.kind == YAMLNodeKind.sequence.rawValue else {
      return YAMLItems(children: children, start: 0, count: 0)
    }
    return YAMLItems(children: children, start: Int(r.payload), count: Int(r.count))
  }

  /// The key–value pairs of a mapping (empty for anything else), in the order written.
  public func pairs(of id: YAMLNodeID) -> YAMLPairs {
    let r = record(id)
    guard r.kind == YAMLNodeKind.mapping.rawValue else {
      return YAMLPairs(children: children, start: 0, count: 0)
    }
    return YAMLPairs(children: children, start: Int(r.payload), count: Int(r.count / 2))
  }

  /// The value of the first pair of a mapping whose key is the scalar `key`.
  public func value(forKey key: String, in mapping: YAMLNodeID) -> YAMLNodeID? {
    for pair in pairs(of: mapping) where scalar(pair.key, equals: key) {
      return pair.value
    }
    return nil
  }
}

/// The items of a sequence node.
public struct YAMLItems: RandomAccessCollection, Sendable {
  let children: [UInt32]
  let start: Int
  public let count: Int
  public var startIndex: Int { 0 }
  public var endIndex: Int { count }
  public subscript(position: Int) -> YAMLNodeID {
    YAMLNodeID(children[start + position])
  }
}

/// The key–value pairs of a mapping node.
public struct YAMLPairs: RandomAccessCollection, Sendable {
  let children: [UInt32]
  let start: Int
  public let count: Int
  public var startIndex: Int { 0 }
  public var endIndex: Int { count }
  public subscript(position: Int) -> (key: YAMLNodeID, value: YAMLNodeID) {
    (YAMLNodeID(children[start + 2 * position]), YAMLNodeID(children[start + 2 * position + 1]))
  }
}
