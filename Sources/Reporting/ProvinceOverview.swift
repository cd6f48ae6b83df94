import RuleEngine

/// The figures the HTML report draws: each commune's command board against what the law
/// requires, and which communes drill in the year judged.
///
/// Read from the decoded data, not from findings, so that a compliant commune is drawn too.
/// Whether a count breaks the law is still the rules' verdict: the charts colour a bar by the
/// `BCH.*.COUNT` findings of its commune.
public struct ProvinceOverview: Sendable {
  /// A post on a commune's command board, with the number the law asks for.
  public struct Post: Sendable, Hashable {
    /// The schema's name of the position, as `chi_huy_truong`.
    public var position: String
    /// The position's name in both languages, from the schema.
    public var title: LocalizedText
    /// The id of the rule that counts this post, as `BCH.CHT.COUNT`.
    public var rule: String
    /// How many members of the board hold it.
    public var count: Int
    /// The fewest the law asks for.
    public var minimum: Int
    /// The most it allows; `nil` when there is no upper bound.
    public var maximum: Int?
  }

  /// One commune as the charts see it.
  public struct Commune: Sendable {
    /// The submission file it was read from.
    public var file: String
    /// Its data path, as `communes[3]`.
    public var path: String
    /// The commune's code (its key field).
    public var code: String
    /// The commune's name, as written in the data.
    public var name: String
    /// The board's posts, in the order of ``ProvinceOverview/charted``.
    public var posts: [Post]
    /// Whether it has a drill that is not cancelled in the year judged.
    public var drillsThisYear: Bool
  }

  /// Every commune of the submissions, in file order.
  public var communes: [Commune]
  /// The year whose drills count.
  public var year: Int
  /// The planned share of communes drilling each year, in percent, when the pack says.
  public var drillBand: ClosedRange<Int>?
  /// Whom the submissions describe: the province's name, or the commune's when there is one.
  public var subject: String?

  /// Creates an overview from its parts.
  public init(communes: [Commune], year: Int, drillBand: ClosedRange<Int>?, subject: String? = nil) {
    self.communes = communes
    self.year = year
    self.drillBand = drillBand
    self.subject = subject
  }

  /// The posts charted, in the order of the law (48/2019/QH14, Điều 20), with their rules.
  static let charted: [(position: String, rule: String)] = [
    ("chi_huy_truong", "BCH.CHT.COUNT"), ("chinh_tri_vien", "BCH.CTV.COUNT"),
    ("chinh_tri_vien_pho", "BCH.CTVP.COUNT"), ("pho_chi_huy_truong", "BCH.PCHT.COUNT"),
    ("tro_ly", "BCH.TROLY.COUNT"),
  ]

  /// Reads the communes of a submission, judged on `asOf` with the parameters of `pack`.
  public static func read(_ data: DataDocument, pack: RulePack, asOf: CalendarDate) -> ProvinceOverview {
    let deputies = pack.parameters["deputy_commanders"]?.value(on: asOf)
    let band = pack.parameters["drill_coverage_percent"]?.value(on: asOf)
    let titles = pack.schema.enumType("Position")
    var communes: [Commune] = []
    for id in data.objects(ofType: "Commune") {
      let reader = SlotReader(data: data)
      let designations = reader.strings(id, "designations")
      var counts: [String: Int] = [:]
      if let board = reader.object(id, "command_board") {
        for m in reader.objects(board, "members") {
          if let p = reader.string(m, "position") { counts[p, default: 0] += 1 }
        }
      }
      let posts = charted.map { entry -> Post in
        var range = (min: 1, max: Optional(1))
        if entry.position == "pho_chi_huy_truong", let deputies {
          let normal = Int(deputies.int("normal") ?? 1)
          let special = Int(deputies.int("special_max") ?? Int64(normal))
          range = (normal, designations.contains("trong_diem_qp") ? special : normal)
        }
        if entry.position == "tro_ly" { range.max = nil }
        let title = titles?.value(entry.position)?.title ?? LocalizedText(vi: entry.position, en: entry.position)
        return Post(
          position: entry.position, title: title, rule: entry.rule, count: counts[entry.position] ?? 0,
          minimum: range.min, maximum: range.max)
      }
      let drills = reader.objects(id, "drills").contains { d in
        guard case .date(let days)? = data.slot(d, field: "date") else { return false }
        return reader.string(d, "status") != "cancelled"
          && CalendarDate(daysSinceEpoch: Int(days)).year == asOf.year
      }
      communes.append(
        Commune(
          file: data.file, path: data.path(of: id), code: data.key(of: id) ?? "",
          name: reader.string(id, "name") ?? data.path(of: id), posts: posts, drillsThisYear: drills))
    }
    var drillBand: ClosedRange<Int>?
    if let lo = band?.int("min"), let hi = band?.int("max"), lo <= hi { drillBand = Int(lo)...Int(hi) }
    var subject = communes.count == 1 ? communes[0].name : nil
    if let province = SlotReader(data: data).object(data.root, "province"),
      let name = SlotReader(data: data).string(province, "name")
    {
      subject = name
    }
    return ProvinceOverview(communes: communes, year: asOf.year, drillBand: drillBand, subject: subject)
  }

  /// Joins the overviews of several submissions.
  public static func merged(_ parts: [ProvinceOverview]) -> ProvinceOverview? {
    guard let first = parts.first else { return nil }
    let subjects = Array(Set(parts.compactMap(\.subject))).sorted()
    return ProvinceOverview(
      communes: parts.flatMap(\.communes), year: first.year, drillBand: first.drillBand,
      subject: subjects.isEmpty ? nil : subjects.joined(separator: ", "))
  }

  /// How many communes drill in the year, and their share in percent.
  public var drillShare: (drilling: Int, total: Int, percent: Double) {
    let n = communes.filter(\.drillsThisYear).count
    return (n, communes.count, communes.isEmpty ? 0 : Double(n) * 100 / Double(communes.count))
  }
}

/// Reads fields of decoded records by name.
struct SlotReader {
  let data: DataDocument

  func string(_ id: ObjectID, _ field: String) -> String? {
    data.slot(id, field: field).flatMap { data.text(of: $0) }
  }

  func object(_ id: ObjectID, _ field: String) -> ObjectID? {
    guard case .object(let o)? = data.slot(id, field: field) else { return nil }
    return o
  }

  func objects(_ id: ObjectID, _ field: String) -> [ObjectID] {
    guard case .list(let l)? = data.slot(id, field: field) else { return [] }
    return (0..<data.listCount(l)).compactMap {
      if case .object(let o) = data.listItem(l, $0) { return o }
      return nil
    }
  }

  func strings(_ id: ObjectID, _ field: String) -> [String] {
    guard case .list(let l)? = data.slot(id, field: field) else { return [] }
    return (0..<data.listCount(l)).compactMap {
      if let text = data.text(of: data.listItem(l, $0)) { return text }
      return nil
    }
  }
}

extension ParameterValue {
  /// An int field of a map value.
  func int(_ key: String) -> Int64? {
    guard case .map(let entries, _) = self, case .int(let i)? = entries[key] else { return nil }
    return i
  }
}
