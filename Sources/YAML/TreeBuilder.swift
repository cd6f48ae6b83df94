internal import CYAML
import SourceDiagnostics

/// Turns libyaml's events into a ``YAMLDocument``'s tables, checking the limits and the rules
/// libyaml leaves to its caller (duplicate keys, anchors, one document per file).
struct TreeBuilder {
  private struct OpenCollection {
    var node: UInt32
    /// Where the collection starts (1-based), from which its end is coded.
    var startLine: Int
    var startColumn: Int
    var pendingStart: Int
    var isMapping: Bool
    var anchor: String?
    var expansionAtStart: Int
  }

  private struct Anchor {
    var node: UInt32
    /// How many nodes the anchored subtree stands for, aliases inside it expanded.
    var size: Int
    var isOpen: Bool
  }

  let file: String
  let options: YAMLLoadOptions
  private(set) var nodes: [NodeRecord] = []
  private(set) var children: [UInt32] = []
  private(set) var text: [UInt8] = []
  private var interning: ScalarInterning
  private(set) var tags: [UInt32: String] = [:]
  private(set) var places = PlaceTable()
  private var pending: [UInt32] = []
  private var open: [OpenCollection] = []
  private var anchors: [String: Anchor] = [:]
  /// Nodes the document stands for with every alias expanded.
  private var expandedNodes = 0
  private var aliasExpansion = 0
  private var documents = 0
  private(set) var root: UInt32?
  var diagnostics: Diagnostics
  /// Set when the load cannot go on.
  private(set) var stopped = false
  /// Whether the first diagnostic stops the load: for a reader that leaves every problem to
  /// libyaml's reading, which reports them all.
  var stopsAtFirstDiagnostic = false

  /// `cellPlaces`: the places are a workbook's cells (``PlaceTable/init(cells:)``).
  init(file: String, options: YAMLLoadOptions, expectedBytes: Int?, cellPlaces: Bool = false) {
    self.file = file
    if cellPlaces { places = PlaceTable(cells: true) }
    self.options = options
    self.diagnostics = Diagnostics(limit: options.maxDiagnostics)
    self.interning = ScalarInterning(expectedBytes: expectedBytes)
    if let expectedBytes, expectedBytes > 0 {
      // Scalar values never take more bytes than their source (and repeated short ones are kept
      // once); untouched capacity costs no memory.
      text.reserveCapacity(expectedBytes + 1)
      // About one node per 12 bytes in real files; reserve for one per 6 (pages never touched
      // are never resident), so that the tables do not grow and copy themselves mid-load.
      nodes.reserveCapacity(Swift.max(16, expectedBytes / 6))
      places.reserve(nodes: expectedBytes / 6)
      children.reserveCapacity(Swift.max(16, expectedBytes / 6))
    }
    // The arena's first entry: the empty value, which every empty scalar names.
    text.append(0)
  }

  // MARK: - Events

  mutating func handle(_ event: UnsafePointer<yaml_event_t>) {
    let e = event.pointee
    switch e.type {
    case YAML_DOCUMENT_START_EVENT:
      documents += 1
      if documents > 1 {
        fail(
          "yaml.multiple-documents",
          YAMLMessage.multipleDocuments(),
          at: e.start_mark, e.end_mark)
      }
    case YAML_SCALAR_EVENT:
      let s = e.data.scalar
      let length = Int(s.length)
      guard length <= options.maxScalarBytes else {
        fail(
          "yaml.scalar-too-large",
          YAMLMessage.scalarTooLarge(["length": String(length), "limit": String(options.maxScalarBytes)]),
          at: e.start_mark, e.end_mark)
        return
      }
      let style: ScalarStyle
      switch s.style {
      case YAML_SINGLE_QUOTED_SCALAR_STYLE: style = .singleQuoted
      case YAML_DOUBLE_QUOTED_SCALAR_STYLE: style = .doubleQuoted
      case YAML_LITERAL_SCALAR_STYLE: style = .literal
      case YAML_FOLDED_SCALAR_STYLE: style = .folded
      default: style = .plain
      }
      let index = scalar(
        UnsafeBufferPointer(start: s.value, count: s.value == nil ? 0 : length), style: style,
        start: e.start_mark, end: e.end_mark)
      // A plain scalar with no tag has the implicit `?` tag; `!` on a plain scalar is reported as a tag.
      if let tag = s.tag, s.plain_implicit == 0 || style != .plain {
        if !(s.quoted_implicit == 1 && style != .plain) { setTag(index, tag) }
      }
      if let anchor = s.anchor {
        anchors[String(cString: anchor)] = Anchor(node: index, size: 1, isOpen: false)
      }
    case YAML_SEQUENCE_START_EVENT:
      let s = e.data.sequence_start
      startCollection(
        mapping: false, flow: s.style == YAML_FLOW_SEQUENCE_STYLE, anchor: s.anchor,
        tag: s.implicit == 0 ? s.tag : nil, start: e.start_mark, end: e.end_mark)
    case YAML_MAPPING_START_EVENT:
      let m = e.data.mapping_start
      startCollection(
        mapping: true, flow: m.style == YAML_FLOW_MAPPING_STYLE, anchor: m.anchor,
        tag: m.implicit == 0 ? m.tag : nil, start: e.start_mark, end: e.end_mark)
    case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
      endCollection(at: e.end_mark)
    case YAML_ALIAS_EVENT:
      alias(named: e.data.alias.anchor, event: e)
    default:
      break
    }
  }

