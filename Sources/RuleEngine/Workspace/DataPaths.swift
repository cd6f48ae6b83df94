import SourceDiagnostics

extension DataDocument {
  /// The path of every record, in file order (the root's is `""`).
  package var recordPaths: [String] { (0..<objectCount).map { path(of: ObjectID($0)) } }

  /// The record at a data path as findings write it (`communes[0].villages[1]`; `""` for the root).
  package func record(atPath path: String) -> ObjectID? {
    let wanted = Self.normalized(path)
    return (0..<objectCount).lazy.map { ObjectID($0) }.first { self.path(of: $0) == wanted }
  }

  /// Whether a path names a record or a field of one.
  package func pathExists(_ path: String) -> Bool {
    let wanted = Self.normalized(path)
    if record(atPath: wanted) != nil { return true }
    guard let dot = wanted.lastIndex(of: ".") else {
      return type(of: root).fields.contains { $0.name == wanted }
    }
    let field = String(wanted[wanted.index(after: dot)...])
    guard let owner = record(atPath: String(wanted[..<dot])) else { return false }
    return type(of: owner).fields.contains { $0.name == field }
  }

  /// The existing record path nearest to one that does not exist: of the paths that differ
  /// from it only in their indices, the one whose indices are nearest (`villages[40]` →
  /// `villages[4]` when there are five); else a near spelling (`comunes[0]` → `communes[0]`);
  /// else the longest part of it that names a record (`""`, the root, at worst).
  package func nearestPath(to path: String) -> String {
    let wanted = Self.normalized(path)
    let paths = recordPaths
    let (shape, indices) = Self.shape(of: wanted)
    let alike = paths.compactMap { candidate -> (String, Int)? in
      let (s, i) = Self.shape(of: candidate)
      guard s == shape else { return nil }
      return (candidate, zip(i, indices).reduce(0) { $0 + abs($1.0 - $1.1) })
    }
    if let best = alike.min(by: { $0.1 < $1.1 || ($0.1 == $1.1 && $0.0 < $1.0) }) { return best.0 }
    if let near = NameSuggestion.nearest(to: wanted, in: paths.filter { !$0.isEmpty }) { return near }
    var rest = wanted
    while let cut = rest.lastIndex(where: { $0 == "." || $0 == "[" }) {
      rest = String(rest[..<cut])
      if paths.contains(rest) { return rest }
    }
    return ""
  }

  /// A path with each list index written `#`, and the indices in order.
  static func shape(of path: String) -> (String, [Int]) {
    var shape = ""
    var indices: [Int] = []
    var number: Int?
    for c in path {
      if let d = c.wholeNumberValue, c.isASCII {
        number = (number ?? 0) &* 10 &+ d
      } else {
        if let n = number {
          shape += "#"
          indices.append(n)
          number = nil
        }
        shape.append(c)
      }
    }
    if let n = number {
      shape += "#"
      indices.append(n)
    }
    return (shape, indices)
  }

  /// A path as written by a person: without spaces, and without a leading `$.` or `.`.
  static func normalized(_ path: String) -> String {
    var p = path.filter { !$0.isWhitespace }
    if p.hasPrefix("$") { p.removeFirst() }
    if p.hasPrefix(".") { p.removeFirst() }
    return p
  }
}
