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
/// byte arena (a short value that comes back is kept there once, and its nodes share it), and
/// a collection's children in one shared table. A node is named by its
/// ``YAMLNodeID``; every accessor takes one. An alias (`*name`) is a node of its own that
/// carries the place where the alias is written (``range(of:)``) and shares everything else
/// (kind, value, children) with the anchored node, which is never copied.
///
/// Scalars keep their text as written (after YAML's quoting and folding rules): typing them
/// is the reader's business, so `yes`, `01` and `2025-07-01` keep their spelling.
@usableFromInline package struct YAMLDocument: Sendable {
  @usableFromInline let nodes: [NodeRecord]
  @usableFromInline let children: [UInt32]
  @usableFromInline let text: [UInt8]
  /// The explicit tags of the few nodes that have one (their record's tagged flag is set), by
  /// node index.
  let tags: [UInt32: String]
  /// The side tables of the nodes' places (``PlaceTable``), behind one reference: readers copy
  /// documents often, and each reference a copy holds is counted.
  private let placeBox: PlaceTableBox

  /// The root node.
  package let root: YAMLNodeID
  /// The path of the file, as given to the loader.
  package let file: String
  /// For a document assembled from a workbook's cells: the sheets' names, and each node's sheet
  /// by node index (its line is then a row, its column a column). Empty for YAML text.
  let sheets: [String]
  let nodeSheets: [UInt16]

  init(
    nodes: [NodeRecord], children: [UInt32], text: [UInt8], tags: [UInt32: String],
    places: PlaceTable, root: YAMLNodeID, file: String, sheets: [String] = [],
    nodeSheets: [UInt16] = []
  ) {
    self.sheets = sheets
    self.nodeSheets = nodeSheets
    self.placeBox = PlaceTableBox(places.finished(with: nodes))
    self.nodes = nodes
    self.children = children
    self.text = text
    self.tags = tags
    self.root = root
    self.file = file
  }

  /// The side tables of the nodes' places.
  var places: PlaceTable { placeBox.table }

  /// ``places`` by the name the workbook's cell assembler passes it on by.
  var longSpanEnds: PlaceTable { places }

  /// ``init(nodes:children:text:tags:places:root:file:sheets:nodeSheets:)`` with the place
  /// tables under the label the workbook's cell assembler uses.
  init(
    nodes: [NodeRecord], children: [UInt32], text: [UInt8], tags: [UInt32: String], longSpanEnds: PlaceTable,
    root: YAMLNodeID, file: String, sheets: [String], nodeSheets: [UInt16]
  ) {
    self.init(
      nodes: nodes, children: children, text: text, tags: tags, places: longSpanEnds, root: root, file: file,
      sheets: sheets, nodeSheets: nodeSheets)
  }

  /// The number of nodes in the table, aliases included.
  package var nodeCount: Int { nodes.count }

  @inlinable @inline(__always)
  func record(_ id: YAMLNodeID) -> NodeRecord {
    let r = nodes[Int(id.index)]
    return r.kind == NodeRecord.aliasKind ? nodes[Int(r.payload)] : r
  }

  /// Whether the node is an alias (`*name`) of another node.
  package func isAlias(_ id: YAMLNodeID) -> Bool {
    nodes[Int(id.index)].kind == NodeRecord.aliasKind
  }

  /// The node an alias stands for; the node itself otherwise.
  package func target(of id: YAMLNodeID) -> YAMLNodeID {
    let r = nodes[Int(id.index)]
    return r.kind == NodeRecord.aliasKind ? YAMLNodeID(r.payload) : id
  }

  /// What the node is (for an alias, what its target is).
  @inlinable
  package func kind(of id: YAMLNodeID) -> YAMLNodeKind {
    YAMLNodeKind(rawValue: record(id).kind) ?? .scalar
  }

  /// Where the node is written: from its first character (a quote, a `|`, a `[`, an alias's
  /// `*`) to just after its last. Lines and columns are 1-based, columns in Unicode scalars.
  /// The end of a block collection is where the next token starts.
  package func range(of id: YAMLNodeID) -> SourceRange {
    placeBox.table.range(of: Int(id.index), in: nodes)
  }

  /// ``range(of:)`` in this document's file.
  package func location(of id: YAMLNodeID) -> SourceLocation {
    let i = Int(id.index)
    guard i < nodeSheets.count, Int(nodeSheets[i]) < sheets.count else {
      return SourceLocation(file: file, range: range(of: id))
    }
    return SourceLocation(file: file, range: range(of: id), sheet: sheets[Int(nodeSheets[i])])
  }

  /// Whether the document was assembled from a workbook's cells rather than read from text.
  package var isFromCells: Bool { !sheets.isEmpty }

  /// The style of a scalar, or `nil` for a collection.
  @inlinable
  package func scalarStyle(of id: YAMLNodeID) -> ScalarStyle? {
    let r = record(id)
    return r.kind == YAMLNodeKind.scalar.rawValue ? ScalarStyle(rawValue: r.style) : nil
  }

  /// The style of a collection, or `nil` for a scalar.
  package func collectionStyle(of id: YAMLNodeID) -> CollectionStyle? {
    let r = record(id)
    return r.kind == YAMLNodeKind.scalar.rawValue ? nil : CollectionStyle(rawValue: r.style)
  }

  /// The explicit tag of the node (`!!str`, `!custom`), if it has one, in full form
  /// (`tag:yaml.org,2002:str`). Costs a flag test for a node without one.
  @inlinable @inline(__always)
  package func tag(of id: YAMLNodeID) -> String? {
    guard record(id).isTagged else { return nil }
    return taggedValue(of: id)
  }

  /// ``tag(of:)`` for a node whose (or whose target's) tagged flag is set.
  @usableFromInline
  func taggedValue(of id: YAMLNodeID) -> String? {
    tags[target(of: id).index]
  }

  /// Whether the node is a plain scalar that YAML reads as null: empty, `~`, `null`, `Null`,
  /// `NULL` (the YAML 1.2 core schema).
  package func isNull(_ id: YAMLNodeID) -> Bool {
    withUnsafeView { $0.isNull(id) }
  }

  /// Calls `body` with the UTF-8 bytes of a scalar's value (empty for a collection).
  @inlinable
  package func withScalarBytes<R>(
    _ id: YAMLNodeID, _ body: (UnsafeBufferPointer<UInt8>) throws -> R
  ) rethrows -> R {
    let r = record(id)
    guard r.kind == YAMLNodeKind.scalar.rawValue else {
      return try body(UnsafeBufferPointer(start: nil, count: 0))
    }
    return try text.withUnsafeBufferPointer { all in
      let span = arenaSpan(at: Int(r.payload), in: all.baseAddress!)
      return try body(UnsafeBufferPointer(start: all.baseAddress! + span.start, count: span.count))
    }
  }

  /// The value of a scalar as text, or `nil` for a collection.
  package func string(_ id: YAMLNodeID) -> String? {
    guard record(id).kind == YAMLNodeKind.scalar.rawValue else { return nil }
    return withScalarBytes(id) { String(decoding: $0, as: UTF8.self) }
  }

  /// Whether the node is a scalar whose value is exactly `value`, byte for byte.
  package func scalar(_ id: YAMLNodeID, equals value: String) -> Bool {
    guard record(id).kind == YAMLNodeKind.scalar.rawValue else { return false }
    return withScalarBytes(id) { $0.count == value.utf8.count && $0.elementsEqual(value.utf8) }
  }

  /// The number of items of a sequence or pairs of a mapping; 0 for a scalar.
  @inlinable
  package func count(of id: YAMLNodeID) -> Int {
    let r = record(id)
    switch r.kind {
    case YAMLNodeKind.sequence.rawValue: return entries(at: r.payload).count
    case YAMLNodeKind.mapping.rawValue: return entries(at: r.payload).count / 2
    default: return 0
    }
  }

  /// ``childEntries(at:in:)`` in this document's child table.
  @inlinable @inline(__always)
  func entries(at payload: UInt32) -> (start: Int, count: Int) {
    children.withUnsafeBufferPointer { childEntries(at: payload, in: $0) }
  }

  /// The items of a sequence (empty for anything else), in order.
  @inlinable
  package func items(of id: YAMLNodeID) -> YAMLItems {
    let r = record(id)
    guard r.kind == YAMLNodeKind.sequence.rawValue else {
      return YAMLItems(children: children, start: 0, count: 0)
    }
    let (start, count) = entries(at: r.payload)
    return YAMLItems(children: children, start: start, count: count)
  }

  /// The key–value pairs of a mapping (empty for anything else), in the order written.
  @inlinable
  package func pairs(of id: YAMLNodeID) -> YAMLPairs {
    let r = record(id)
    guard r.kind == YAMLNodeKind.mapping.rawValue else {
      return YAMLPairs(children: children, start: 0, count: 0)
    }
    let (start, count) = entries(at: r.payload)
    return YAMLPairs(children: children, start: start, count: count / 2)
  }

  /// The value of the first pair of a mapping whose key is the scalar `key`.
  package func value(forKey key: String, in mapping: YAMLNodeID) -> YAMLNodeID? {
    for pair in pairs(of: mapping) where scalar(pair.key, equals: key) {
      return pair.value
    }
    return nil
  }
}

