import CEL
import RuleEngine
import SourceDiagnostics
import YAML

/// A libFuzzer target: bytes → ``YAMLLoader`` → ``SubmissionDecoder`` with the bundled pack's
/// schema → ``Engine`` with the bundled pack's rules, and every diagnostic rendered with its
/// snippet. Any trap, leak or sanitizer report is a bug; every answer is fine.
enum YAMLFuzzTarget {
  /// The bundled pack, compiled once.
  static let pack: CompiledPack? = {
    let source = MemoryPackSource(name: "bundled:\(BundledPack.name)", files: BundledPack.files)
    let loaded = RulePackLoader(namedPacks: [BundledPack.name: source]).load(source)
    guard let pack = loaded.pack, !loaded.diagnostics.hasErrors else { return nil }
    return RuleCompiler().compile(pack).0
  }()

  /// Smaller limits than the defaults, so that one input stays fast.
  static let options: YAMLLoadOptions = {
    var o = YAMLLoadOptions()
    o.maxAliasExpansion = 20_000
    o.maxScalarBytes = 1 << 16
    return o
  }()

  static func run(_ bytes: [UInt8]) {
    guard let pack else { fatalError("the bundled pack does not compile") }
    let name = "fuzz.yaml"
    let loaded = YAMLLoader(options: options).load(bytes: bytes, name: name)
    // The line reader, when it reads the input, must build what libyaml builds.
    var libyamlOnly = options
    libyamlOnly.readsPlainBlocksDirectly = false
    let reference = YAMLLoader(options: libyamlOnly).load(bytes: bytes, name: name)
    switch (loaded.document, reference.document) {
    case (nil, nil): break
    case (let a?, let b?):
      if let difference = a.firstDifference(from: b) {
        fatalError("the line reader and libyaml disagree: \(difference)")
      }
    default: fatalError("the line reader and libyaml disagree on whether the input is valid")
    }
    let renderer = SnippetRenderer(files: [SourceFile(path: name, bytes: bytes)])
    _ = renderer.render(loaded.diagnostics)
    guard let yaml = loaded.document else {
      if !loaded.diagnostics.hasErrors { fatalError("no document and no error") }
      return
    }
    let decoded = SubmissionDecoder(schema: pack.pack.schema).decode(yaml)
    _ = renderer.render(decoded.diagnostics)
    for finding in decoded.findings { _ = finding.message }
    guard let data = decoded.data else { return }
    let asOf = CalendarDate(year: 2026, month: 1, day: 1)!
    let result = Engine().check(CheckRequest(data: data, pack: pack, asOf: asOf, costLimit: 50_000))
    for finding in result.findings { _ = finding.message }
  }
}

/// libFuzzer's entry point.
@_cdecl("LLVMFuzzerTestOneInput")
public func yamlFuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
  let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
  YAMLFuzzTarget.run(bytes)
  return 0
}
