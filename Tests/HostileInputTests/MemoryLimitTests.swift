import Foundation
import TestSupport
import Testing

/// A submission larger than the process's memory limits allow, through the built `dqtv`: refused
/// before it is read, with exit 2 and how much it would need, instead of an abort half-way.
@Suite(.serialized) struct MemoryLimitTests {
  static let sample = packageRoot().appendingPathComponent("samples/commune-compliant.yaml").path

  /// A valid province of `communes` copies of the sample's commune, each with a code of its own
  /// (about 19 KB each).
  static func province(communes: Int) throws -> String {
    let text = try String(contentsOfFile: sample, encoding: .utf8)
    let start = try #require(text.range(of: "\ncommunes:\n"))
    let header = text[..<start.upperBound]
    let commune = text[start.upperBound...]
    var out = String(header)
    out.reserveCapacity(header.utf8.count + communes * (commune.utf8.count + 8))
    for i in 0..<communes {
      out += commune.replacingOccurrences(of: "code: \"16279\"", with: "code: \"\(String(70000 + i))\"")
    }
    return out
  }

  /// Runs the built `dqtv` with `arguments` under `ulimit -v kibibytes`, through `sh`.
  static func runLimited(
    kibibytes: Int, _ arguments: [String]
  ) throws -> (status: Int32, stdout: String, stderr: String) {
    let scratch = try Scratch()
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    let quoted = ([dqtvExecutable().path] + arguments).map { "'\($0)'" }.joined(separator: " ")
    process.arguments = [
      "-c", "ulimit -v \(kibibytes) && exec \(quoted) >'\(scratch.path("out"))' 2>'\(scratch.path("err"))'",
    ]
    try process.run()
    process.waitUntilExit()
    let out = (try? String(contentsOfFile: scratch.path("out"), encoding: .utf8)) ?? ""
    let err = (try? String(contentsOfFile: scratch.path("err"), encoding: .utf8)) ?? ""
    return (
      process.terminationReason == .uncaughtSignal ? 128 + process.terminationStatus : process.terminationStatus, out,
      err
    )
  }

  @Test func aFileThatCannotFitUnderUlimitIsRefusedUpFront() throws {
    let scratch = try Scratch()
    // 3,200 communes, about 60 MB: checking it takes about 4 times that, far past 200 MiB of
    // address space, in which the binary itself starts and checks a commune (below).
    let path = try scratch.write("large.yaml", try Self.province(communes: 3_200))
    let size = try #require(try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int)
    #expect(size > 55 << 20, "\(size)")
    let limit = 200 * 1024

    let small = try Self.runLimited(kibibytes: limit, ["check", Self.sample, "--lang", "en"])
    #expect(small.status == 0, "\(small)")
    #expect(small.stdout.contains("0 errors"), "\(small)")

    let run = try Self.runLimited(kibibytes: limit, ["check", path, "--lang", "en"])
    #expect(run.status == 2, "\(run.status) \(run.stderr.prefix(400))")
    // The report still lists the file, as not read.
    #expect(run.stdout.contains("large.yaml: error: not read: not enough memory"), "\(run.stdout)")
    let message = try Regex(
      #"^error: not enough memory to check .*large\.yaml: it would need about (\d+) MiB, but the limit `ulimit -v` allows (\d+) MiB; raise the limit or split the file"#
    )
    let match = try #require(try message.firstMatch(in: run.stderr), "\(run.stderr)")
    let needed = try #require(Int(match.output[1].substring ?? ""))
    let allowed = try #require(Int(match.output[2].substring ?? ""))
    #expect(allowed == 199 || allowed == 200, "\(allowed)")
    #expect(needed >= 4 * (size >> 20) && needed < 4 * (size >> 20) + 200, "\(needed) for \(size >> 20) MiB")

    let vi = try Self.runLimited(kibibytes: limit, ["check", path])
    #expect(vi.status == 2)
    #expect(vi.stderr.contains("không đủ bộ nhớ để kiểm tra"), "\(vi.stderr)")
    #expect(vi.stderr.contains("nhưng giới hạn `ulimit -v` chỉ cho phép"), "\(vi.stderr)")
  }
}