/// The items of a sequence node.
@usableFromInline package struct YAMLItems: RandomAccessCollection, Sendable {
  @usableFromInline let children: [UInt32]
  @usableFromInline let start: Int
  @usableFromInline package let count: Int
  @inlinable init(children: [UInt32], start: Int, count: Int) {
    self.children = children
    self.start = start
    self.count = count
  }
  @inlinable package var startIndex: Int { 0 }
  @inlinable package var endIndex: Int { count }
  @inlinable package subscript(position: Int) -> YAMLNodeID {
    YAMLNodeID(childAt(start + position, in: children))
  }
}

/// The key–value pairs of a mapping node.
@usableFromInline package struct YAMLPairs: RandomAccessCollection, Sendable {
  @usableFromInline let children: [UInt32]
  @usableFromInline let start: Int
  @usableFromInline package let count: Int
  @inlinable init(children: [UInt32], start: Int, count: Int) {
    self.children = children
    self.start = start
    self.count = count
  }
  @inlinable package var startIndex: Int { 0 }
  @inlinable package var endIndex: Int { count }
  @inlinable package subscript(position: Int) -> (key: YAMLNodeID, value: YAMLNodeID) {
    (
      YAMLNodeID(childAt(start + 2 * position, in: children)),
      YAMLNodeID(childAt(start + 2 * position + 1, in: children))
    )
  }
}

