import SourceDiagnostics
import YAML

/// Reads a pack's `instruments.yaml` (RULES.md, "Instruments"): `law_known_until` and the
/// list of instruments, each checked on its own line.
struct InstrumentReader {
  var reader: NodeReader
  let pack: String

  init(document: YAMLDocument, pack: String) {
    reader = NodeReader(document: document)
    self.pack = pack
  }

  /// The file's instruments, its own `law_known_until` folded with `base`'s, and errors for
  /// a document named twice (here or in a base) and a raised `law_known_until`.
  mutating func read(base: InstrumentList?) -> InstrumentList {
    let document = reader.document
    var result = base ?? InstrumentList()
    guard
      let f = reader.mapping(
        document.root, what: PackPart.key("instruments.yaml"), required: ["instruments"], optional: ["law_known_until"])
    else { return result }
    if let node = f["law_known_until"], let date = reader.date(node, what: PackPart.key("law_known_until")) {
      if let known = base?.lawKnownUntil, known.value < date.value {
        reader.error(
          "instruments.horizon-raised",
          PackMessage.horizonRaised(["date": date.value.description, "known": known.value.description]),
          at: node, notes: [.init(PackMessage.baseHorizon(), at: known.location)])
      } else {
        result.lawKnownUntil = date
      }
    }
    var own: [Instrument] = []
    guard let list = f["instruments"], let items = reader.sequence(list, what: PackPart.key("instruments")) else {
      return result
    }
    for item in items {
      guard
        let g = reader.mapping(
          item, what: PackPart.instrument(), required: ["doc", "title"], optional: ["in_force", "url"]),
        let doc = g["doc"].flatMap({ reader.string($0, what: PackPart.instrumentNumber()) }),
        let title = g["title"].flatMap({ reader.localized($0, what: PackPart.instrumentTitle()) })
      else { continue }
      var from: CalendarDate?
      var until: CalendarDate?
      if let period = g["in_force"],
        let p = reader.mapping(period, what: PackPart.key("in_force"), required: [], optional: ["from", "until"])
      {
        let start = p["from"].flatMap { reader.date($0, what: PackPart.key("from")) }
        let end = p["until"].flatMap { reader.date($0, what: PackPart.key("until")) }
        if let start, let end, end.value < start.value {
          reader.error(
            "instruments.bad-period",
            PackMessage.untilBeforeFrom(["until": end.value.description, "from": start.value.description]),
            at: p["until"]!)
          continue
        }
        from = start?.value
        until = end?.value
      }
      let url = g["url"].flatMap { reader.string($0, what: PackPart.instrumentLink())?.value }
      if let first = (own + result.instruments).first(where: { $0.doc.value == doc.value }) {
        reader.error(
          "instruments.duplicate", PackMessage.documentTwice(["doc": doc.value]), at: g["doc"]!,
          notes: [.init(PackMessage.firstListedHere(), at: first.doc.location)])
        continue
      }
      own.append(Instrument(doc: doc, title: title.value, from: from, until: until, url: url, pack: pack))
    }
    result.instruments = own + result.instruments
    return result
  }
}
