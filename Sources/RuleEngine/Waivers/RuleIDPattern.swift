/// A glob on rule ids: `*` any run of characters, `?` exactly one.
package struct RuleIDPattern: Sendable, Hashable {
  /// The glob as written.
  package let pattern: String

  /// Creates a pattern from a glob.
  package init(_ pattern: String) { self.pattern = pattern }

  /// Whether `id` matches the whole glob.
  package func matches(_ id: String) -> Bool {
    let p = Array(pattern)
    let text = Array(id)
    var i = 0
    var t = 0
    var star = -1
    var mark = 0
    while t < text.count {
      if i < p.count && (p[i] == "?" || p[i] == text[t]) {
        i += 1
        t += 1
      } else if i < p.count && p[i] == "*" {
        star = i
        mark = t
        i += 1
      } else if star >= 0 {
        i = star + 1
        mark += 1
        t = mark
      } else {
        return false
      }
    }
    while i < p.count && p[i] == "*" { i += 1 }
    return i == p.count
  }
}
