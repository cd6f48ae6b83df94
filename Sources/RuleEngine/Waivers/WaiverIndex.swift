/// The waivers of a run arranged so that finding the first one that covers a finding costs
/// about the same whatever the number of waivers: by rule pattern, commune code and path.
///
/// A finding's candidates are the waivers whose pattern matches its rule id (the patterns
/// matching each distinct rule id are found once), whose code is the finding's or none, and
/// whose path is one of the finding's path prefixes at a step (`communes[0]` for
/// `communes[0].villages[2]`) or none. Each bucket is in file order; the first waiver in force
/// over all buckets is the one ``Waiver/covers(_:communeCode:)`` would have found first.
struct WaiverIndex {
  struct Key: Hashable {
    var pattern: String
    var code: String?
    var path: String?
  }

  private let waivers: [Waiver]
  private var buckets: [Key: [Int]] = [:]
  /// Patterns without `*` or `?`: they match only themselves.
  private var exact: Set<String> = []
  private var globs: [String] = []
  /// The patterns that match each rule id met so far.
  private var patternsByRule: [String: [String]] = [:]

  init(_ waivers: [Waiver]) {
    self.waivers = waivers
    var seenGlobs: Set<String> = []
    for (i, w) in waivers.enumerated() {
      let path = w.path.flatMap { $0.isEmpty ? nil : $0 }
      buckets[Key(pattern: w.rule, code: w.code, path: path), default: []].append(i)
      if w.rule.contains("*") || w.rule.contains("?") {
        if seenGlobs.insert(w.rule).inserted { globs.append(w.rule) }
      } else {
        exact.insert(w.rule)
      }
    }
  }

  /// The index of the first waiver in force on `date` that covers `finding`, if any.
  mutating func first(covering finding: Finding, communeCode: String?, on date: CalendarDate) -> Int? {
    let patterns = patterns(matching: finding.rule)
    guard !patterns.isEmpty else { return nil }
    let prefixes: [String?] = Self.prefixes(of: finding.path) + [nil]
    let codes: [String?] = communeCode.map { [$0, nil] } ?? [nil]
    var best: Int?
    for pattern in patterns {
      for code in codes {
        for path in prefixes {
          guard let bucket = buckets[Key(pattern: pattern, code: code, path: path)] else { continue }
          for i in bucket {
            if let best, i >= best { break }
            if waivers[i].isInForce(on: date) {
              best = i
              break
            }
          }
        }
      }
    }
    return best
  }

  private mutating func patterns(matching rule: String) -> [String] {
    if let known = patternsByRule[rule] { return known }
    var found = exact.contains(rule) ? [rule] : []
    found += globs.filter { RuleIDPattern($0).matches(rule) }
    patternsByRule[rule] = found
    return found
  }

  /// `path` and every prefix of it that ends before a step (`.` or `[`).
  static func prefixes(of path: String) -> [String?] {
    guard !path.isEmpty else { return [] }
    var out: [String?] = []
    var index = path.startIndex
    while index < path.endIndex {
      let c = path[index]
      if (c == "." || c == "[") && index > path.startIndex { out.append(String(path[..<index])) }
      index = path.index(after: index)
    }
    out.append(path)
    return out
  }
}
