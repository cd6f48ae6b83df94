// Measures the YAML loader, and a whole check, against the floor: libyaml's bare event loop
// over the same file.
//
//   swift run -c release dqtv-bench FILE [--rounds N] [--rules PACK-DIR]
//
// Each measurement runs in a child process of its own (this executable with `--mode loop`,
// `--mode tree` or `--mode check`), so that peak memory is measured per mode (`--mode load`
// times the loader on a file it may refuse, and counts nodes or diagnostics); rounds alternate
// the modes and the medians are compared, because the machine is shared and noisy. With
// --rules, a check (load, decode against the pack's schema, every rule in force) is measured
// too.
//
// Three more child modes time how diagnostics find their source lines (used by
// scripts/hostile_scale_bench.py): `--mode lookups` finds the last 10,000 lines of a file and
// renders a snippet of each, `--mode long-line` renders snippets in a file's first line, at
// column 7 and in its middle, `--mode line-scan` is their floor, as many bare passes over that
// line's bytes, and `--mode line-decode` what cutting the line avoids, as many decodings of the
// whole line. Each times only that work, not reading the file.
import CYAML
import Foundation
import RuleEngine
import SourceDiagnostics
import YAML

#if canImport(Glibc)
  import Glibc
#endif

func peakResidentKiB() -> Int {
  var usage = rusage()
  getrusage(RUSAGE_SELF.rawValue, &usage)
  return Int(usage.ru_maxrss)
}

func now() -> Double {
  var t = timespec()
  clock_gettime(CLOCK_MONOTONIC, &t)
  return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
}

/// libyaml's bare event loop: parse every event and free it, building nothing.
func bareLoop(_ path: String) -> Int {
  guard let file = fopen(path, "rb") else { return -1 }
  defer { fclose(file) }
  var parser = yaml_parser_t()
  yaml_parser_initialize(&parser)
  defer { yaml_parser_delete(&parser) }
  yaml_parser_set_input_file(&parser, file)
  var event = yaml_event_t()
  var events = 0
  while yaml_parser_parse(&parser, &event) == 1 {
    let done = event.type == YAML_STREAM_END_EVENT
    yaml_event_delete(&event)
    events += 1
    if done { break }
  }
  return events
}

/// Load, decode and check a submission with a pack folder; the number of findings.
func check(_ path: String, pack: String) -> Int {
  let loaded = RulePackLoader().load(DirectoryPackSource(root: pack))
  guard let rulePack = loaded.pack, !loaded.diagnostics.hasErrors,
    let compiled = RuleCompiler().compile(rulePack).0
  else {
    FileHandle.standardError.write(Data("the pack \(pack) did not load\n".utf8))
    exit(2)
  }
  let start = now()
  let result = YAMLLoader().load(contentsOf: path)
  guard let document = result.document else { exit(2) }
  let loaded1 = now()
  let loadedKiB = peakResidentKiB()
  let decoded = SubmissionDecoder(schema: rulePack.schema).decode(document)
  let decoded1 = now()
  let decodedKiB = peakResidentKiB()
  guard let data = decoded.data, case .date(let days)? = data.slot(data.root, field: "as_of") else { exit(2) }
  // DQTV_BENCH_ONLY=RULE.ID checks with that rule alone (to profile one rule).
  var request = CheckRequest(data: data, pack: compiled, asOf: CalendarDate(daysSinceEpoch: Int(days)))
  if let only = ProcessInfo.processInfo.environment["DQTV_BENCH_ONLY"] {
    request.ruleFilter = { @Sendable id in id == only }
  }
  let findings = Engine().check(request).findings
  checkSeconds = now() - start
  if ProcessInfo.processInfo.environment["DQTV_BENCH_RULES"] != nil {
    // Each rule id alone, slowest first: where the rules' time goes.
    var times: [(String, Double)] = []
    for id in Set(compiled.rules.map(\.id)) {
      let t0 = now()
      _ = Engine().check(
        CheckRequest(
          data: data, pack: compiled, asOf: CalendarDate(daysSinceEpoch: Int(days)), ruleFilter: { $0 == id }))
      times.append((id, now() - t0))
    }
    for (id, t) in times.sorted(by: { $0.1 > $1.1 }) {
      FileHandle.standardError.write(Data(String(format: "%8.4f s  %@\n", t, id).utf8))
    }
  }
  if ProcessInfo.processInfo.environment["DQTV_BENCH_PHASES"] != nil {
    FileHandle.standardError.write(
      Data(
        String(
          format: "phases: load %.3f s, decode %.3f s, rules %.3f s; peak KiB after load %d, after decode %d\n",
          loaded1 - start, decoded1 - loaded1, start + checkSeconds - decoded1, loadedKiB, decodedKiB
        ).utf8))
  }
  return decoded.findings.count + findings.count
}

