import Foundation
import TestSupport
import Testing

/// Rule tests read their inputs only from their pack's folder and the packs it extends, links
/// resolved; any other input is a lint error at its line, and its test is not run.
@Suite struct TestInputTests {
  /// `base` extends the bundled pack, `local` extends `base`; `outside` is no pack of theirs.
  static func packs() throws -> TempPacks {
    let p = try TempPacks()
    try p.write("base/pack.yaml", "name: base\nversion: '1'\ntitle: {vi: Gốc, en: Base}\nextends: dqtv\n")
    try p.write("base/data/ok.yaml", try TempPacks.sample)
    try p.write("local/pack.yaml", "name: local\nversion: '1'\ntitle: {vi: Địa phương, en: Local}\nextends: ../base\n")
    try p.write("local/data/ok.yaml", try TempPacks.sample)
    try p.write("outside/secret.yaml", "secret-marker: 1\n")
    try FileManager.default.createSymbolicLink(
      atPath: p.path("local/data/link.yaml"), withDestinationPath: "../../outside/secret.yaml")
    try p.write(
      "local/tests/t.yaml",
      """
      tests:
        - name: own
          input: ../data/ok.yaml
          expect: []
        - name: base
          input: ../../base/data/ok.yaml
          expect: []
        - name: climbs
          input: ../../../../../../../../etc/passwd
          expect: []
        - name: link
          input: ../data/link.yaml
          expect: []
        - name: absolute
          input: \(p.path("outside/secret.yaml"))
          expect: []

      """)
    return p
  }

  @Test func lintReportsEachInputOutsideThePackAtItsLine() throws {
    let p = try Self.packs()
    let run = try dqtv(["lint", p.path("local")])
    #expect(run.status == 1, "\(run)")
    let file = p.path("local/tests/t.yaml")
    let errors = (run.stdout + run.stderr).split(separator: "\n").filter { $0.contains("[test.input-outside-pack]") }
    // An absolute path is refused too, whatever it names.
    #expect(
      errors.map { String($0.prefix(while: { $0 != " " })) } == ["\(file):9:12:", "\(file):12:12:", "\(file):15:12:"],
      "\(run)")
    // The inputs of `own` and `base` are inside: no error at their lines.
    #expect(!(run.stdout + run.stderr).contains(":3:12: error") && !(run.stdout + run.stderr).contains(":6:12: error"))
  }

  @Test func testRunsOnlyTheInputsInsideThePacks() throws {
    let p = try Self.packs()
    let run = try dqtv(["test", p.path("local"), "--filter", "*", "--lang", "en"])
    let all = run.stdout + run.stderr
    #expect(run.status != 0)
    #expect(!all.contains("root:"), "\(all)")
    #expect(!all.contains("secret-marker"), "\(all)")
    #expect(all.contains("ERROR: climbs"), "\(all)")
    #expect(all.contains("ERROR: link"), "\(all)")
    #expect(!all.contains("ERROR: own") && !all.contains("FAIL: own"), "\(all)")
    #expect(!all.contains("ERROR: base") && !all.contains("FAIL: base"), "\(all)")
    #expect(all.contains("the input '../data/link.yaml' lies outside the pack's folder"), "\(all)")
  }
}