/// The node at a child position: a place in the child table, or a node index
/// (``NodeRecord/inNodeTable`` set) for a collection whose children follow it in the node table.
@inlinable @inline(__always)
func childAt(_ position: Int, in children: [UInt32]) -> UInt32 {
  position >= Int(NodeRecord.inNodeTable)
    ? UInt32(truncatingIfNeeded: position) & ~NodeRecord.inNodeTable : children[position]
}

/// ``childAt(_:in:)`` for a child table seen through a pointer.
@inlinable @inline(__always)
func childAt(_ position: Int, in children: UnsafeBufferPointer<UInt32>) -> UInt32 {
  position >= Int(NodeRecord.inNodeTable)
    ? UInt32(truncatingIfNeeded: position) & ~NodeRecord.inNodeTable : children[position]
}

extension YAMLDocument {
  /// The document's tables seen through pointers, for readers that visit every node: reading
  /// through it counts no references and copies nothing. Valid only inside
  /// ``YAMLDocument/withUnsafeView(_:)``; node ids must come from this document.
  @usableFromInline package struct UnsafeView {
    @usableFromInline let nodes: UnsafeBufferPointer<NodeRecord>
    @usableFromInline let children: UnsafeBufferPointer<UInt32>
    @usableFromInline let text: UnsafeBufferPointer<UInt8>

    @inlinable
    init(
      nodes: UnsafeBufferPointer<NodeRecord>, children: UnsafeBufferPointer<UInt32>, text: UnsafeBufferPointer<UInt8>
    ) {
      self.nodes = nodes
      self.children = children
      self.text = text
    }

    @inlinable @inline(__always)
    func record(_ id: YAMLNodeID) -> NodeRecord {
      let r = nodes[Int(id.index)]
      return r.kind == NodeRecord.aliasKind ? nodes[Int(r.payload)] : r
    }

    /// What the node is (for an alias, what its target is).
    @inlinable @inline(__always)
    package func kind(of id: YAMLNodeID) -> YAMLNodeKind {
      YAMLNodeKind(rawValue: record(id).kind) ?? .scalar
    }

    /// Whether the node is a plain scalar (for an alias, whether its target is).
    @inlinable @inline(__always)
    package func isPlainScalar(_ id: YAMLNodeID) -> Bool {
      let r = record(id)
      return r.kind == YAMLNodeKind.scalar.rawValue && r.style == ScalarStyle.plain.rawValue
    }

    /// The UTF-8 bytes of a scalar's value; empty for a collection.
    @inlinable @inline(__always)
    package func bytes(of id: YAMLNodeID) -> UnsafeBufferPointer<UInt8> {
      let r = record(id)
      guard r.kind == YAMLNodeKind.scalar.rawValue else { return UnsafeBufferPointer(start: nil, count: 0) }
      let span = arenaSpan(at: Int(r.payload), in: text.baseAddress!)
      guard span.count > 0 else { return UnsafeBufferPointer(start: nil, count: 0) }
      return UnsafeBufferPointer(start: text.baseAddress! + span.start, count: span.count)
    }

    /// Where a scalar's value is kept in the document's text, or `nil` for a collection. Two
    /// nodes with the same place have the same value (the reverse does not hold): a reader
    /// may remember what it made of a value by its place.
    @inlinable @inline(__always)
    package func valuePlace(of id: YAMLNodeID) -> UInt32? {
      let r = record(id)
      return r.kind == YAMLNodeKind.scalar.rawValue ? r.payload : nil
    }

    /// Whether the node is a plain scalar that YAML reads as null, as ``YAMLDocument/isNull(_:)``.
    @inlinable @inline(__always)
    package func isNull(_ id: YAMLNodeID) -> Bool {
      let r = record(id)
      guard r.kind == YAMLNodeKind.scalar.rawValue, r.style == ScalarStyle.plain.rawValue, !r.isTagged else {
        return false
      }
      let span = arenaSpan(at: Int(r.payload), in: text.baseAddress!)
      if span.count == 0 { return true }
      let b = text.baseAddress! + span.start
      if span.count == 1 { return b[0] == UInt8(ascii: "~") }
      guard span.count == 4 else { return false }
      let n = b[0] == UInt8(ascii: "n") || b[0] == UInt8(ascii: "N")
      let lower = b[1] == UInt8(ascii: "u") && b[2] == UInt8(ascii: "l") && b[3] == UInt8(ascii: "l")
      let upper =
        b[0] == UInt8(ascii: "N") && b[1] == UInt8(ascii: "U") && b[2] == UInt8(ascii: "L")
        && b[3] == UInt8(ascii: "L")
      return (n && lower) || upper
    }

    /// Where a mapping's pairs start in the child table (key, then value, for each pair) and
    /// how many pairs it has; no pairs for anything else.
    @inlinable @inline(__always)
    package func pairs(of id: YAMLNodeID) -> (start: Int, count: Int) {
      let r = record(id)
      guard r.kind == YAMLNodeKind.mapping.rawValue else { return (0, 0) }
      let (start, count) = childEntries(at: r.payload, in: children)
      return (start, count / 2)
    }

    /// Where a sequence's items start in the child table and how many there are; none for
    /// anything else.
    @inlinable @inline(__always)
    package func items(of id: YAMLNodeID) -> (start: Int, count: Int) {
      let r = record(id)
      guard r.kind == YAMLNodeKind.sequence.rawValue else { return (0, 0) }
      return childEntries(at: r.payload, in: children)
    }

    /// The node at a position of the child table.
    @inlinable @inline(__always)
    package func child(_ position: Int) -> YAMLNodeID { YAMLNodeID(childAt(position, in: children)) }
  }