nonisolated(unsafe) var checkSeconds = 0.0

/// The number of snippets `--mode long-line` renders, and of passes `--mode line-scan` makes.
let longLineRepeats = 40

/// A file's bytes, or exit 2.
func bytes(of path: String) -> [UInt8] {
  guard let data = FileManager.default.contents(atPath: path) else {
    FileHandle.standardError.write(Data("cannot read \(path)\n".utf8))
    exit(2)
  }
  return [UInt8](data)
}

/// Finds each of the last 10,000 lines of the file and renders its snippet; the time of that
/// work alone, and the number of bytes of the snippets.
func lookUps(_ path: String) -> (seconds: Double, count: Int) {
  let file = SourceFile(path: path, bytes: bytes(of: path))
  let renderer = SnippetRenderer(files: [file])
  let lines = file.bytes.reduce(0) { $1 == 0x0A ? $0 + 1 : $0 }
  let start = now()
  var total = 0
  for line in max(1, lines - 9_999)...max(1, lines) {
    total += file.lineText(line)?.utf8.count ?? 0
    total += renderer.snippet(at: SourceLocation(file: path, line: line, column: 3)).utf8.count
  }
  return (now() - start, total)
}

/// Renders snippets of the first line, half at column 7 and half in its middle.
func longLine(_ path: String) -> (seconds: Double, count: Int) {
  let file = SourceFile(path: path, bytes: bytes(of: path))
  let renderer = SnippetRenderer(files: [file])
  let middle = (file.lineBytes(1) ?? []).reduce(0) { $1 & 0xC0 != 0x80 ? $0 + 1 : $0 } / 2
  let start = now()
  var total = 0
  for i in 0..<longLineRepeats {
    let column = i % 2 == 0 ? 7 : max(middle, 1)
    total += renderer.snippet(at: SourceLocation(file: path, line: 1, column: column)).utf8.count
  }
  return (now() - start, total)
}

/// The floor of `longLine`: as many passes over the first line's bytes, counting the first
/// bytes of its scalars (`line-scan`); or, what cutting the line avoids, as many decodings of
/// the whole line into its scalars (`line-decode`).
func lineScan(_ path: String, decode: Bool) -> (seconds: Double, count: Int) {
  let all = bytes(of: path)
  let line = all[..<(all.firstIndex(of: 0x0A) ?? all.endIndex)]
  let start = now()
  var total = 0
  for _ in 0..<longLineRepeats {
    if decode {
      total += Array(String(decoding: line, as: UTF8.self).unicodeScalars).count
    } else {
      for b in line where b & 0xC0 != 0x80 { total += 1 }
    }
  }
  return (now() - start, total)
}

func runChild(mode: String, path: String, pack: String?) {
  let start = now()
  var count = 0
  switch mode {
  case "loop":
    count = bareLoop(path)
  case "check":
    count = check(path, pack: pack ?? "rules/dqtv")
    print("\(checkSeconds) \(peakResidentKiB()) \(count)")
    return
  case "lookups", "long-line", "line-scan", "line-decode":
    let (seconds, count) =
      switch mode {
      case "lookups": lookUps(path)
      case "long-line": longLine(path)
      default: lineScan(path, decode: mode == "line-decode")
      }
    print("\(seconds) \(peakResidentKiB()) \(count)")
    return
  case "load":
    // The loader alone, whatever it finds: a file it refuses (duplicate keys) is measured too.
    let result = YAMLLoader().load(contentsOf: path)
    count = result.document?.nodeCount ?? result.diagnostics.count
  default:
    let result = YAMLLoader().load(contentsOf: path)
    guard let document = result.document else {
      FileHandle.standardError.write(
        Data("the file did not load: \(result.diagnostics.sorted.first?.summaryLine ?? "?")\n".utf8))
      exit(2)
    }
    count = document.nodeCount
  }
  let seconds = now() - start
  print("\(seconds) \(peakResidentKiB()) \(count)")
}

