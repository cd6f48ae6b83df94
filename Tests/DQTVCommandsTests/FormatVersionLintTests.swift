import Foundation
import TestSupport
import Testing

/// `dqtv lint` warns at a schema's `submission_format` when no field of the root has the role
/// `format-version`: the format would be asked of no submission.
@Suite struct FormatVersionLintTests {
  /// The bundled pack, copied, with its schema's `role: format-version` removed when `withRole`
  /// is false.
  static func pack(withRole: Bool) throws -> (TempPacks, String) {
    let p = try TempPacks()
    let folder = p.path("dqtv")
    try FileManager.default.copyItem(atPath: packageRoot().appendingPathComponent("rules/dqtv").path, toPath: folder)
    if !withRole {
      let schema = folder + "/schema.yaml"
      let text = try String(contentsOfFile: schema, encoding: .utf8)
      let role = "        role: format-version\n"
      #expect(text.components(separatedBy: role).count == 2, "the bundled schema has one format-version role")
      try text.replacingOccurrences(of: role, with: "").write(toFile: schema, atomically: false, encoding: .utf8)
    }
    return (p, folder)
  }

  @Test func aFormatNoFieldHoldsIsAWarningAtItsLine() throws {
    let (p, folder) = try Self.pack(withRole: false)
    _ = p
    let schema = folder + "/schema.yaml"
    let text = try String(contentsOfFile: schema, encoding: .utf8)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    let line = try #require(lines.firstIndex { $0.hasPrefix("submission_format: ") }) + 1
    let column = "submission_format: ".count + 1

    let en = try dqtv(["lint", folder, "--lang", "en"])
    #expect(en.status == 0, "\(en)")
    let warning = try #require(
      en.stdout.split(separator: "\n").first { $0.hasPrefix("\(schema):\(line):\(column): warning") }, "\(en)")
    #expect(warning.contains("[lint.format-without-field]"), "\(warning)")
    #expect(
      warning.contains(
        "the schema names the submission format 'dqtv-submission/1' (submission_format), but no field of the root type Submission has the role format-version"
      ), "\(warning)")

    let vi = try dqtv(["lint", folder, "--lang", "vi"])
    let viWarning = try #require(
      vi.stdout.split(separator: "\n").first { $0.contains("[lint.format-without-field]") }, "\(vi)")
    #expect(viWarning.hasPrefix("\(schema):\(line):\(column):"), "\(viWarning)")
    #expect(viWarning.contains("kiểu gốc Submission không có trường nào mang vai trò `format-version`"), "\(viWarning)")
  }

  @Test func aFormatWithItsFieldIsNotWarned() throws {
    let (p, folder) = try Self.pack(withRole: true)
    _ = p
    let run = try dqtv(["lint", folder, "--lang", "en"])
    #expect(run.status == 0, "\(run)")
    #expect(!run.stdout.contains("lint.format-without-field"), "\(run)")
    #expect(run.stdout.contains("0 warning(s)"), "\(run)")
  }
}