  /// A scalar of the given style, no tag, no anchor (the checks of its length are the caller's
  /// for libyaml's events, and done here for the others). A short value already in the arena
  /// is not written again (``ScalarInterning``).
  @discardableResult
  mutating func scalar(
    _ value: UnsafeBufferPointer<UInt8>, style: ScalarStyle, start: yaml_mark_t, end: yaml_mark_t
  ) -> UInt32 {
    let offset = interning.offset(of: value, in: &text)
    return addNode(kind: YAMLNodeKind.scalar.rawValue, style: style.rawValue, payload: offset, start: start, end: end)
  }

  /// ``scalar(_:style:start:end:)`` for a value written many times (a column's key):
  /// `arenaOffset` keeps where the value is in the arena (`UInt32.max` before its first time), so
  /// that later ones neither hash nor compare it.
  @discardableResult
  mutating func scalar(
    _ value: UnsafeBufferPointer<UInt8>, style: ScalarStyle, start: yaml_mark_t, end: yaml_mark_t,
    arenaOffset: inout UInt32
  ) -> UInt32 {
    if arenaOffset == .max { arenaOffset = interning.offset(of: value, in: &text) }
    return addNode(
      kind: YAMLNodeKind.scalar.rawValue, style: style.rawValue, payload: arenaOffset, start: start, end: end)
  }

  /// The start of a mapping or a sequence with no tag and no anchor.
  mutating func startCollection(mapping: Bool, flow: Bool, start: yaml_mark_t, end: yaml_mark_t) {
    startCollection(mapping: mapping, flow: flow, anchor: nil, tag: nil, start: start, end: end)
  }

  private mutating func startCollection(
    mapping: Bool, flow: Bool, anchor: UnsafeMutablePointer<yaml_char_t>?,
    tag: UnsafeMutablePointer<yaml_char_t>?, start: yaml_mark_t, end: yaml_mark_t
  ) {
    guard open.count < options.maxDepth else {
      fail(
        "yaml.too-deep",
        YAMLMessage.tooDeep(["limit": String(options.maxDepth)]),
        at: start, end)
      return
    }
    let kind = mapping ? YAMLNodeKind.mapping.rawValue : YAMLNodeKind.sequence.rawValue
    let style = flow ? CollectionStyle.flow.rawValue : CollectionStyle.block.rawValue
    let index = addNode(kind: kind, style: style, payload: 0, start: start, end: end)
    if let tag { setTag(index, tag) }
    var name: String?
    if let anchor {
      name = String(cString: anchor)
      anchors[name!] = Anchor(node: index, size: 0, isOpen: true)
    }
    open.append(
      OpenCollection(
        node: index, startLine: start.line + 1, startColumn: start.column + 1, pendingStart: pending.count,
        isMapping: mapping, anchor: name,
        expansionAtStart: expandedNodes - 1))
  }

  /// The end of the innermost open collection.
  mutating func endCollection(at end: yaml_mark_t) {
    guard let top = open.popLast() else { return }
    let count = pending.count - top.pendingStart
    let place = UInt32(truncatingIfNeeded: children.count)
    children.append(UInt32(truncatingIfNeeded: count))
    let first: UInt32
    if count > 0 && pending[pending.count - 1] == top.node &+ UInt32(truncatingIfNeeded: count) {
      // The children are the nodes right after the collection (increasing, the last `count`
      // after it): named in the node table by the first one's index alone.
      first = NodeRecord.inNodeTable | (top.node + 1)
      children.append(first)
    } else {
      first = place + 1
      children.append(contentsOf: pending[top.pendingStart...])
    }
    pending.removeSubrange(top.pendingStart...)
    let i = Int(top.node)
    nodes[i].payload = place
    let old = nodes[i].bits
    let endBits = places.endBits(
      of: i, start: (top.startLine, top.startColumn), line: end.line + 1, column: end.column + 1,
      wasWide: old & NodeRecord.flagWideEnd != 0)
    nodes[i].bits = old & ~PlaceTable.endMask | endBits
    if top.isMapping && count >= 4 { checkDuplicateKeys(firstChild: Int(first), count: count / 2) }
    if let name = top.anchor, anchors[name]?.node == top.node {
      anchors[name] = Anchor(node: top.node, size: expandedNodes - top.expansionAtStart, isOpen: false)
    }
  }

