import CEL
import Foundation
import RuleEngine
import SourceDiagnostics
import TestSupport
import Testing
import YAML

@testable import DQTVCommands

/// Inputs the fuzz targets (Fuzz/, `scripts/fuzz.sh`) once found a problem with, replayed
/// through the same steps on every test run. A file under `Regressions/yaml/` goes through the
/// loader, the schema decoder and the engine with the bundled pack; one under
/// `Regressions/cel/` through the CEL parser, checker and evaluator.
@Suite struct FuzzReplayTests {
  static let folder = packageRoot().appendingPathComponent("Tests/HostileInputTests/Regressions")

  static func inputs(_ target: String) -> [String] {
    let dir = folder.appendingPathComponent(target)
    let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
    return names.filter { !$0.hasPrefix(".") && !$0.hasSuffix(".md") }.sorted().map {
      dir.appendingPathComponent($0).path
    }
  }

  static let pack: CompiledPack? = {
    let selection = Workspace.bundled.loadPacks([])
    return selection.hasErrors ? nil : selection.packs.first
  }()

  @Test(arguments: inputs("yaml"))
  func yamlInputEndsWithAnAnswer(path: String) throws {
    let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
    let pack = try #require(Self.pack)
    let loaded = YAMLLoader().load(bytes: bytes, name: "fuzz.yaml")
    _ = SnippetRenderer(files: [SourceFile(path: "fuzz.yaml", bytes: bytes)]).render(loaded.diagnostics)
    guard let yaml = loaded.document else {
      #expect(loaded.diagnostics.hasErrors)
      return
    }
    let decoded = SubmissionDecoder(schema: pack.pack.schema).decode(yaml)
    guard let data = decoded.data else { return }
    let asOf = try #require(CalendarDate(year: 2026, month: 1, day: 1))
    _ = Engine().check(CheckRequest(data: data, pack: pack, asOf: asOf))
  }

  @Test(arguments: inputs("cel"))
  func celInputEndsWithAnAnswer(path: String) throws {
    let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
    guard let text = String(validating: bytes, as: UTF8.self) else { return }
    let parsed = CELParser().parse(text)
    guard let expression = parsed.expression else {
      #expect(!parsed.diagnostics.isEmpty)
      return
    }
    let pack = try #require(Self.pack)
    var declarations = pack.declarations
    declarations.variables["self"] = .object("Commune")
    declarations.variables["x"] = .int
    let checked = CELChecker(declarations: declarations).check(expression)
    var budget = CostBudget(limit: 20_000)
    let activation = Bindings(["x": .int(7)])
    _ = try Program(expression).evaluate(activation, budget: &budget).displayText
    if let c = checked.checked {
      budget.reset()
      _ = try Program(c).evaluate(activation, budget: &budget).displayText
    }
  }
}
