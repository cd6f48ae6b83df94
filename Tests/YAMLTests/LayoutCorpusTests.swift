import Foundation
import TestSupport
import Testing

@testable import YAML

/// The same small province written in every layout of scripts/layouts.py (our generator's,
/// nested one-line flow collections, PyYAML's, ruamel.yaml's, libyaml's emitter, JSON): each
/// must be read as libyaml reads it, the YAML layouts by the line reader itself, and `dqtv
/// check` must find the same things in each, only at other places.
///
/// Needs python3 with PyYAML (and its libyaml bindings) and ruamel.yaml, as .ci/run installs.
@Suite struct LayoutCorpusTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  /// The layouts the line reader must read itself, rather than leave to libyaml: all of them.
  static let readByTheLineReader: Set<String> = [
    "1-ours.yaml", "2-flow.yaml", "3-pyyaml.yaml", "4-pyyaml-flow.yaml", "5-ruamel.yaml", "6-libyaml.yaml",
    "7-json-indented.json", "7-json-line.json",
  ]

  /// Writes the corpus into a new temporary folder; the names of its files, sorted.
  static func writeCorpus() throws -> (URL, [String]) {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dqtv-layouts-\(UUID().uuidString)")
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [
      "python3", root.appendingPathComponent("scripts/layouts.py").path, folder.path,
      "--communes", "2", "--villages-max", "3", "--militia-max", "60", "--error-rate", "4",
    ]
    process.standardOutput = FileHandle.nullDevice
    let errors = Pipe()
    process.standardError = errors
    try process.run()
    let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    try #require(process.terminationStatus == 0, "scripts/layouts.py failed: \(message)")
    let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    return (folder, files)
  }

  /// The findings of a JSON report, each without its place (file, line, column), as sorted
  /// canonical JSON texts.
  static func findingsWithoutPlaces(_ report: String) throws -> [String] {
    let object = try #require(try JSONSerialization.jsonObject(with: Data(report.utf8)) as? [String: Any])
    let findings = try #require(object["findings"] as? [[String: Any]])
    return try findings.map { finding in
      var f = finding
      for key in ["file", "line", "column"] { f.removeValue(forKey: key) }
      return String(decoding: try JSONSerialization.data(withJSONObject: f, options: [.sortedKeys]), as: UTF8.self)
    }.sorted()
  }

  @Test func everyLayoutIsReadAsLibyamlReadsItAndGivesTheSameFindings() throws {
    let (folder, files) = try Self.writeCorpus()
    defer { try? FileManager.default.removeItem(at: folder) }
    #expect(files.count == 8, "\(files)")
    var reference: [String]?
    for name in files {
      let path = folder.appendingPathComponent(name).path
      let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
      // The line reader, when it reads the file, builds what libyaml builds.
      let accepted = PlainBlockReaderTests.compare(bytes)
      if Self.readByTheLineReader.contains(name) {
        #expect(accepted, "the line reader gave up on \(name)")
      }

      let run = try runDQTV(["check", path, "--format", "json"])
      #expect(run.status == 1, "\(name): exit \(run.status): \(run.stderr)")
      let findings = try Self.findingsWithoutPlaces(run.stdout)
      guard let reference else {
        #expect(name == "1-ours.yaml")
        // The data has mistakes: the comparison means something only if there are findings.
        #expect(findings.count >= 5, "\(findings)")
        reference = findings
        continue
      }
      #expect(findings == reference, "\(name): \(Set(findings).symmetricDifference(reference))")
    }
  }
}
