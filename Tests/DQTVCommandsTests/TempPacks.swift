import Foundation
import TestSupport
import Testing

/// A temporary folder of pack files written by a test, removed when the test ends.
final class TempPacks {
  let url: URL

  init() throws {
    url = FileManager.default.temporaryDirectory.appendingPathComponent("dqtv-authoring-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(at: url) }

  func path(_ name: String) -> String { url.appendingPathComponent(name).path }

  func write(_ name: String, _ text: String) throws {
    let target = url.appendingPathComponent(name)
    try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
    try text.write(to: target, atomically: false, encoding: .utf8)
  }

  /// The bundled pack copied into this folder as `dqtv`, its report titles `keys` removed and
  /// `words` (lines of YAML under `titles:`, none when empty) put in their place; the folder.
  func bundledPack(replacingTitles keys: [String], with words: String) throws -> String {
    let folder = path("dqtv")
    try FileManager.default.copyItem(atPath: packageRoot().appendingPathComponent("rules/dqtv").path, toPath: folder)
    let file = folder + "/pack.yaml"
    let lines = try String(contentsOfFile: file, encoding: .utf8).split(
      separator: "\n", omittingEmptySubsequences: false)
    let kept = lines.filter { line in !keys.contains { line.hasPrefix("    \($0):") } }
    #expect(lines.count - kept.count == keys.count, "the bundled pack gives each of \(keys)")
    let at = try #require(kept.firstIndex { $0 == "  titles:" }) + 1
    var text = kept
    if !words.isEmpty { text.insert(Substring(words), at: at) }
    try text.joined(separator: "\n").write(toFile: file, atomically: false, encoding: .utf8)
    return folder
  }

  /// The compliant sample submission of the repository.
  static var sample: String {
    get throws {
      try String(contentsOf: packageRoot().appendingPathComponent("samples/commune-compliant.yaml"), encoding: .utf8)
    }
  }

  /// A province pack extending the bundled pack with one rule that fires on every commune, so
  /// that any national test expecting `only` its own findings would fail on the whole pack.
  static func province() throws -> TempPacks {
    let p = try TempPacks()
    try p.write("province/pack.yaml", "name: province\nversion: '1'\ntitle: {vi: Tỉnh, en: Province}\nextends: dqtv\n")
    try p.write(
      "province/targets.yaml",
      """
      rules:
        - id: TINH.DAN_SO
          title: {vi: Dân số tối thiểu, en: Least population}
          basis:
            - {doc: "12/2026/KH-UBND", text: "kế hoạch của tỉnh"}
          severity: warning
          effective: {from: 2026-01-01}
          scope: Commune
          require: self.population > 1000000
          at: self.population
          message:
            vi: "{self.name} có ít hơn một triệu dân."
            en: "{self.name} has fewer than a million people."

      """)
    try p.write(
      "province/instruments.yaml",
      """
      instruments:
        - doc: "12/2026/KH-UBND"
          title: {vi: Kế hoạch của Ủy ban nhân dân tỉnh, en: Plan of the provincial People's Committee}
          in_force: {from: 2026-01-01}

      """)
    try p.write("province/data/commune.yaml", try sample)
    try p.write(
      "province/tests/targets.yaml",
      """
      tests:
        - name: the province target fires on the sample
          input: ../data/commune.yaml
          expect:
            - {rule: TINH.DAN_SO, at: "communes[0].population"}
          only: true

      """)
    return p
  }
}
