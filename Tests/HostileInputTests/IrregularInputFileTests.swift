import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Waivers files and pack files that are FIFOs (no writer: reading one would wait forever) or
/// devices, through the built `dqtv`: refused at once with exit 2 and the file named, in both
/// languages.
@Suite struct IrregularInputFileTests {
  static let sample = packageRoot().appendingPathComponent("samples/commune-mistakes.yaml").path
  static let rules = packageRoot().appendingPathComponent("rules/dqtv")

  @Test(arguments: ["vi", "en"]) func aWaiversFIFOIsRefused(lang: String) throws {
    let scratch = try Scratch()
    let fifo = scratch.path("x.yaml")
    #expect(mkfifo(fifo, 0o600) == 0)
    let run = try runBounded(["check", Self.sample, "--waivers", fifo, "--lang", lang], timeout: 30)
    #expect(!run.timedOut, "\(run)")
    #expect(run.status == 2, "\(run)")
    #expect(run.stdout.isEmpty)
    let expected =
      lang == "en"
      ? "error: will not read \(fifo): it is not a regular file"
      : "error: không đọc \(fifo): đó không phải là một tệp thông thường"
    #expect(run.stderr.contains(expected), "\(run)")
  }

  @Test func aWaiversDeviceIsRefused() throws {
    let run = try runBounded(["check", Self.sample, "--waivers", "/dev/zero", "--lang", "en"], timeout: 30)
    #expect(!run.timedOut, "\(run)")
    #expect(run.status == 2, "\(run)")
    #expect(run.stderr.contains("will not read /dev/zero: it is not a regular file"), "\(run)")
  }

  /// A copy of the bundled pack with `file` replaced by a FIFO.
  func packWithFIFO(_ file: String, in scratch: Scratch) throws -> String {
    let pack = scratch.url.appendingPathComponent("pack")
    try FileManager.default.copyItem(at: Self.rules, to: pack)
    let target = pack.appendingPathComponent(file).path
    try FileManager.default.removeItem(atPath: target)
    #expect(mkfifo(target, 0o600) == 0)
    return pack.path
  }

  @Test(arguments: ["vi", "en"]) func aPackYAMLThatIsAFIFOIsRefused(lang: String) throws {
    let scratch = try Scratch()
    let pack = try packWithFIFO("pack.yaml", in: scratch)
    for command in [["check", Self.sample, "--rules", pack], ["lint", pack]] {
      let run = try runBounded(command + ["--lang", lang], timeout: 30)
      #expect(!run.timedOut, "\(command[0]): \(run)")
      #expect(run.status == 2, "\(command[0]): \(run)")
      let expected =
        lang == "en"
        ? "will not read \(pack)/pack.yaml: it is not a regular file"
        : "không đọc \(pack)/pack.yaml: đó không phải là một tệp thông thường"
      #expect((run.stdout + run.stderr).contains(expected), "\(command[0]): \(run)")
    }
  }

  @Test func aRuleFileThatIsAFIFOIsRefused() throws {
    let scratch = try Scratch()
    let pack = try packWithFIFO("admin.yaml", in: scratch)
    let run = try runBounded(["check", Self.sample, "--rules", pack, "--lang", "en"], timeout: 30)
    #expect(!run.timedOut, "\(run)")
    #expect(run.status == 2, "\(run)")
    #expect(run.stderr.contains("will not read \(pack)/admin.yaml: it is not a regular file"), "\(run)")
  }
}
