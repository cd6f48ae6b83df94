import Foundation
import TestSupport
import Testing

/// A submission whose file name is not UTF-8 (Latin-1 bytes, as names copied from old Windows
/// machines have), through the built `dqtv`: read by the bytes of its name, and shown escaped in
/// every output.
@Suite struct NonUTF8FileNameTests {
  static let mistakes = packageRoot().appendingPathComponent("samples/commune-mistakes.yaml").path

  /// Runs `script` with `sh` in a fresh folder, with `$DQTV` the built binary and `$SAMPLE`
  /// the sample with mistakes, `$RULES` the bundled pack's folder; returns its status and streams.
  static func shell(_ script: String) throws -> (status: Int32, stdout: String, stderr: String) {
    let scratch = try Scratch()
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.currentDirectoryURL = scratch.url
    process.arguments = ["-c", script + " >out.txt 2>err.txt"]
    process.environment = [
      "DQTV": dqtvExecutable().path, "SAMPLE": mistakes,
      "RULES": packageRoot().appendingPathComponent("rules/dqtv").path,
      "PATH": "/usr/bin:/bin",
    ]
    try process.run()
    process.waitUntilExit()
    let out = (try? String(contentsOfFile: scratch.path("out.txt"), encoding: .utf8)) ?? ""
    let err = (try? String(contentsOfFile: scratch.path("err.txt"), encoding: .utf8)) ?? ""
    return (process.terminationStatus, out, err)
  }

  /// `x\343.yaml`: "x", the Latin-1 byte of "ã", ".yaml".
  static let create = #"name="$(printf 'x\343.yaml')"; cp "$SAMPLE" "$name"; "#

  @Test func aLatin1NameIsCheckedAndShownEscapedInText() throws {
    let text = try Self.shell(Self.create + #"exec "$DQTV" check "$name" --lang en"#)
    #expect(text.status == 1, "\(text.stderr)")
    #expect(text.stderr.isEmpty, "\(text.stderr)")
    let lines = text.stdout.split(separator: "\n")
    #expect(lines.count > 5)
    #expect(
      lines.dropLast().allSatisfy { $0.hasPrefix(#"x\xE3.yaml:"#) },
      "\(lines.prefix(3))")
    #expect(text.stdout.contains(#"x\xE3.yaml:17:11: error: [ADMIN.KIND]"#), "\(text.stdout)")
    #expect(!text.stdout.contains("\u{FFFD}"))
  }

  @Test func theEscapedNameIsInJSONAndSARIF() throws {
    let json = try Self.shell(Self.create + #"exec "$DQTV" check "$name" --format json"#)
    #expect(json.status == 1, "\(json.stderr)")
    let report = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    let submissions = try #require(report["submissions"] as? [[String: Any]])
    #expect(submissions.first?["file"] as? String == #"x\xE3.yaml"#)
    let findings = try #require(report["findings"] as? [[String: Any]])
    #expect(!findings.isEmpty)
    #expect(findings.allSatisfy { ($0["file"] as? String) == #"x\xE3.yaml"# }, "\(findings.first ?? [:])")

    let sarif = try Self.shell(Self.create + #"exec "$DQTV" check "$name" --format sarif"#)
    #expect(sarif.status == 1, "\(sarif.stderr)")
    // The URI points at the real file: its byte, percent-encoded, not its escaped form.
    #expect(sarif.stdout.contains(#""uri" : "x%E3.yaml""#), "\(sarif.stdout.prefix(2000))")
    #expect(!sarif.stdout.contains("%5CxE3"))
  }

  @Test func aMissingLatin1NameIsNamedEscaped() throws {
    let run = try Self.shell(#"exec "$DQTV" check "$(printf 'y\343.yaml')" --lang en"#)
    #expect(run.status == 2)
    #expect(run.stderr.contains(#"cannot read y\xE3.yaml: No such file or directory"#), "\(run.stderr)")
  }

  @Test func aYAMLErrorInALatin1NameIsPlacedAndShown() throws {
    let run = try Self.shell(
      #"printf 'format: dqtv-submission/1\nas_of: [\n' > "$(printf 'b\343d.yaml')"; "#
        + #"exec "$DQTV" check "$(printf 'b\343d.yaml')" --lang en"#)
    #expect(run.status == 2)
    #expect(run.stderr.contains(#"b\xE3d.yaml:3:1: error: YAML syntax error"#), "\(run.stderr)")
  }
}