func median(_ xs: [Double]) -> Double {
  let s = xs.sorted()
  return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
}

func measure(mode: String, path: String, pack: String? = nil) -> (seconds: Double, kib: Double, count: Int)? {
  let process = Process()
  process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
  process.arguments = ["--mode", mode, path] + (pack.map { [$0] } ?? [])
  let pipe = Pipe()
  process.standardOutput = pipe
  do { try process.run() } catch { return nil }
  let data = pipe.fileHandleForReading.readDataToEndOfFile()
  process.waitUntilExit()
  let fields = String(decoding: data, as: UTF8.self).split(separator: " ")
  guard process.terminationStatus == 0, fields.count == 3, let s = Double(fields[0]),
    let k = Double(fields[1]), let c = Int(fields[2].trimmingCharacters(in: .whitespacesAndNewlines))
  else { return nil }
  return (s, k, c)
}

var arguments = Array(CommandLine.arguments.dropFirst())
if arguments.first == "--mode", arguments.count >= 3 {
  runChild(mode: arguments[1], path: arguments[2], pack: arguments.count > 3 ? arguments[3] : nil)
  exit(0)
}
var rules: String?
if let i = arguments.firstIndex(of: "--rules"), i + 1 < arguments.count {
  rules = arguments[i + 1]
  arguments.removeSubrange(i...(i + 1))
}
var rounds = 5
if let i = arguments.firstIndex(of: "--rounds"), i + 1 < arguments.count, let n = Int(arguments[i + 1]) {
  rounds = n
  arguments.removeSubrange(i...(i + 1))
}
guard let path = arguments.first else {
  print("usage: dqtv-bench FILE [--rounds N] [--rules PACK-DIR]")
  exit(64)
}
let fileBytes = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
var loop: [(Double, Double)] = []
var tree: [(Double, Double)] = []
var checks: [(Double, Double)] = []
var events = 0
var nodes = 0
var findings = 0
for _ in 0..<rounds {
  guard let l = measure(mode: "loop", path: path), let t = measure(mode: "tree", path: path) else {
    print("a measurement failed")
    exit(1)
  }
  loop.append((l.seconds, l.kib))
  tree.append((t.seconds, t.kib))
  if let rules {
    guard let c = measure(mode: "check", path: path, pack: rules) else {
      print("a check failed")
      exit(1)
    }
    checks.append((c.seconds, c.kib))
    findings = c.count
  }
  events = l.count
  nodes = t.count
}
let mb = Double(fileBytes) / 1_048_576
let loopTime = median(loop.map(\.0))
let treeTime = median(tree.map(\.0))
let loopKiB = median(loop.map(\.1))
let treeKiB = median(tree.map(\.1))
print(String(format: "file: %@ (%.1f MiB), %d events, %d nodes, %d rounds", path, mb, events, nodes, rounds))
print(String(format: "bare libyaml event loop: %.3f s (median), peak %.1f MiB", loopTime, loopKiB / 1024))
print(String(format: "YAMLLoader tree:         %.3f s (median), peak %.1f MiB", treeTime, treeKiB / 1024))
print(String(format: "time ratio tree/loop: %.2f  (goal <= 1.30)", treeTime / loopTime))
print(
  String(
    format: "peak memory / file size: tree %.2f, loop %.2f  (goal <= 4.00)", treeKiB * 1024 / Double(fileBytes),
    loopKiB * 1024 / Double(fileBytes)))
if !checks.isEmpty {
  let checkTime = median(checks.map(\.0))
  let checkKiB = median(checks.map(\.1))
  print(
    String(
      format: "check (load, decode, every rule): %.3f s (median), peak %.1f MiB, %d findings", checkTime,
      checkKiB / 1024, findings))
  print(
    String(format: "time ratio check/loop: %.2f  (goal <= 2.50 for the engine, <= 1.50 at scale)", checkTime / loopTime)
  )
  print(String(format: "peak memory / file size: check %.2f  (goal <= 4.00)", checkKiB * 1024 / Double(fileBytes)))
}
