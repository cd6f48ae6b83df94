import Foundation
import Testing

/// Every other kind of path a command takes, named by Latin-1 bytes (not UTF-8), through the
/// built `dqtv`: report files, waivers, pack folders, and the submission of `convert`,
/// `explain` and `eval --data`. Each is opened by its bytes and shown escaped.
@Suite struct NonUTF8PathKindsTests {
  static func shell(_ script: String) throws -> (status: Int32, stdout: String, stderr: String) {
    try NonUTF8FileNameTests.shell("{ " + script + "; }")
  }

  /// The sample with mistakes as `x\343.yaml`.
  static let create = NonUTF8FileNameTests.create

  @Test func reportsAreWrittenToLatin1Names() throws {
    let run = try Self.shell(
      #"r="$(printf 'r\343')"; "$DQTV" check "$SAMPLE" --lang en --output "$r.txt" --json-output "$r.json" "#
        + #"--sarif-output "$r.sarif"; echo "status=$?"; cat "$r.txt"; "#
        + #"test -s "$r.json" && echo json-written; test -s "$r.sarif" && echo sarif-written; "#
        + #"test ! -e 'r\xE3.txt' && echo no-escaped-name"#)
    #expect(run.stdout.hasPrefix("status=1\n"), "\(run.stdout.prefix(300)) \(run.stderr)")
    #expect(run.stderr.isEmpty, "\(run.stderr)")
    #expect(run.stdout.contains("error: [ADMIN.KIND]"), "\(run.stdout.prefix(500))")
    #expect(run.stdout.contains("json-written\nsarif-written\nno-escaped-name\n"), "\(run.stdout)")
  }

  @Test func anOutputThatIsALatin1InputIsRefused() throws {
    // The same name, and another (hard-linked) name of the same file: device and inode decide.
    for output in [#""$name""#, #""$(printf 'h\343.yaml')""#] {
      let run = try Self.shell(
        Self.create + #"ln "$name" "$(printf 'h\343.yaml')"; "#
          + #""$DQTV" check "$name" --lang en --output "# + output + #"; echo "status=$?"; "#
          + #"cmp -s "$SAMPLE" "$name" && echo unchanged"#)
      #expect(run.stdout == "status=2\nunchanged\n", "\(output): \(run.stdout) \(run.stderr)")
      #expect(
        run.stderr.contains(#"it is the input x\xE3.yaml of this run"#), "\(output): \(run.stderr)")
    }
  }

  @Test func aReportIsNotWrittenOverALatin1WaiversFile() throws {
    let run = try Self.shell(
      #"w="$(printf 'w\343.yaml')"; printf 'waivers: []\n' > "$w"; "#
        + #""$DQTV" check "$SAMPLE" --lang en --waivers "$w" --json-output "$w"; echo "status=$?"; cat "$w""#)
    #expect(run.stdout.hasSuffix("status=2\nwaivers: []\n"), "\(run.stdout.suffix(300))")
    #expect(run.stderr.contains(#"it is the input w\xE3.yaml of this run"#), "\(run.stderr)")
  }

  @Test func aLatin1WaiversFileExcusesFindings() throws {
    let run = try Self.shell(
      #"w="$(printf 'w\343.yaml')"; "#
        + #"printf 'waivers:\n  - rule: ADMIN.KIND\n    reason: "chờ"\n    approved_by: "QĐ 1"\n    until: 2099-12-31\n' "#
        + #"> "$w"; exec "$DQTV" check "$SAMPLE" --format json --waivers "$w""#)
    #expect(run.status == 1, "\(run.stderr)")
    #expect(run.stderr.isEmpty, "\(run.stderr)")
    let report = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    let findings = try #require(report["findings"] as? [[String: Any]])
    let kind = findings.filter { $0["rule"] as? String == "ADMIN.KIND" }
    #expect(!kind.isEmpty)
    #expect(kind.allSatisfy { $0["waived"] != nil }, "\(kind)")
    #expect(findings.contains { $0["waived"] == nil })
  }

  @Test func aBrokenLatin1WaiversFileIsPlacedAndShown() throws {
    let run = try Self.shell(
      #"w="$(printf 'w\343.yaml')"; printf 'waivers: [\n' > "$w"; exec "$DQTV" check "$SAMPLE" --lang en --waivers "$w""#
    )
    #expect(run.status == 2)
    #expect(run.stderr.contains(#"w\xE3.yaml:2:1: error:"#), "\(run.stderr)")
  }

  @Test func aPackInALatin1FolderIsLoadedLintedAndPointedAt() throws {
    let run = try Self.shell(
      #"p="$(printf 'p\343')"; cp -r "$RULES" "$p"; "#
        + #""$DQTV" check "$SAMPLE" --lang en --rules "$p" > check.txt; echo "check=$?"; "#
        + #""$DQTV" check "$SAMPLE" --lang en > bundled.txt; cmp -s check.txt bundled.txt && echo same-findings; "#
        + #""$DQTV" lint "$p" --lang en > lint.txt; echo "lint=$?"; "#
        + #""$DQTV" check "$SAMPLE" --rules "$p" --format sarif > sarif.json; "#
        + #"grep -c '"uri" : "p%E3/' sarif.json"#)
    let lines = run.stdout.split(separator: "\n")
    #expect(Array(lines.prefix(3)) == ["check=1", "same-findings", "lint=0"], "\(run.stdout) \(run.stderr)")
    #expect(Int(lines.last ?? "") ?? 0 > 0, "\(run.stdout)")
  }

  /// The pack's file is named by its folder's bytes and its own name; the report by a link.
  @Test func aReportIsNotWrittenOverAFileOfALatin1PackFolder() throws {
    let run = try Self.shell(
      #"p="$(printf 'p\343')"; cp -r "$RULES" "$p"; ln "$p/admin.yaml" linked.yaml; "#
        + #""$DQTV" check "$SAMPLE" --lang en --rules "$p" --output linked.yaml; echo "status=$?"; "#
        + #"cmp -s "$RULES/admin.yaml" "$p/admin.yaml" && echo unchanged"#)
    #expect(run.stdout == "status=2\nunchanged\n", "\(run.stdout) \(run.stderr)")
    #expect(run.stderr.contains(#"it is the input p\xE3/admin.yaml of this run"#), "\(run.stderr)")
  }

  @Test func aBrokenPackInALatin1FolderIsPlacedAndShown() throws {
    let run = try Self.shell(
      #"p="$(printf 'p\343')"; cp -r "$RULES" "$p"; printf 'oops: [\n' >> "$p/pack.yaml"; "#
        + #"exec "$DQTV" check "$SAMPLE" --lang en --rules "$p""#)
    #expect(run.status == 2)
    #expect(run.stderr.contains(#"p\xE3/pack.yaml:"#), "\(run.stderr)")
  }

  /// A pack in a Latin-1 folder that extends a pack beside it: the extended pack is read through
  /// the folder's descriptor, and its files are shown under the folder's escaped name.
  @Test func aPackExtendedFromALatin1FolderIsShownByItsName() throws {
    let run = try Self.shell(
      #"d="$(printf 'd\343')"; mkdir "$d" "$d/local"; cp -r "$RULES" "$d/base"; "#
        + #"printf "name: local\nversion: '1'\ntitle: {vi: Thử, en: Local}\nextends: ../base\n" > "$d/local/pack.yaml"; "#
        + #""$DQTV" lint "$d/local" --lang en > lint.txt 2>&1; echo "lint=$?"; "#
        + #"printf 'oops: [\n' >> "$d/base/pack.yaml"; "#
        + #""$DQTV" check "$SAMPLE" --lang en --rules "$d/local"; echo "check=$?"; cat lint.txt"#)
    #expect(run.stdout.hasPrefix("lint=0\ncheck=2\n"), "\(run.stdout) \(run.stderr)")
    #expect(run.stdout.contains(#"d\xE3/local"#), "\(run.stdout)")
    #expect(run.stderr.contains(#"d\xE3/local/../base/pack.yaml:"#), "\(run.stderr)")
    #expect(!(run.stdout + run.stderr).contains("/proc/self/fd"), "\(run.stdout) \(run.stderr)")
  }

  @Test func convertReadsAndWritesLatin1Names() throws {
    let run = try Self.shell(
      Self.create + #"c="$(printf 'c\343')"; "#
        + #""$DQTV" convert "$name" -o "$c.xlsx"; echo "to-xlsx=$?"; "#
        + #""$DQTV" convert "$c.xlsx" -o "$c.yaml"; echo "to-yaml=$?"; "#
        + #""$DQTV" check "$c.yaml" --lang en | grep -c '^c\\xE3\.yaml:[0-9]*:[0-9]*: error: \[ADMIN.KIND\]'"#)
    #expect(run.stdout.hasPrefix("to-xlsx=0\nto-yaml=0\n"), "\(run.stdout) \(run.stderr)")
    #expect(Int(run.stdout.split(separator: "\n").last ?? "") ?? 0 > 0, "\(run.stdout) \(run.stderr)")
  }

  @Test func aMissingLatin1InputOfConvertIsNamedEscaped() throws {
    let run = try Self.shell(#"exec "$DQTV" convert "$(printf 'm\343.yaml')" -o out.xlsx --lang en"#)
    #expect(run.status == 2)
    #expect(run.stderr.contains(#"m\xE3.yaml"#), "\(run.stderr)")
    #expect(run.stderr.contains("No such file or directory"), "\(run.stderr)")
  }

  @Test func explainAndEvalReadLatin1Submissions() throws {
    let run = try Self.shell(
      Self.create + #""$DQTV" eval --data "$name" 'as_of'; echo "eval=$?"; "#
        + #""$DQTV" explain ADMIN.KIND "$name" --lang en > explain.txt; echo "explain=$?"; test -s explain.txt && echo explained"#
    )
    #expect(run.stdout == "\"2026-06-30\"\neval=0\nexplain=0\nexplained\n", "\(run.stdout) \(run.stderr)")
  }
}
