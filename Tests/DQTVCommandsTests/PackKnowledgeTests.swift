import Foundation
import TestSupport
import Testing

/// The pack owns what it knows of the law: Swift spells none of its rule ids, parameters or
/// types, and reports follow the pack when they are renamed.
@Suite struct PackKnowledgeTests {
  static let pack = packageRoot().appendingPathComponent("rules/dqtv")

  /// Rule ids, parameter names, and type and enum names of the bundled pack.
  static func packNames() throws -> (ids: Set<String>, parameters: Set<String>, types: Set<String>) {
    var ids = Set<String>()
    var parameters = Set<String>()
    var types = Set<String>()
    let files = try FileManager.default.contentsOfDirectory(atPath: pack.path).filter { $0.hasSuffix(".yaml") }
    let id = try Regex(#"^\s*- id: ([A-Z0-9.\-]+)\s*$"#)
    let key = try Regex(#"^  ([A-Za-z_][A-Za-z0-9_]*):"#)
    for file in files {
      let text = try String(contentsOf: pack.appendingPathComponent(file), encoding: .utf8)
      var section = ""
      for line in text.split(separator: "\n").map(String.init) {
        if let m = try id.wholeMatch(in: line), let s = m.output[1].substring { ids.insert(String(s)) }
        if !line.hasPrefix(" "), let colon = line.firstIndex(of: ":") { section = String(line[..<colon]) }
        guard let m = try key.firstMatch(in: line), let name = m.output[1].substring.map(String.init) else { continue }
        if file == "params.yaml" && section == "params" { parameters.insert(name) }
        if file == "schema.yaml" && (section == "types" || section == "enums") { types.insert(name) }
      }
    }
    return (ids, parameters, types)
  }

  @Test func noSwiftSourceSpellsAnIdParameterOrTypeOfTheBundledPack() throws {
    let names = try Self.packNames()
    // The reader of the pack above must find something, or this test proves nothing.
    #expect(names.ids.contains("ADMIN.KIND") && names.ids.count > 40)
    #expect(names.parameters.count >= 5)
    #expect(names.types.count >= 20)
    let sources = packageRoot().appendingPathComponent("Sources")
    let files = FileManager.default.enumerator(atPath: sources.path)?.compactMap { $0 as? String } ?? []
    var found: [String] = []
    for file in files where file.hasSuffix(".swift") && !file.hasSuffix(".generated.swift") {
      let text = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
      for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
        let code = line.trimmingCharacters(in: .whitespaces).hasPrefix("//") ? "" : String(line)
        guard !code.isEmpty else { continue }
        for name in names.ids.union(names.parameters) where Self.containsWord(name, in: code) {
          found.append("\(file):\(n + 1): \(name)")
        }
        // "Submission" is also the report's English word for a file of data.
        for name in names.types.subtracting(["Submission"]) where code.contains("\"\(name)\"") {
          found.append("\(file):\(n + 1): \"\(name)\"")
        }
      }
    }
    #expect(found == [], "Swift spells names of the bundled pack; the pack should own them")
  }

  /// Whether `word` occurs in `text` not as part of a longer name.
  static func containsWord(_ word: String, in text: String) -> Bool {
    var rest = Substring(text)
    while let range = rest.range(of: word) {
      let before = range.lowerBound == text.startIndex ? nil : text[text.index(before: range.lowerBound)]
      let after = range.upperBound == text.endIndex ? nil : text[range.upperBound]
      let inName = { (c: Character?) in c.map { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." } ?? false }
      if !inName(before) && !inName(after) { return true }
      rest = text[range.upperBound...]
    }
    return false
  }

  /// The HTML section with this id.
  static func section(_ id: String, of html: String) -> Substring? {
    guard let start = html.range(of: "<section id=\"\(id)\">"),
      let end = html[start.upperBound...].range(of: "</section>")
    else { return nil }
    return html[start.lowerBound..<end.upperBound]
  }

  /// Old spelling → new, applied to every file of a copy of the pack, in order.
  static let renames: [(String, String)] = [
    ("BCH.CHT.COUNT", "QQB.HEADX.TALLY"), ("BCH.CTV.COUNT", "QQB.POLX.TALLY"), ("BCH.CTVP.COUNT", "QQB.POLDEPX.TALLY"),
    ("BCH.PCHT.COUNT", "QQB.HEADDEPX.TALLY"), ("BCH.TROLY.COUNT", "QQB.AIDEX.TALLY"), ("BCH", "QQB"),
    ("Commune", "Wardx"), ("commune.", "wardx."), ("Position", "Postx"),
    ("deputy_commanders", "deputiesx"), ("drill_coverage_percent", "drillsharex"),
  ]

  @Test func theHTMLReportFollowsAPackWhoseIdsTypesAndParametersAreRenamed() throws {
    let copy = FileManager.default.temporaryDirectory.appendingPathComponent("dqtv-renamed-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: copy) }
    try FileManager.default.copyItem(at: Self.pack, to: copy)
    let files = FileManager.default.enumerator(atPath: copy.path)?.compactMap { $0 as? String } ?? []
    var changed = 0
    for file in files where file.hasSuffix(".yaml") {
      let url = copy.appendingPathComponent(file)
      let text = try String(contentsOf: url, encoding: .utf8)
      let renamed = Self.renames.reduce(text) { $0.replacingOccurrences(of: $1.0, with: $1.1) }
      #expect(!Self.renames.contains { text.contains($0.1) }, "\(file) already holds a new name")
      if renamed != text { changed += 1 }
      try renamed.write(to: url, atomically: true, encoding: .utf8)
    }
    #expect(changed >= 5)
    // The mistakes sample breaks two of the counting rules, so some bars are coloured.
    let samples = ["samples/province-thanh-hoa.yaml", "samples/commune-mistakes.yaml"]
    let lint = try dqtv(["lint", copy.path, "--lang", "en"])
    #expect(lint.stdout.contains("0 error(s)"), "\(lint.stdout)\(lint.stderr)")
    let original = try dqtv(["check"] + samples + ["--format", "html", "--lang", "en"])
    let renamed = try dqtv(["check"] + samples + ["--format", "html", "--lang", "en", "--rules", copy.path])
    #expect(original.status == 1 && renamed.status == 1)
    #expect(renamed.stdout.contains("<g class=\"warn\"><title>Xã Thiệu Hóa — deputy commander: 2"))
    var back = renamed.stdout.replacingOccurrences(of: copy.path, with: "rules/dqtv")
    for (old, new) in Self.renames { back = back.replacingOccurrences(of: new, with: old) }
    // The charts are the same; the lists of findings may sort renamed ids otherwise.
    for chart in ["board", "drills", "heatmap"] {
      let drawn = try #require(Self.section(chart, of: original.stdout))
      #expect(Self.section(chart, of: back) == drawn, "\(chart)")
    }
  }
}
