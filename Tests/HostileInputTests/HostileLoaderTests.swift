import Foundation
import SourceDiagnostics
import Testing
import YAML

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Hostile inputs at the loader, where limits can be set small: streams that never end or grow
/// while they are read, and very wide mappings.
@Suite(.serialized) struct HostileLoaderTests {
  /// A writer that fills a FIFO for as long as someone reads it; stopped when released.
  final class EndlessWriter {
    let process = Process()

    init(fifo: String, line: String) throws {
      process.executableURL = URL(fileURLWithPath: "/bin/sh")
      process.arguments = ["-c", "exec yes -- \"$0\" > \"$1\"", line, fifo]
      process.standardError = FileHandle.nullDevice
      try process.run()
    }

    deinit {
      if process.isRunning { process.terminate() }
      process.waitUntilExit()
    }
  }

  func makeFIFO(_ scratch: Scratch, _ name: String) throws -> String {
    let path = scratch.path(name)
    guard mkfifo(path, 0o600) == 0 else { throw RunFailure("mkfifo failed: \(errno)") }
    return path
  }

  func options(maxFileBytes: Int) -> YAMLLoadOptions {
    var o = YAMLLoadOptions()
    o.maxFileBytes = maxFileBytes
    return o
  }

  @Test func aFIFOFedWithoutEndStopsAtTheFileLimit() throws {
    let scratch = try Scratch()
    let fifo = try makeFIFO(scratch, "endless.yaml")
    let writer = try EndlessWriter(fifo: fifo, line: "- Xã Đông Tiến")
    let started = Date()
    let result = YAMLLoader(options: options(maxFileBytes: 1 << 20)).load(contentsOf: fifo, name: "endless.yaml")
    withExtendedLifetime(writer) {}
    // A hang guard, not a speed claim: the read takes about a second on a loaded machine.
    #expect(Date().timeIntervalSince(started) < 60)
    #expect(result.document == nil)
    let d = try #require(result.diagnostics.sorted.first)
    #expect(d.code == "yaml.file-too-large")
    #expect(d.message == "endless.yaml is larger than the limit of 1048576 bytes")
    #expect(d.location?.file == "endless.yaml")
  }

  @Test func aFIFOWhoseWriterHasGoneIsReadToItsEnd() throws {
    // The error is placed from the bytes already read: the FIFO, now without a writer, is not
    // opened again (that would wait for a writer forever).
    let scratch = try Scratch()
    let fifo = try makeFIFO(scratch, "short.yaml")
    let writer = Process()
    writer.executableURL = URL(fileURLWithPath: "/bin/sh")
    writer.arguments = ["-c", "printf 'a: 1\\nb: [2\\n' > \"$0\"", fifo]
    try writer.run()
    let started = Date()
    let result = YAMLLoader().load(contentsOf: fifo, name: "short.yaml")
    writer.waitUntilExit()
    // A hang guard, not a speed claim: the read takes about a second on a loaded machine.
    #expect(Date().timeIntervalSince(started) < 60)
    let d = try #require(result.diagnostics.sorted.first)
    #expect(d.code == "yaml.syntax")
    #expect(d.location?.line == 3)
  }

  @Test func aFileThatGrowsWhileItIsReadStopsAtTheFileLimit() throws {
    let scratch = try Scratch()
    let path = scratch.path("growing.yaml")
    _ = FileManager.default.createFile(atPath: path, contents: Data("items:\n".utf8))
    // The writer stops by itself at 64 MiB, so that nothing can fill the disk.
    let writer = Process()
    writer.executableURL = URL(fileURLWithPath: "/bin/sh")
    writer.arguments = ["-c", "yes -- '  - Xã Đông Tiến' | head -c 67108864 >> \"$0\"", path]
    try writer.run()
    defer {
      writer.terminate()
      writer.waitUntilExit()
    }
    // Let the file grow past the limit first: the load meets a file that is already too large
    // and still growing.
    let waiting = Date()
    while Self.size(of: path) < 8 << 20 && Date().timeIntervalSince(waiting) < 20 {
      usleep(1_000)
    }
    // No time limit: the writer stops at 64 MiB, so even a read to the end would end; what
    // the test proves is the refusal.
    let result = YAMLLoader(options: options(maxFileBytes: 4 << 20)).load(contentsOf: path, name: "growing.yaml")
    #expect(result.document == nil)
    let d = try #require(result.diagnostics.sorted.first)
    #expect(d.code == "yaml.file-too-large")
    #expect(d.message == "growing.yaml is larger than the limit of 4194304 bytes")
    #expect(d.location?.line == 1)
  }

  /// The size of a file in bytes, 0 when it cannot be read.
  static func size(of path: String) -> Int {
    var info = stat()
    return stat(path, &info) == 0 ? Int(info.st_size) : 0
  }

  // How the loader's time grows with the width of a mapping (linear, beside libyaml's own
  // event loop) is measured by `scripts/hostile_scale_bench.py`; these tests check what it
  // builds and reports.

  @Test func aWideMappingKeepsEveryKeyAndValueInOrder() throws {
    let count = 30_000
    let result = YAMLLoader().load(HostileInput.wideMapping(count: count, duplicateAtEnd: false), name: "wide.yaml")
    #expect(result.diagnostics.isEmpty)
    let document = try #require(result.document)
    let communes = try #require(document.value(forKey: "communes", in: document.root))
    let commune = try #require(document.items(of: communes).first)
    let extra = try #require(document.value(forKey: "extra", in: commune))
    #expect(document.count(of: extra) == count)
    var mismatches = 0
    for (i, pair) in document.pairs(of: extra).enumerated()
    where document.string(pair.key) != "k\(i)" || document.string(pair.value) != "\(i)" {
      mismatches += 1
    }
    #expect(mismatches == 0)
  }

  @Test func aMappingOfEqualKeysReportsEachRepeatUpToTheCap() throws {
    // The worst case of the duplicate check: every key the same. Each repeat is matched with
    // the first; past the diagnostics cap the repeats are only counted.
    let count = 30_000
    let text = "m:\n" + String(repeating: "  k: 1\n", count: count)
    let result = YAMLLoader().load(text, name: "same.yaml")
    #expect(result.document == nil)
    let diagnostics = result.diagnostics
    #expect(diagnostics.count == Diagnostics.defaultLimit)
    #expect(diagnostics.count + diagnostics.droppedCount == count - 1)
    #expect(diagnostics.allSatisfy { $0.code == "yaml.duplicate-key" })
    let first = try #require(diagnostics.sorted.first)
    #expect(first.location?.line == 3)
    #expect(first.location?.column == 3)
    #expect(first.notes.first?.location?.line == 2)
  }
}
