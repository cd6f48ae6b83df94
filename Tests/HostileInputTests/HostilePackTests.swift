import Foundation
import TestSupport
import Testing

/// Hostile rule packs through the built `dqtv`: an expression that would run too long, and a
/// pack of very many rules.
@Suite(.serialized) struct HostilePackTests {
  static let sample = packageRoot().appendingPathComponent("samples/commune-compliant.yaml").path
  static let packFile = "name: local\nversion: '1'\ntitle: {vi: Thử, en: Local}\nextends: dqtv\n"

  /// A rule of the `Commune` scope.
  static func rule(id: String, require: String, severity: String = "error") -> String {
    """
      - id: \(id)
        title: {vi: Thử \(id), en: Test \(id)}
        basis: [{doc: "12/2026/QĐ-UBND"}]
        severity: \(severity)
        effective: {from: 2026-01-01}
        scope: Commune
        require: \(require)
        message: {vi: "{self.name}", en: "{self.name}"}

    """
  }

  /// Writes a pack that extends `dqtv` with `rules` into a folder of `scratch`.
  static func writePack(_ scratch: Scratch, rules: String) throws -> String {
    let folder = scratch.url.appendingPathComponent("local")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try packFile.write(to: folder.appendingPathComponent("pack.yaml"), atomically: true, encoding: .utf8)
    try ("rules:\n" + rules).write(to: folder.appendingPathComponent("local.yaml"), atomically: true, encoding: .utf8)
    // The rules cite a provincial decision, which the pack lists among its instruments.
    try "instruments:\n  - doc: \"12/2026/QĐ-UBND\"\n    title: {vi: Quyết định, en: Decision}\n".write(
      to: folder.appendingPathComponent("instruments.yaml"), atomically: true, encoding: .utf8)
    return folder.path
  }

  /// That the budget also bounds the time (the rule adds about as much at ten million elements
  /// as at a million) is measured by `scripts/hostile_scale_bench.py`.
  @Test func aRuleThatIteratesAMillionElementsIsAnEvaluationError() throws {
    // Six bindings, each ten times the one before, make a list of a million elements, which
    // `all` walks: the cost budget stops it and the rule reports an evaluation error. The time
    // limit only stops a run that hangs.
    var expression = "f.all(x, x == 1)"
    let names = ["a", "b", "c", "d", "e", "f"]
    for (i, name) in names.enumerated().reversed() {
      let value =
        i == 0 ? "[1, 1, 1, 1, 1, 1, 1, 1, 1, 1]" : Array(repeating: names[i - 1], count: 10).joined(separator: " + ")
      expression = "cel.bind(\(name), \(value), \(expression))"
    }
    let scratch = try Scratch()
    let pack = try Self.writePack(scratch, rules: Self.rule(id: "LOCAL.MILLION", require: "'\(expression)'"))
    let run = try runBounded(
      ["check", Self.sample, "--rules", pack, "--only", "LOCAL.*", "--lang", "en"],
      timeout: 600)
    #expect(!run.timedOut && run.signal == nil, "\(run)")
    #expect(run.status == 1, "\(run)")
    #expect(
      run.stdout.contains(
        "error: [LOCAL.MILLION] the rule LOCAL.MILLION could not be evaluated at communes[0]: cost limit exceeded"),
      "\(run.stdout)")
  }

  /// How the time of lint and check grows with the number of rules (linear from 1,000 to
  /// 10,000) is measured by `scripts/hostile_scale_bench.py`; this test checks what they say.
  @Test func aPackOfManyRulesIsLintedAndCheckedRuleByRule() throws {
    let count = 1_000
    var rules = ""
    rules.reserveCapacity(count * 300)
    for i in 0..<count {
      rules += Self.rule(id: "LOCAL.R\(i)", require: "self.population >= \(i * 30)", severity: "info")
    }
    let scratch = try Scratch()
    let pack = try Self.writePack(scratch, rules: rules)

    // Lint runs every test of the lineage (the bundled pack's) with all the rules. No test of
    // the local pack makes its rules fire: one warning each, and no error.
    let lint = try runBounded(["lint", pack, "--lang", "en"], timeout: 600)
    #expect(!lint.timedOut && lint.signal == nil, "\(lint)")
    #expect(lint.status == 0, "\(lint)")
    #expect(
      lint.stdout.contains("1000 warning(s)") || lint.stdout.contains("1,000 warning(s)"),
      "\(lint.stdout.suffix(400))")
    let untested = lint.stdout.split(separator: "\n").filter { $0.contains("no test of this pack makes 'LOCAL.R") }
    #expect(untested.count == count, "\(lint.stdout.suffix(400))")

    let check = try runBounded(
      ["check", Self.sample, "--rules", pack, "--lang", "en", "--fail-on", "never"], timeout: 600)
    #expect(!check.timedOut && check.signal == nil, "\(check)")
    #expect(check.status == 0, "\(check)")
    // The commune's population is 21,430: the rules asking for more (715 * 30 = 21,450 and
    // up) fire, those asking for 714 * 30 = 21,420 or less do not.
    let fired = check.stdout.split(separator: "\n").filter { $0.contains("info: [LOCAL.R") }
    #expect(fired.count == count - 715, "\(check.stdout.suffix(400))")
    #expect(fired.contains { $0.contains("[LOCAL.R715]") } && !fired.contains { $0.contains("[LOCAL.R714]") })
  }
}
