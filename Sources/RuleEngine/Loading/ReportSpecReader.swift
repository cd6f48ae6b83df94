import SourceDiagnostics
import YAML

extension RuleFileReader {
  /// Reads the `report:` block of `pack.yaml`. Enum value names in titles (`Position.tro_ly`)
  /// are looked up in `schema`.
  mutating func readReport(_ node: YAMLNodeID, schema: Schema) -> ReportSpec? {
    guard
      let f = reader.mapping(
        node, what: "the report block", optional: ["unit_name", "subject", "titles", "topics", "staffing", "drills"])
    else { return nil }
    var spec = ReportSpec(
      unitName: f["unit_name"].flatMap { expression($0, what: "'unit_name'") },
      subject: f["subject"].flatMap { expression($0, what: "'subject'") }, topics: [], posts: [],
      location: reader.location(node))
    let doc = reader.document
    if let t = f["titles"], let titles = reader.mapping(t, what: "'titles'", optional: ReportSpec.titleKeys) {
      for key in titles.order {
        if let title = reader.localized(titles[key]!, what: "the title '\(key)'") { spec.titles[key] = title.value }
      }
    }
    if let t = f["topics"],
      let topics = reader.mapping(t, what: "'topics'", optional: doc.pairs(of: t).compactMap { doc.string($0.key) })
    {
      for name in topics.order {
        if let title = reader.localized(topics[name]!, what: "the name of the topic '\(name)'") {
          spec.topics.append((name, title.value))
        }
      }
    }
    if let s = f["staffing"], let items = reader.sequence(s, what: "'staffing'") {
      for item in items {
        guard
          let p = reader.mapping(
            item, what: "a post of the staffing chart", required: ["rule", "title", "count", "min"], optional: ["max"]),
          let rule = p["rule"].flatMap({ reader.string($0, what: "'rule'") }),
          let title = p["title"].flatMap({ readTitle($0, schema: schema) }),
          let count = p["count"].flatMap({ expression($0, what: "'count'") }),
          let minimum = p["min"].flatMap({ expression($0, what: "'min'") })
        else { continue }
        spec.posts.append(
          ReportSpec.Post(
            rule: rule, title: title, count: count, minimum: minimum,
            maximum: p["max"].flatMap { expression($0, what: "'max'") }))
      }
    }
    if let d = f["drills"], let drills = reader.mapping(d, what: "'drills'", required: ["held"], optional: ["band"]) {
      spec.drillHeld = drills["held"].flatMap { expression($0, what: "'held'") }
      if let b = drills["band"], let band = reader.mapping(b, what: "'band'", required: ["min", "max"]),
        let lo = band["min"].flatMap({ expression($0, what: "'min'") }),
        let hi = band["max"].flatMap({ expression($0, what: "'max'") })
      {
        spec.drillBand = (lo, hi)
      }
    }
    return spec
  }

  /// A title: `{vi, en}`, or `Enum.value` for the title of an enum's value.
  private mutating func readTitle(_ id: YAMLNodeID, schema: Schema) -> LocalizedText? {
    let doc = reader.document
    guard doc.kind(of: id) == .scalar else { return reader.localized(id, what: "a post's title")?.value }
    guard let text = reader.string(id, what: "a post's title")?.value else { return nil }
    let parts = text.split(separator: ".", maxSplits: 1).map(String.init)
    guard parts.count == 2, let e = schema.enumType(parts[0]), let value = e.value(parts[1]) else {
      var message = "'\(text)' names no value of an enum of the schema; write Enum.value or {vi: ..., en: ...}"
      if parts.count == 2, schema.enumType(parts[0]) == nil,
        let near = NameSuggestion.nearest(to: parts[0], in: schema.enums.map(\.name))
      {
        message += "; did you mean '\(near)'?"
      }
      reader.error("report.bad-title", message, at: id)
      return nil
    }
    return value.title ?? LocalizedText(vi: value.name, en: value.name)
  }
}
