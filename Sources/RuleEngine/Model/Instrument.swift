import SourceDiagnostics

/// A legal document a pack's rules may cite (RULES.md, "Instruments"): its number as the
/// rules' `basis` writes it, its title in each language, when it is in force, and a link.
package struct Instrument: Sendable {
  /// The document's number, as `48/2019/QH14`, where `instruments.yaml` names it.
  package var doc: Located<String>
  package var title: LocalizedText
  /// The first day in force, when known.
  package var from: CalendarDate?
  /// The last day in force (inclusive), when it has an end.
  package var until: CalendarDate?
  package var url: String?
  /// The pack whose `instruments.yaml` lists it.
  package var pack: String

  package init(
    doc: Located<String>, title: LocalizedText, from: CalendarDate? = nil, until: CalendarDate? = nil,
    url: String? = nil, pack: String
  ) {
    self.doc = doc
    self.title = title
    self.from = from
    self.until = until
    self.url = url
    self.pack = pack
  }
}

/// What a pack's `instruments.yaml` says, with those of the packs it extends folded in.
package struct InstrumentList: Sendable {
  /// Every instrument, the pack's own first, then its bases'.
  package var instruments: [Instrument] = []
  /// The last day the pack knows the law for; the lowest of the lineage.
  package var lawKnownUntil: Located<CalendarDate>?

  package init(instruments: [Instrument] = [], lawKnownUntil: Located<CalendarDate>? = nil) {
    self.instruments = instruments
    self.lawKnownUntil = lawKnownUntil
  }

  package var isEmpty: Bool { instruments.isEmpty }

  /// The instrument a citation's document number names.
  package func instrument(_ doc: String) -> Instrument? {
    instruments.first { $0.doc.value == doc }
  }
}