  /// Calls `body` with an ``UnsafeView`` of the document, which must not outlive the call.
  @inlinable
  package func withUnsafeView<R>(_ body: (UnsafeView) throws -> R) rethrows -> R {
    try nodes.withUnsafeBufferPointer { n in
      try children.withUnsafeBufferPointer { c in
        try text.withUnsafeBufferPointer { t in try body(UnsafeView(nodes: n, children: c, text: t)) }
      }
    }
  }
}

extension YAMLDocument {
  /// The first difference between the tables of two documents (nodes, places, styles, children,
  /// text), or `nil` when they are the same: to compare two readers of the same bytes.
  package func firstDifference(from other: YAMLDocument) -> String? {
    if root != other.root { return "roots \(root) and \(other.root)" }
    if nodes.count != other.nodes.count { return "\(nodes.count) and \(other.nodes.count) nodes" }
    for i in nodes.indices where nodes[i] != other.nodes[i] {
      let (x, y) = (nodes[i], other.nodes[i])
      let id = YAMLNodeID(UInt32(i))
      return "node \(i): \(range(of: id)) kind \(x.kind) bits \(x.bits) payload \(x.payload)"
        + " vs \(other.range(of: id)) kind \(y.kind) bits \(y.bits) payload \(y.payload)"
    }
    if children != other.children { return "children differ" }
    if text != other.text { return "text differs" }
    if tags != other.tags { return "tags differ" }
    if places != other.places { return "place tables differ" }
    return nil
  }
}