  private mutating func alias(named anchor: UnsafeMutablePointer<yaml_char_t>?, event e: yaml_event_t) {
    let name = anchor.map { String(cString: $0) } ?? ""
    guard let target = anchors[name] else {
      fail(
        "yaml.unknown-anchor", YAMLMessage.unknownAnchor(["name": name]), at: e.start_mark, e.end_mark)
      return
    }
    guard !target.isOpen else {
      fail(
        "yaml.recursive-alias",
        YAMLMessage.recursiveAlias(["name": name]),
        at: e.start_mark, e.end_mark)
      return
    }
    aliasExpansion += target.size
    guard aliasExpansion <= options.maxAliasExpansion else {
      fail(
        "yaml.alias-expansion",
        YAMLMessage.aliasExpansion(["limit": String(options.maxAliasExpansion)]),
        at: e.start_mark, e.end_mark)
      return
    }
    _ = addNode(kind: NodeRecord.aliasKind, style: 0, payload: target.node, start: e.start_mark, end: e.end_mark)
    expandedNodes += target.size - 1
  }

  // MARK: - Tables

  @inline(__always)
  private mutating func addNode(
    kind: UInt8, style: UInt8, payload: UInt32, start: yaml_mark_t, end: yaml_mark_t
  ) -> UInt32 {
    if nodes.count >= options.maxNodes && !stopped { failTooManyNodes(start, end) }
    let i = nodes.count
    let index = UInt32(truncatingIfNeeded: i)
    let line = start.line + 1
    let column = start.column + 1
    let bits =
      UInt32(kind & 0x3) | UInt32(style & 0x7) << 2 | places.startBits(of: i, line: line, column: column)
      | places.endBits(of: i, start: (line, column), line: end.line + 1, column: end.column + 1, wasWide: false)
    nodes.append(NodeRecord(payload: payload, bits: bits))
    expandedNodes += 1
    if open.isEmpty {
      if root == nil { root = index }
    } else {
      pending.append(index)
    }
    return index
  }

  @inline(never)
  private mutating func failTooManyNodes(_ start: yaml_mark_t, _ end: yaml_mark_t) {
    fail("yaml.too-many-nodes", YAMLMessage.tooManyNodes(["limit": String(options.maxNodes)]), at: start, end)
  }

  private mutating func setTag(_ index: UInt32, _ tag: UnsafeMutablePointer<yaml_char_t>) {
    nodes[Int(index)].bits |= NodeRecord.flagTagged
    tags[index] = String(cString: tag)
  }

  // MARK: - Duplicate keys

  /// The node at a child position (``NodeRecord/inNodeTable``).
  private func child(_ position: Int) -> UInt32 { childAt(position, in: children) }

  /// The arena range of a scalar key's value, or `nil` for a collection key.
  private func keySpan(_ id: UInt32) -> (start: Int, count: Int)? {
    var r = nodes[Int(id)]
    if r.kind == NodeRecord.aliasKind { r = nodes[Int(r.payload)] }
    guard r.kind == YAMLNodeKind.scalar.rawValue else { return nil }
    return text.withUnsafeBufferPointer { arenaSpan(at: Int(r.payload), in: $0.baseAddress!) }
  }

  private func keyBytes(_ id: UInt32) -> ArraySlice<UInt8>? {
    keySpan(id).map { text[$0.start..<$0.start + $0.count] }
  }

