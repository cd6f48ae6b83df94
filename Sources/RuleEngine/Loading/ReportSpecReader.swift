import SourceDiagnostics
import YAML

extension RuleFileReader {
  /// Reads the `report:` block of `pack.yaml`. Enum value names in titles (`Position.tro_ly`)
  /// are looked up in `schema`.
  mutating func readReport(_ node: YAMLNodeID, schema: Schema) -> ReportSpec? {
    guard
      let f = reader.mapping(
        node, what: PackPart.reportBlock(),
        optional: ["unit_name", "subject", "titles", "topics", "staffing", "drills"])
    else { return nil }
    var spec = ReportSpec(
      unitName: f["unit_name"].flatMap { expression($0, what: PackPart.key("unit_name")) },
      subject: f["subject"].flatMap { expression($0, what: PackPart.key("subject")) }, topics: [], posts: [],
      location: reader.location(node))
    let doc = reader.document
    if let t = f["titles"], let titles = reader.mapping(t, what: PackPart.key("titles"), optional: ReportSpec.titleKeys)
    {
      for key in titles.order {
        if let title = reader.localized(titles[key]!, what: PackPart.reportTitle(["name": key])) {
          spec.titles[key] = title.value
        }
      }
    }
    if let t = f["topics"],
      let topics = reader.mapping(
        t, what: PackPart.key("topics"), optional: doc.pairs(of: t).compactMap { doc.string($0.key) })
    {
      for name in topics.order {
        if let title = reader.localized(topics[name]!, what: PackPart.topicName(["name": name])) {
          spec.topics.append((name, title.value))
        }
      }
    }
    if let s = f["staffing"], let items = reader.sequence(s, what: PackPart.key("staffing")) {
      for item in items {
        guard
          let p = reader.mapping(
            item, what: PackPart.staffingPost(), required: ["rule", "title", "count", "min"], optional: ["max"]),
          let rule = p["rule"].flatMap({ reader.string($0, what: PackPart.key("rule")) }),
          let title = p["title"].flatMap({ readTitle($0, schema: schema) }),
          let count = p["count"].flatMap({ expression($0, what: PackPart.key("count")) }),
          let minimum = p["min"].flatMap({ expression($0, what: PackPart.key("min")) })
        else { continue }
        spec.posts.append(
          ReportSpec.Post(
            rule: rule, title: title, count: count, minimum: minimum,
            maximum: p["max"].flatMap { expression($0, what: PackPart.key("max")) }))
      }
    }
    if let d = f["drills"],
      let drills = reader.mapping(d, what: PackPart.key("drills"), required: ["held"], optional: ["band"])
    {
      spec.drillHeld = drills["held"].flatMap { expression($0, what: PackPart.key("held")) }
      if let b = drills["band"], let band = reader.mapping(b, what: PackPart.key("band"), required: ["min", "max"]),
        let lo = band["min"].flatMap({ expression($0, what: PackPart.key("min")) }),
        let hi = band["max"].flatMap({ expression($0, what: PackPart.key("max")) })
      {
        spec.drillBand = (lo, hi)
      }
    }
    return spec
  }

  /// A title: `{vi, en}`, or `Enum.value` for the title of an enum's value.
  private mutating func readTitle(_ id: YAMLNodeID, schema: Schema) -> LocalizedText? {
    let doc = reader.document
    guard doc.kind(of: id) == .scalar else { return reader.localized(id, what: PackPart.postTitle())?.value }
    guard let text = reader.string(id, what: PackPart.postTitle())?.value else { return nil }
    let parts = text.split(separator: ".", maxSplits: 1).map(String.init)
    guard parts.count == 2, let e = schema.enumType(parts[0]), let value = e.value(parts[1]) else {
      var message = PackMessage.badTitle(["text": text])
      if parts.count == 2, schema.enumType(parts[0]) == nil,
        let near = NameSuggestion.nearest(to: parts[0], in: schema.enums.map(\.name))
      {
        message = message + PackReaderMessage.suggestion(near)
      }
      reader.error("report.bad-title", message, at: id)
      return nil
    }
    return value.title ?? LocalizedText(vi: value.name, en: value.name)
  }
}
