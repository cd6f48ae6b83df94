import Foundation
import TestSupport

/// Generators of hostile inputs. Each input is built when a test runs, never kept in the
/// repository.
enum HostileInput {
  /// The start of a valid submission, so that a problem later in the file is the only one.
  static let header = "format: dqtv-submission/1\nas_of: 2026-06-30\n"

  /// "Billion laughs": `levels` anchors, each a list of ten aliases of the one before, so that
  /// the last one stands for 10^levels scalars.
  static func aliasBomb(levels: Int = 9) -> String {
    var text = header + "lol: &l0 lol\n"
    for level in 1...levels {
      let aliases = Array(repeating: "*l\(level - 1)", count: 10).joined(separator: ", ")
      text += "l\(level): &l\(level) [\(aliases)]\n"
    }
    return text
  }

  /// A value nested `depth` levels deep in flow style: `[[[[...]]]]`.
  static func flowNesting(depth: Int) -> String {
    header + "communes: " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "\n"
  }

  /// A value nested `depth` levels deep in block style: block sequences in compact form,
  /// `- - - - x`, each dash opening a sequence inside the one before.
  static func blockNesting(depth: Int) -> String {
    header + "communes:\n" + String(repeating: "- ", count: depth) + "x\n"
  }

  /// Writes a submission with one plain scalar of `bytes` bytes to `path`, in chunks.
  static func writeLongScalar(bytes: Int, to path: String) throws {
    _ = FileManager.default.createFile(atPath: path, contents: nil)
    let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
    defer { try? handle.close() }
    try handle.write(contentsOf: Data((header + "note: ").utf8))
    let chunk = Data(repeating: UInt8(ascii: "x"), count: 1 << 20)
    var left = bytes
    while left > 0 {
      let n = min(left, chunk.count)
      try handle.write(contentsOf: n == chunk.count ? chunk : chunk.prefix(n))
      left -= n
    }
    try handle.write(contentsOf: Data("\n".utf8))
  }

  /// `count` random bytes from a seeded generator, the same on every run.
  static func randomBytes(count: Int, seed: UInt64) -> [UInt8] {
    var g = SplitMix64(state: seed)
    return (0..<count).map { _ in UInt8(truncatingIfNeeded: g.next()) }
  }

  /// A submission with a NUL byte in the middle of its second line's value.
  static let nulBytes: [UInt8] =
    Array("format: dqtv-submission/1\nas_of: 2026".utf8) + [0]
    + Array("-06-30\ncommunes: []\n".utf8)

  /// A mapping of `count` distinct keys, and when `duplicateAtEnd`, the first key once more on
  /// the last line.
  static func wideMapping(count: Int, duplicateAtEnd: Bool) -> String {
    var text = header + "communes:\n  - code: \"00001\"\n    extra:\n"
    text.reserveCapacity(count * 20)
    for i in 0..<count { text += "      k\(i): \(i)\n" }
    if duplicateAtEnd { text += "      k0: again\n" }
    return text
  }
}
