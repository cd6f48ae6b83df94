/// Where each node of a parsed expression was written: a range of 0-based Unicode-scalar
/// offsets in the expression text (turn it into a file location with
/// ``ExpressionSource/location(of:)``).
///
/// Each node has two ranges: its whole extent (``range(of:)``: `a + b` from `a` to `b`), and its
/// focus (``focus(of:)``), the token that names what the node does: the operator of an
/// operation, the field name of a selection, the function name of a call. Nodes made by a macro
/// expansion have the range of the macro call.
package struct SourceMap: Sendable, Hashable {
  private var extents: [Int: Range<Int>] = [:]
  private var focuses: [Int: Range<Int>] = [:]

  /// An empty map.
  package init() {}

  /// The extent of the node with this id, if the node exists.
  package func range(of id: ExprID) -> Range<Int>? { extents[id.rawValue] }

  /// The token that names what the node does, or its extent when it has no such token.
  package func focus(of id: ExprID) -> Range<Int>? { focuses[id.rawValue] ?? extents[id.rawValue] }

  /// Records the ranges of a node.
  package mutating func set(_ id: ExprID, range: Range<Int>, focus: Range<Int>? = nil) {
    extents[id.rawValue] = range
    if let focus, focus != range { focuses[id.rawValue] = focus }
  }

  /// The number of nodes recorded.
  package var count: Int { extents.count }
}
