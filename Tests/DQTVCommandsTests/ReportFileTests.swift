import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `--output` and the other report files: written whole through a temporary file nobody can
/// plant, with the bits of the file they replace, and never over a run's own inputs.
@Suite struct ReportFileTests {
  final class Folder {
    let url: URL
    init() throws {
      url = FileManager.default.temporaryDirectory.appendingPathComponent("dqtv-report-\(UUID().uuidString)")
      try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }
    deinit { try? FileManager.default.removeItem(at: url) }
    func path(_ name: String) -> String { url.appendingPathComponent(name).path }
    func text(_ name: String) -> String? { try? String(contentsOfFile: path(name), encoding: .utf8) }
    /// A copy of the mistakes sample in the folder.
    func submission() throws -> String {
      let copy = path("s.yaml")
      try FileManager.default.copyItem(
        atPath: packageRoot().appendingPathComponent("samples/commune-mistakes.yaml").path, toPath: copy)
      return copy
    }
  }

  static func mode(_ path: String) -> UInt32 {
    var info = stat()
    _ = stat(path, &info)
    return UInt32(info.st_mode) & 0o7777
  }

  /// The temporary name the writer once used was `.<name>.dqtv-<pid>.tmp`: a link planted
  /// there must not redirect the write (the command runs in this process, so the pid is ours).
  @Test func aLinkPlantedAtTheOldTemporaryNameIsNotFollowed() throws {
    let folder = try Folder()
    let submission = try folder.submission()
    try "victim\n".write(toFile: folder.path("victim"), atomically: false, encoding: .utf8)
    try FileManager.default.createSymbolicLink(
      atPath: folder.path(".r.txt.dqtv-\(getpid()).tmp"), withDestinationPath: folder.path("victim"))
    let run = try dqtv(["check", submission, "--output", folder.path("r.txt"), "--lang", "en"])
    #expect(run.status == 1, "\(run.stderr)")
    #expect(folder.text("victim") == "victim\n")
    #expect(folder.text("r.txt")?.contains("[ADMIN.KIND]") == true)
    // Nothing but the planted link is left beside the report.
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.url.path).sorted()
    #expect(names == [".r.txt.dqtv-\(getpid()).tmp", "r.txt", "s.yaml", "victim"])
  }

  @Test func aReplacedReportKeepsItsPermissionBits() throws {
    let folder = try Folder()
    let submission = try folder.submission()
    let report = folder.path("r.json")
    try "old".write(toFile: report, atomically: false, encoding: .utf8)
    chmod(report, 0o600)
    let run = try dqtv(["check", submission, "--json-output", report, "--lang", "en"])
    #expect(run.status == 1, "\(run.stderr)")
    #expect(Self.mode(report) == 0o600)
    #expect(folder.text("r.json")?.hasPrefix("{") == true)
  }

  @Test func aDirectoryAFIFOAndADeviceAreRefused() throws {
    let folder = try Folder()
    let submission = try folder.submission()
    #expect(mkfifo(folder.path("fifo"), 0o600) == 0)
    for (target, kind) in [
      (folder.url.path, "a directory"), (folder.path("fifo"), "a FIFO"), ("/dev/null", "a device"),
    ] {
      for option in ["--output", "--sarif-output"] {
        let run = try dqtv(["check", submission, option, target, "--lang", "en"])
        #expect(run.status == 2, "\(option) \(target)")
        #expect(run.stderr == "error: will not write the report to \(target): it is \(kind), not a regular file\n")
        #expect(run.stdout.isEmpty)
      }
    }
    let vi = try dqtv(["check", submission, "--output", folder.path("fifo")])
    #expect(
      vi.stderr
        == "error: không ghi báo cáo vào \(folder.path("fifo")): đó là một ống dẫn có tên, không phải tệp thường\n")
  }

  /// A hard link is another name for the same file: compared by device and inode, it is caught.
  @Test func anOutputThatIsAnInputIsRefusedAndTheInputKept() throws {
    let folder = try Folder()
    let submission = try folder.submission()
    let before = folder.text("s.yaml")
    try FileManager.default.linkItem(atPath: submission, toPath: folder.path("other-name.yaml"))
    let pack = folder.path("pack")
    try FileManager.default.copyItem(atPath: packageRoot().appendingPathComponent("rules/dqtv").path, toPath: pack)
    let waivers = folder.path("waivers.yaml")
    try "waivers: []\n".write(toFile: waivers, atomically: false, encoding: .utf8)
    let cases: [(String, String, String)] = [
      ("--output", folder.path("other-name.yaml"), submission),
      ("--json-output", waivers, waivers),
      ("--html-output", pack + "/pack.yaml", pack + "/pack.yaml"),
    ]
    for (option, target, input) in cases {
      let run = try dqtv(["check", submission, "--rules", pack, "--waivers", waivers, option, target, "--lang", "en"])
      #expect(run.status == 2, "\(option) \(target): \(run.stderr)")
      #expect(run.stderr == "error: will not write the report to \(target): it is the input \(input) of this run\n")
    }
    #expect(folder.text("s.yaml") == before)
    #expect(folder.text("waivers.yaml") == "waivers: []\n")
  }
}
