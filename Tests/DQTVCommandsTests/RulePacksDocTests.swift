import Foundation
import TestSupport
import Testing

/// Every example of `docs/rule-packs.md` runs through the binary: a fenced block whose info
/// string has `file=PATH` is written to PATH in a temporary folder; a `sh exit=N` block is run
/// there line by line (`dqtv …` by the built binary, `cp` from the repository), each `dqtv` line
/// ending with status N, and each `# expect: TEXT` line under it asks for TEXT in its output.
@Suite struct RulePacksDocTests {
  struct Block {
    var info: [String: String]
    var kind: String
    var lines: [String]
    var line: Int
  }

  static func blocks(_ markdown: String) -> [Block] {
    var blocks: [Block] = []
    var current: Block?
    for (i, line) in markdown.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      if line.hasPrefix("```") {
        if let block = current {
          blocks.append(block)
          current = nil
        } else {
          let words = line.dropFirst(3).split(separator: " ").map(String.init)
          var info: [String: String] = [:]
          for word in words.dropFirst() {
            let parts = word.split(separator: "=", maxSplits: 1).map(String.init)
            if parts.count == 2 { info[parts[0]] = parts[1] }
          }
          current = Block(info: info, kind: words.first ?? "", lines: [], line: i + 1)
        }
      } else {
        current?.lines.append(String(line))
      }
    }
    return blocks
  }

  /// A command line split into words, `'…'` quoting as the shell does.
  static func words(_ line: String) -> [String] {
    var words: [String] = []
    var word = ""
    var quoted = false
    var started = false
    for c in line {
      if c == "'" {
        quoted.toggle()
        started = true
      } else if c == " " && !quoted {
        if started { words.append(word) }
        word = ""
        started = false
      } else {
        word.append(c)
        started = true
      }
    }
    if started { words.append(word) }
    return words
  }

  @Test func everyExampleRunsAsDocumented() throws {
    let doc = try String(contentsOf: packageRoot().appendingPathComponent("docs/rule-packs.md"), encoding: .utf8)
    let blocks = Self.blocks(doc)
    let p = try TempPacks()
    let files = blocks.filter { $0.info["file"] != nil }
    #expect(files.count >= 6, "the document's example files")
    for block in files {
      try p.write(block.info["file"]!, block.lines.joined(separator: "\n") + "\n")
    }
    var commands = 0
    for block in blocks where block.kind == "sh" {
      let status = try #require(block.info["exit"].flatMap { Int32($0) }, "line \(block.line): sh needs exit=N")
      var last: (line: String, output: String)?
      for line in block.lines where !line.trimmingCharacters(in: .whitespaces).isEmpty {
        if line.hasPrefix("# expect: ") {
          let wanted = String(line.dropFirst("# expect: ".count))
          let run = try #require(last, "line \(block.line): an expectation before any command")
          #expect(run.output.contains(wanted), "\(run.line) should print \(wanted):\n\(run.output)")
          continue
        }
        let words = Self.words(line)
        switch words.first {
        case "cp":
          let target = URL(fileURLWithPath: p.path(words[2]))
          try FileManager.default.createDirectory(
            at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
          try FileManager.default.copyItem(at: packageRoot().appendingPathComponent(words[1]), to: target)
        case "dqtv":
          let run = try runDQTV(Array(words.dropFirst()), directory: p.url)
          commands += 1
          #expect(run.status == status, "\(line):\n\(run.stdout)\(run.stderr)")
          last = (line, run.stdout + run.stderr)
        default:
          Issue.record("line \(block.line): unknown command \(line)")
        }
      }
    }
    #expect(commands >= 8, "the document's commands")
  }

  /// The quick start's sample finding is what `dqtv check` prints for the value it shows typed
  /// as a title, and its commands run.
  @Test func theQuickStartShowsWhatTheToolPrints() throws {
    let guide = try String(contentsOf: packageRoot().appendingPathComponent("docs/huong-dan.md"), encoding: .utf8)
    let shown = try #require(guide.split(separator: "\n").first { $0.hasPrefix("bao-cao.yaml:") })
    let p = try TempPacks()
    try p.write(
      "bao-cao.yaml",
      try TempPacks.sample.replacingOccurrences(of: "position: chi_huy_truong\n", with: "position: Chỉ huy trưởng\n"))
    let run = try runDQTV(["check", "bao-cao.yaml"], directory: p.url)
    #expect(run.stdout.split(separator: "\n").contains(shown), "\(run)")
    let form = try runDQTV(["init", "commune"], directory: p.url)
    #expect(form.status == 0 && form.stdout.contains("as_of:"), "\(form)")
    let date = try runDQTV(["check", "bao-cao.yaml", "--as-of", "30/06/2026"], directory: p.url)
    #expect(date.stdout.contains(String(shown)), "\(date)")
  }

  @Test func theQuickStartIsLinkedFromTheReadme() throws {
    let readme = try String(contentsOf: packageRoot().appendingPathComponent("README.md"), encoding: .utf8)
    #expect(readme.contains("docs/huong-dan.md") && readme.contains("docs/rule-packs.md"))
  }
}
