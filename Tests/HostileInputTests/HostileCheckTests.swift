import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Hostile submissions through the built `dqtv check`: each ends (a timeout stops a hang) in
/// bounded memory, with exit 2 and a message that names the file, line and column, and never
/// with a signal.
@Suite(.serialized) struct HostileCheckTests {
  /// Checks the outcome every hostile submission must have: exit 2, a report on standard output
  /// that says only that the file was not read (its line and the summary), and
  /// `file:line:col: error:` with `message` on standard error.
  func expectRefused(_ run: BoundedRun, at place: String?, saying message: String) {
    #expect(!run.timedOut, "\(run)")
    #expect(run.signal == nil, "\(run)")
    #expect(run.status == 2, "\(run)")
    let lines = run.stdout.split(separator: "\n")
    #expect(lines.count == 2 && lines[0].contains(": error: "), "\(run)")
    #expect(lines.last?.hasSuffix(" not read).") == true || lines.last?.hasSuffix(" không kiểm tra được).") == true)
    if let place { #expect(run.stderr.contains("\(place): error:"), "\(run)") }
    #expect(run.stderr.contains(message), "\(run)")
  }

  @Test func anAliasBombIsStoppedAtTheAliasThatPassesTheCap() throws {
    let scratch = try Scratch()
    let path = try scratch.write("bomb.yaml", HostileInput.aliasBomb(levels: 9))
    // The timeout is a hang guard (an expanded bomb never ends), about 50 times what the
    // refusal takes on a loaded machine; that the cost does not grow with the bomb is measured
    // by `scripts/hostile_scale_bench.py`.
    let run = try runBounded(["check", path, "--lang", "en"], timeout: 60)
    // l1...l5 stand for 123,450 nodes through their aliases, and each alias of l6 for 111,111
    // more: the eighth alias of l6 (line 9, column 45) passes the cap of a million.
    expectRefused(run, at: "\(path):9:45", saying: "alias bomb")
  }

  /// The root mapping is the first level: the 128th bracket or dash opens the 129th.
  @Test(arguments: [
    ("flow", HostileInput.flowNesting(depth: 200_000), "3:138"),
    ("block", HostileInput.blockNesting(depth: 200_000), "4:255"),
  ])
  func nestingTwoHundredThousandDeepIsRefusedAtTheLimit(style: String, text: String, place: String) throws {
    let scratch = try Scratch()
    let path = try scratch.write("\(style).yaml", text)
    // The timeout is a hang guard, about 40 times what the refusal takes on a loaded machine.
    let run = try runBounded(["check", path, "--lang", "en"], timeout: 60)
    expectRefused(run, at: "\(path):\(place)", saying: "nest more than 128 levels")
  }

  @Test func aScalarOf120MBIsRefusedInBoundedMemory() throws {
    let scratch = try Scratch()
    let path = scratch.path("long.yaml")
    let size = 120 << 20
    try HostileInput.writeLongScalar(bytes: size, to: path)
    let run = try runBounded(["check", path, "--lang", "en"], timeout: 120)
    expectRefused(run, at: "\(path):3:7", saying: "the limit is 1048576")
    // libyaml holds one scalar whole before it hands it over; nothing else may hold the file.
    #expect(run.peakMemoryBytes < 3 * size, "\(run)")
  }

  @Test(arguments: [1 as UInt64, 2, 3, 4, 5])
  func randomBytesAreRefusedWithTheirPlace(seed: UInt64) throws {
    let scratch = try Scratch()
    let path = try scratch.write("random.yaml", HostileInput.randomBytes(count: 64 << 10, seed: seed))
    // The timeout is a hang guard, over 100 times what the refusal takes on a loaded machine.
    let run = try runBounded(["check", path, "--lang", "en"], timeout: 60)
    expectRefused(run, at: nil, saying: "[yaml.")
    let place = try Regex(#"random\.yaml:\d+:\d+: error: "#)
    #expect(run.stderr.contains(place), "\(run)")
  }

  @Test func aNULByteIsRefusedAtItsPlace() throws {
    let scratch = try Scratch()
    let path = try scratch.write("nul.yaml", HostileInput.nulBytes)
    let run = try runBounded(["check", path, "--lang", "en"], timeout: 60)
    expectRefused(run, at: "\(path):2:12", saying: "NUL byte (U+0000)")
  }

  @Test func aNULByteOnStandardInputIsRefusedAtItsPlace() throws {
    let scratch = try Scratch()
    let path = try scratch.write("nul.yaml", HostileInput.nulBytes)
    let run = try runBounded(
      ["check", "-", "--stdin-filename", "xa.yaml", "--lang", "en"], stdinPath: path, timeout: 60)
    expectRefused(run, at: "xa.yaml:2:12", saying: "NUL byte (U+0000)")
  }

  /// How the time grows with the width is measured by `scripts/hostile_scale_bench.py`.
  @Test func aDuplicateAmongManyKeysIsFoundAtItsPlace() throws {
    let scratch = try Scratch()
    let path = try scratch.write("wide.yaml", HostileInput.wideMapping(count: 30_000, duplicateAtEnd: true))
    let run = try runBounded(["check", path, "--lang", "en"], timeout: 300)
    expectRefused(run, at: "\(path):30006:7", saying: "the key 'k0' appears twice")
  }

  @Test func aFIFOWhoseWriterHasGoneIsRefusedAtItsPlace() throws {
    // The FIFO is read once: neither the loader nor the snippet opens it again (with its writer
    // gone, a second open would wait forever).
    let scratch = try Scratch()
    let fifo = scratch.path("pipe.yaml")
    guard mkfifo(fifo, 0o600) == 0 else { throw RunFailure("mkfifo failed: \(errno)") }
    let writer = Process()
    writer.executableURL = URL(fileURLWithPath: "/bin/sh")
    writer.arguments = ["-c", "printf 'format: dqtv-submission/1\\nas_of: [2026\\n' > \"$0\"", fifo]
    try writer.run()
    defer {
      if writer.isRunning { writer.terminate() }
      writer.waitUntilExit()
    }
    let run = try runBounded(["check", fifo], timeout: 60)
    expectRefused(run, at: "\(fifo):3:1", saying: "[yaml.syntax]")
  }
}
