import Foundation
import TestSupport
import Testing

/// A long `extends` chain through the built `dqtv`: loaded without recursion, and refused past
/// the limit with an error at the `extends` that passes it, never a crashed stack.
@Suite(.serialized) struct ExtendsChainTests {
  static let sample = packageRoot().appendingPathComponent("samples/commune-compliant.yaml").path

  /// Writes packs p0...p(count-1), p0 extending the bundled pack and each other the one before
  /// it (by absolute path, so that no path grows with the chain); returns the folder of each.
  static func writeChain(_ scratch: Scratch, count: Int) throws -> [String] {
    var folders: [String] = []
    for i in 0..<count {
      let folder = scratch.path("p\(i)")
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
      let extends = i == 0 ? "dqtv" : folders[i - 1]
      try "name: p\(i)\nversion: '1'\ntitle: {vi: Gói \(i), en: Pack \(i)}\nextends: \(extends)\n"
        .write(toFile: folder + "/pack.yaml", atomically: false, encoding: .utf8)
      folders.append(folder)
    }
    return folders
  }

  @Test func aChainOf1800PacksIsRefusedAtTheExtendsThatPassesTheLimit() throws {
    let scratch = try Scratch()
    let folders = try Self.writeChain(scratch, count: 1800)
    for (lang, words) in [("en", "makes a chain of more than 64 packs"), ("vi", "dài hơn 64 bộ quy tắc")] {
      let run = try runBounded(["check", Self.sample, "--rules", folders[1799], "--lang", lang], timeout: 60)
      #expect(run.signal == nil, "\(run)")
      #expect(run.status == 2, "\(run)")
      #expect(run.stdout.isEmpty, "\(run)")
      // The outermost pack is the first of 64; the 64th, p(1799-63), names the 65th.
      #expect(run.stderr.hasPrefix("\(folders[1799 - 63])/pack.yaml:4:10: error:"), "\(run)")
      #expect(
        run.stderr.contains(
          "'extends: \(folders[1799 - 64])' \(lang == "en" ? "" : "tạo thành chuỗi kế thừa ")\(words)"), "\(run)")
      #expect(run.stderr.contains("[pack.extends-too-deep]"), "\(run)")
    }
  }

  /// 63 packs and the bundled one make 64: the longest chain there may be, loaded and checked.
  @Test func aChainOf64PacksIsLoaded() throws {
    let scratch = try Scratch()
    let folders = try Self.writeChain(scratch, count: 64)
    let longest = try runBounded(["check", Self.sample, "--rules", folders[62], "--lang", "en"], timeout: 60)
    #expect(longest.status == 0, "\(longest)")
    #expect(longest.stdout.hasPrefix("0 errors"), "\(longest)")
    let oneMore = try runBounded(["check", Self.sample, "--rules", folders[63], "--lang", "en"], timeout: 60)
    #expect(oneMore.status == 2, "\(oneMore)")
    #expect(
      oneMore.stderr.hasPrefix("\(folders[0])/pack.yaml:4:10: error: 'extends: dqtv' makes a chain"), "\(oneMore)")
  }
}
