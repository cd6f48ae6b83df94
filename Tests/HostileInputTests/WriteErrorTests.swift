import Foundation
import TestSupport
import Testing

/// Standard streams that cannot be written, through the built `dqtv`: a full disk, a closed
/// descriptor and a reader that went away never end in a crash.
@Suite(.serialized) struct WriteErrorTests {
  /// Runs `script` with bash, `$0` being the built `dqtv`, in the package root; returns what the
  /// script itself wrote on its standard output and standard error, and its exit status.
  func shell(_ script: String) throws -> CommandOutput {
    let scratch = try Scratch()
    let outPath = scratch.path("out")
    let errPath = scratch.path("err")
    _ = FileManager.default.createFile(atPath: outPath, contents: nil)
    _ = FileManager.default.createFile(atPath: errPath, contents: nil)
    let out = try FileHandle(forWritingTo: URL(fileURLWithPath: outPath))
    let err = try FileHandle(forWritingTo: URL(fileURLWithPath: errPath))
    defer {
      try? out.close()
      try? err.close()
    }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/bash")
    process.arguments = ["-c", script, dqtvExecutable().path]
    process.currentDirectoryURL = packageRoot()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    return CommandOutput(
      status: process.terminationStatus,
      stdout: String(decoding: FileManager.default.contents(atPath: outPath) ?? Data(), as: UTF8.self),
      stderr: String(decoding: FileManager.default.contents(atPath: errPath) ?? Data(), as: UTF8.self))
  }

  @Test func aFullDiskIsExit2WithOneLineInTheChosenLanguage() throws {
    for (lang, text) in [
      ("en", "error: cannot write to standard output: No space left on device\n"),
      ("vi", "error: không ghi được vào đầu ra chuẩn: ổ đĩa đã hết chỗ trống\n"),
    ] {
      let run = try shell(#""$0" check samples/commune-mistakes.yaml --lang "# + lang + #" >/dev/full"#)
      #expect(run.status == 2, "\(run)")
      #expect(run.stderr == text, "\(run)")
    }
  }

  /// A closed standard error is itself the write error: exit 2, and nothing else can be said.
  @Test func aClosedStandardErrorIsExit2() throws {
    // The file does not exist: the command has something to say on standard error.
    let run = try shell(#""$0" check no-such-file.yaml --lang en 2>&-; echo "status $?""#)
    // The report on standard output still lists the file that was not read.
    #expect(
      run.stdout
        == "no-such-file.yaml: error: not read: cannot read no-such-file.yaml: No such file or directory\n"
        + "0 errors, 0 warnings, 0 info; 0 rules applied, 1 file (1 not read).\nstatus 2\n", "\(run)")
    #expect(run.stderr.isEmpty, "\(run)")
  }

  /// A closed standard output, even when nothing else goes wrong, is not a clean run.
  @Test func aClosedStandardOutputIsExit2() throws {
    let run = try shell(#""$0" check samples/commune-compliant.yaml --lang en >&-"#)
    #expect(run.status == 2, "\(run)")
    #expect(run.stderr == "error: cannot write to standard output: Bad file descriptor\n", "\(run)")
  }

  /// With SIGPIPE ignored, a reader that goes away is EPIPE on the write: the run ends quietly
  /// with the status of its findings (1: the sample has errors), not with a signal.
  @Test func aBrokenPipeWithSIGPIPEIgnoredEndsQuietly() throws {
    // Two copies of the province make an HTML report larger than a pipe holds (64 KiB), and
    // `true` reads none of it.
    let files = Array(repeating: "samples/province-thanh-hoa.yaml", count: 2).joined(separator: " ")
    let run = try shell(
      #"trap '' PIPE; "$0" check "# + files + #" --format html --lang en | true; echo "status ${PIPESTATUS[0]}""#)
    #expect(run.stdout == "status 1\n", "\(run)")
    #expect(run.stderr.isEmpty, "\(run)")
  }

  /// With SIGPIPE at its default, the process ends by the signal, as other tools do.
  @Test func aBrokenPipeWithDefaultSIGPIPEEndsByTheSignal() throws {
    let files = Array(repeating: "samples/province-thanh-hoa.yaml", count: 2).joined(separator: " ")
    let run = try shell(
      #"trap - PIPE; "$0" check "# + files + #" --format html --lang en | true; echo "status ${PIPESTATUS[0]}""#)
    #expect(run.stdout == "status 141\n", "\(run)")
    #expect(run.stderr.isEmpty, "\(run)")
  }

  @Test func noSourceWritesThroughFileHandleOrUsesTryBang() throws {
    let sources = packageRoot().appendingPathComponent("Sources")
    let enumerator = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)
    var offenders: [String] = []
    while let url = enumerator?.nextObject() as? URL {
      guard url.pathExtension == "swift", let text = try? String(contentsOf: url, encoding: .utf8) else { continue }
      for pattern in ["try!", "FileHandle.standardOutput.write(", "FileHandle.standardError.write("]
      where text.contains(pattern) {
        offenders.append("\(url.lastPathComponent): \(pattern)")
      }
    }
    #expect(offenders.isEmpty)
  }
}
