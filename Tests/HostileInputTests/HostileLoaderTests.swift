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
    #expect(Date().timeIntervalSince(started) < 20)
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
    #expect(Date().timeIntervalSince(started) < 20)
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
    let started = Date()
    let result = YAMLLoader(options: options(maxFileBytes: 4 << 20)).load(contentsOf: path, name: "growing.yaml")
    #expect(Date().timeIntervalSince(started) < 20)
    #expect(result.document == nil)
    let d = try #require(result.diagnostics.sorted.first)
    #expect(d.code == "yaml.file-too-large")
    #expect(d.location?.line == 1)
  }

  /// The size of a file in bytes, 0 when it cannot be read.
  static func size(of path: String) -> Int {
    var info = stat()
    return stat(path, &info) == 0 ? Int(info.st_size) : 0
  }

  @Test func aMappingOf300000KeysLoadsQuickly() throws {
    let text = HostileInput.wideMapping(count: 300_000, duplicateAtEnd: false)
    let started = Date()
    let result = YAMLLoader().load(text, name: "wide.yaml")
    let seconds = Date().timeIntervalSince(started)
    #expect(result.diagnostics.isEmpty)
    #expect(result.document != nil)
    #expect(seconds < 10, "\(seconds) s")
  }

  @Test func aMappingOf300000EqualKeysIsNotQuadratic() throws {
    // The worst case of the duplicate check: every key the same. Each repeat is matched with
    // the first at once, and the reports stop at the diagnostics cap.
    var text = "m:\n"
    for _ in 0..<300_000 { text += "  k: 1\n" }
    let started = Date()
    let result = YAMLLoader().load(text, name: "same.yaml")
    #expect(Date().timeIntervalSince(started) < 10)
    #expect(result.document == nil)
    #expect(result.diagnostics.sorted.first?.code == "yaml.duplicate-key")
  }
}