  /// Finds keys that appear twice in a mapping. A mapping of a few keys compares them directly;
  /// a larger one hashes each scalar key's bytes (FNV-1a) and compares bytes only where hashes
  /// meet (``Repeats``).
  private mutating func checkDuplicateKeys(firstChild: Int, count: Int) {
    if count <= 16 {
      checkFewKeys(firstChild: firstChild, count: count)
      return
    }
    var keys: [(hash: UInt64, pair: Int)] = []
    keys.reserveCapacity(count)
    text.withUnsafeBufferPointer { arena in
      for i in 0..<count {
        guard let span = keySpan(child(firstChild + 2 * i)) else { continue }
        keys.append((Repeats.hash(UnsafeBufferPointer(rebasing: arena[span.start..<span.start + span.count])), i))
      }
    }
    let repeats = Repeats.find(hashes: keys.map(\.hash)) { sameKey(firstChild, keys[$0].pair, keys[$1].pair) }
    for (again, first) in repeats {
      reportDuplicate(
        key: child(firstChild + 2 * keys[again].pair), first: child(firstChild + 2 * keys[first].pair))
      if stopped { return }
    }
  }

  /// ``checkDuplicateKeys(firstChild:count:)`` for a mapping of a few keys, the common case:
  /// each key against those before it, by length and then bytes, with nothing allocated.
  private mutating func checkFewKeys(firstChild: Int, count: Int) {
    var found = false
    withUnsafeTemporaryAllocation(of: (start: Int, count: Int).self, capacity: count) { spans in
      for i in 0..<count {
        // A collection as a key gets a length no scalar has.
        spans[i] = keySpan(child(firstChild + 2 * i)) ?? (0, -1 - i)
      }
      text.withUnsafeBufferPointer { arena in
        outer: for i in 1..<count {
          let b = spans[i]
          for j in 0..<i where spans[j].count == b.count {
            if b.count == 0 || memcmp(arena.baseAddress! + spans[j].start, arena.baseAddress! + b.start, b.count) == 0 {
              found = true
              break outer
            }
          }
        }
      }
    }
    guard found else { return }
    // Rare: report each key that repeats an earlier one, at the first it repeats.
    for i in 1..<count {
      for j in 0..<i where sameKey(firstChild, j, i) {
        reportDuplicate(key: child(firstChild + 2 * i), first: child(firstChild + 2 * j))
        break
      }
      if stopped { return }
    }
  }

  private func sameKey(_ firstChild: Int, _ a: Int, _ b: Int) -> Bool {
    guard let x = keyBytes(child(firstChild + 2 * a)), let y = keyBytes(child(firstChild + 2 * b))
    else { return false }
    return x.elementsEqual(y)
  }

  /// The duplicate past the diagnostics cap: only counted, so made once.
  private static let unnamedDuplicate = Diagnostic.error(
    "yaml.duplicate-key", YAMLMessage.duplicateKeyUnnamed(), at: nil)

  private mutating func reportDuplicate(key: UInt32, first: UInt32) {
    if diagnostics.isFull {
      // Past the cap a diagnostic is only counted: nothing of it is shown.
      diagnostics.append(Self.unnamedDuplicate)
      if stopsAtFirstDiagnostic { stopped = true }
      return
    }
    let name = keyBytes(key).map { String(decoding: $0, as: UTF8.self) } ?? ""
    diagnostics.append(
      .error(
        "yaml.duplicate-key", YAMLMessage.duplicateKey(["key": name]), at: location(of: key),
        notes: [.init(YAMLMessage.firstAppearsHere(["key": name]), at: location(of: first))]))
    if stopsAtFirstDiagnostic { stopped = true }
  }

  private func location(of id: UInt32) -> SourceLocation {
    SourceLocation(file: file, range: places.range(of: Int(id), in: nodes))
  }

  // MARK: - Failures

  mutating func fail(_ code: DiagnosticCode, _ text: LocalizedText, at start: yaml_mark_t, _ end: yaml_mark_t) {
    let range = SourceRange(
      start: SourcePosition(line: start.line + 1, column: start.column + 1),
      end: SourcePosition(line: end.line + 1, column: end.column + 1))
    diagnostics.append(.error(code, text, at: SourceLocation(file: file, range: range)))
    stopped = true
  }

  /// Gives an empty stream (no document at all) an empty plain scalar as its root, at 1:1, as
  /// YAML reads an empty file as null.
  mutating func addEmptyRootIfNeeded() {
    guard root == nil, !stopped else { return }
    let mark = yaml_mark_t(index: 0, line: 0, column: 0)
    _ = addNode(
      kind: YAMLNodeKind.scalar.rawValue, style: ScalarStyle.plain.rawValue, payload: 0, start: mark, end: mark)
  }

  /// The finished document, when nothing went wrong.
  func document() -> YAMLDocument? {
    guard !diagnostics.hasErrors, !stopped else { return nil }
    guard let root else { return nil }
    return YAMLDocument(
      nodes: nodes, children: children, text: text, tags: tags, places: places, root: YAMLNodeID(root), file: file)
  }
}
