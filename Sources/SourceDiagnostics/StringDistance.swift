/// Suggestions of the nearest known name, for "did you mean" notes.
package enum NameSuggestion {
  /// The edit distance between two strings, counted in Unicode scalars: insertions, deletions,
  /// substitutions, and swaps of two neighbours (`nmae` → `name` is one edit), each costing 1.
  package static func distance(_ a: String, _ b: String) -> Int {
    let a = Array(a.unicodeScalars)
    let b = Array(b.unicodeScalars)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var beforePrevious = [Int](repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          current[j] = min(current[j], beforePrevious[j - 2] + 1)
        }
      }
      (beforePrevious, previous, current) = (previous, current, beforePrevious)
    }
    return previous[b.count]
  }

  /// The candidate nearest to `name`, if it is near enough to be a likely typo: at most a third
  /// of the name's length away (and at least 1, at most 3 edits). Ties go to the first
  /// candidate in sorted order, so the answer is deterministic.
  package static func nearest<S: Sequence>(to name: String, in candidates: S) -> String?
  where S.Element == String {
    let allowed = min(3, max(1, name.unicodeScalars.count / 3))
    var best: (String, Int)?
    for candidate in candidates.sorted() {
      let d = distance(name.lowercased(), candidate.lowercased())
      if d <= allowed, best == nil || d < best!.1 { best = (candidate, d) }
    }
    return best?.0
  }
}
