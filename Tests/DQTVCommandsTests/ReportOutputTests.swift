import Foundation
import TestSupport
import Testing

/// The report files written beside `--format`, colour on and off, and shell completions.
@Suite struct ReportOutputTests {
  @Test func everyReportFileIsWrittenInOneRun() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dqtv-outputs-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    func path(_ name: String) -> String { folder.appendingPathComponent(name).path }
    let run = try dqtv([
      "check", "samples/commune-mistakes.yaml", "--json-output", path("r.json"), "--sarif-output", path("r.sarif"),
      "--junit-output", path("r.xml"), "--html-output", path("r.html"),
    ])
    #expect(run.status == 1)
    #expect(run.stdout.contains(": error: ["), "the text report still goes to standard output")
    #expect(try String(contentsOfFile: path("r.json"), encoding: .utf8).hasPrefix("{\n  \"tool\""))
    #expect(try String(contentsOfFile: path("r.sarif"), encoding: .utf8).contains("\"version\" : \"2.1.0\""))
    #expect(try String(contentsOfFile: path("r.xml"), encoding: .utf8).hasPrefix("<?xml"))
    #expect(try String(contentsOfFile: path("r.html"), encoding: .utf8).hasPrefix("<!DOCTYPE html>"))
    let json = try dqtv(["check", "samples/commune-mistakes.yaml", "--format", "json"])
    #expect(try String(contentsOfFile: path("r.json"), encoding: .utf8) == json.stdout)
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == [
        "r.html", "r.json", "r.sarif", "r.xml",
      ])
  }

  @Test func anExistingReportIsReplacedWhole() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dqtv-replace-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let target = folder.appendingPathComponent("report.html").path
    try "old".write(toFile: target, atomically: true, encoding: .utf8)
    for _ in 0..<2 {
      let run = try dqtv(["check", "samples/commune-mistakes.yaml", "--format", "html", "--output", target])
      #expect(run.status == 1, "\(run.stderr)")
      #expect(run.stdout.isEmpty)
      #expect(try String(contentsOfFile: target, encoding: .utf8).hasSuffix("</html>\n"))
    }
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["report.html"])
  }

  @Test func aReportFileThatCannotBeWrittenIsExitTwo() throws {
    let run = try dqtv([
      "check", "samples/commune-compliant.yaml", "--sarif-output", "/no/such/folder/r.sarif", "--lang", "en",
    ])
    #expect(run.status == 2)
    #expect(run.stderr.contains("error: cannot write /no/such/folder/r.sarif: No such file or directory\n"))
    let vi = try dqtv(["check", "samples/commune-compliant.yaml", "--sarif-output", "/no/such/folder/r.sarif"])
    #expect(vi.stderr.contains("error: không ghi được /no/such/folder/r.sarif: không có tệp hoặc thư mục này\n"))
  }

  @Test func colourOnlyWhenAskedAndAlwaysWinsOverNoColor() throws {
    let args = ["check", "samples/commune-mistakes.yaml", "--only", "DQ.*"]
    let escape = "\u{1B}["
    #expect(!(try dqtv(args, environment: ["NO_COLOR": ""])).stdout.contains(escape), "a pipe is not a terminal")
    let always = try dqtv(args + ["--color", "always"], environment: ["NO_COLOR": ""])
    #expect(always.stdout.contains("\u{1B}[1;31merror\u{1B}[0m: [DQ."))
    #expect(!(try dqtv(args + ["--color", "never"])).stdout.contains(escape))
    #expect(!(try dqtv(args, environment: ["NO_COLOR": "1"])).stdout.contains(escape))
    // An explicit flag overrides the variable (no-color.org): through the built binary, whose
    // NO_COLOR comes from the process's own environment.
    let binary = try runDQTV(args + ["--color", "always"], environment: ["NO_COLOR": "1"])
    #expect(binary.stdout.contains("\u{1B}[1;31merror\u{1B}[0m: [DQ."))
    #expect(!(try dqtv(args + ["--color", "always", "--format", "json"])).stdout.contains(escape))
    #expect(try dqtv(args + ["--color", "purple"]).status == 64)
  }

  @Test func englishEverywhere() throws {
    for format in ["text", "junit", "html"] {
      let run = try dqtv(["check", "samples/commune-mistakes.yaml", "--lang", "en", "--format", format])
      for word in ["lỗi", "cảnh báo", "Căn cứ", "Tóm tắt", "miễn trừ"] {
        #expect(!run.stdout.contains(word), "\(format): \(word)")
      }
    }
  }

  @Test func shellCompletionsAreGenerated() throws {
    for shell in ["bash", "zsh", "fish"] {
      let run = try dqtv(["--generate-completion-script", shell])
      #expect(run.status == 0)
      #expect(run.stdout.contains("waivers"), "\(shell)")
      #expect(run.stdout.contains("sarif"), "\(shell)")
    }
  }
}
