import SourceDiagnostics
import YAML

/// How far loading a pack got.
package enum PackLoadStatus: Sendable, Equatable {
  /// Every file read and valid.
  case loaded
  /// Every file read, but some content is wrong (the diagnostics say where).
  case invalid
  /// A file of the pack is missing or is not YAML dqtv can read.
  case unreadable
}

/// What loading a pack gave: the pack, or the diagnostics that say why there is none, and the
/// files read (to show snippets of them).
package struct PackLoadResult: Sendable {
  /// The pack; when `diagnostics` has errors, it holds only what could be read (so that its
  /// rules' expressions can still be checked and every mistake shown in one run).
  package let pack: RulePack?
  package let diagnostics: Diagnostics
  package let files: [SourceFile]
  package let status: PackLoadStatus
}

/// Reads a rule pack folder (RULES.md, "A pack is a folder"): `pack.yaml`, `schema.yaml`,
/// `params.yaml`, rule files and tests, following `extends` to the packs it builds on.
package struct RulePackLoader: Sendable {
  /// Packs that `extends` may name instead of a folder (the bundled pack).
  package var namedPacks: [String: any PackSource]
  package var yamlOptions: YAMLLoadOptions

  package init(namedPacks: [String: any PackSource] = [:], yamlOptions: YAMLLoadOptions = YAMLLoadOptions()) {
    self.namedPacks = namedPacks
    self.yamlOptions = yamlOptions
  }

  /// The most packs an `extends` chain may hold, the outermost included.
  package static let maxExtendsDepth = 64

  package func load(_ source: any PackSource) -> PackLoadResult {
    var state = LoadState(loader: self)
    let pack = state.load(source)
    if let pack { state.checkRules(pack) }
    let status: PackLoadStatus =
      state.unreadable ? .unreadable : state.diagnostics.hasErrors ? .invalid : .loaded
    return PackLoadResult(pack: pack, diagnostics: state.diagnostics, files: state.files, status: status)
  }
}

private struct LoadState {
  let loader: RulePackLoader
  var diagnostics = Diagnostics()
  var files: [SourceFile] = []
  /// Set when a file is missing or the YAML reader gave up on it.
  var unreadable = false

  init(loader: RulePackLoader) { self.loader = loader }

  /// Loads one YAML file of a pack; `nil` (reported) when missing or malformed.
  mutating func document(_ source: any PackSource, _ path: String, required: Bool = true) -> (YAMLDocument, SourceFile)?
  {
    let display = source.displayPath(path)
    guard let bytes = source.read(path) else {
      if let directory = source as? DirectoryPackSource, directory.isIrregular(path) {
        diagnostics.append(
          .error("io.not-a-regular-file", SafetyMessage.notARegularFile(["file": display]), at: nil))
        unreadable = true
      } else if required {
        diagnostics.append(
          .error("pack.missing-file", PackMessage.missingFile(["pack": source.description, "path": path]), at: nil))
        unreadable = true
      }
      return nil
    }
    let file = SourceFile(path: display, bytes: bytes)
    files.append(file)
    let result = YAMLLoader(options: loader.yamlOptions).load(bytes: bytes, name: display)
    diagnostics.append(contentsOf: result.diagnostics.sorted)
    if !result.diagnostics.isEmpty { unreadable = true }
    guard let doc = result.document else { return nil }
    return (doc, file)
  }

  /// A pack.yaml read on the way down an `extends` chain, waiting for the pack it extends.
  struct Level {
    let source: any PackSource
    let doc: YAMLDocument
    let packFile: SourceFile
    var reader: NodeReader
    let fields: MappingFields
    let name: String
    let version: String
    let title: LocalizedText?
    /// Whether `extends` named a pack that was then read (its level is the next one).
    let extends: Bool
  }

  /// Loads a pack and every pack its `extends` chain names, without recursion: the chain is
  /// read outermost first, then each pack is built on the one it extends, innermost first.
  /// A chain longer than ``RulePackLoader/maxExtendsDepth`` is an error at the `extends` that
  /// passes it.
  mutating func load(_ outermost: any PackSource) -> RulePack? {
    var levels: [Level] = []
    var chain: [String] = []
    var next: (any PackSource)? = outermost
    while let source = next {
      next = nil
      guard let (doc, packFile) = document(source, "pack.yaml") else { return nil }
      var reader = NodeReader(document: doc)
      guard
        let f = reader.mapping(
          doc.root, what: PackPart.key("pack.yaml"), required: ["name", "version", "title"],
          optional: ["schema", "extends", "languages", "report"])
      else {
        diagnostics.append(contentsOf: reader.diagnostics)
        return nil
      }
      let name = f["name"].flatMap { reader.string($0, what: PackPart.packName()) }?.value ?? ""
      let version = f["version"].flatMap { reader.string($0, what: PackPart.packVersion()) }?.value ?? ""
      let title = f["title"].flatMap { reader.localized($0, what: PackPart.packTitle()) }?.value
      if chain.contains(name) {
        reader.error(
          "pack.extends-cycle", PackMessage.extendsCycle(["name": name, "chain": chain.joined(separator: " → ")]),
          at: doc.root)
      }
      if let e = f["extends"], let target = reader.string(e, what: PackPart.key("extends")), !chain.contains(name) {
        if let named = loader.namedPacks[target.value] ?? source.relative(target.value) {
          if levels.count + 1 >= RulePackLoader.maxExtendsDepth {
            let limit = RulePackLoader.maxExtendsDepth
            diagnostics.append(
              Diagnostic.error(
                "pack.extends-too-deep",
                PackMessage.extendsTooDeep(["target": target.value, "limit": String(limit)]),
                at: reader.location(e)))
            diagnostics.append(contentsOf: reader.diagnostics)
            return nil
          }
          diagnostics.append(contentsOf: reader.diagnostics)
          reader = NodeReader(document: doc)
          next = named
        } else {
          reader.error(
            "pack.extends-unknown",
            PackMessage.extendsUnknown(
              ["target": target.value, "names": loader.namedPacks.keys.sorted().joined(separator: ", ")]),
            at: e)
        }
      }
      levels.append(
        Level(
          source: source, doc: doc, packFile: packFile, reader: reader, fields: f, name: name, version: version,
          title: title, extends: next != nil))
      chain.append(name)
    }
    var base: RulePack?
    for level in levels.reversed() {
      if level.extends && base == nil { return nil }
      base = build(level, on: base)
    }
    return base
  }

  /// The rest of one pack, on the pack it extends (`nil` when it extends none).
  mutating func build(_ level: Level, on base: RulePack?) -> RulePack? {
    let source = level.source
    let doc = level.doc
    let packFile = level.packFile
    var reader = level.reader
    let f = level.fields
    let name = level.name
    let version = level.version
    let title = level.title
    var schema = base?.schema
    if let s = f["schema"], let path = reader.string(s, what: PackPart.key("schema")) {
      if base != nil {
        reader.error("pack.schema-in-extension", PackMessage.schemaInExtension(), at: s)
      } else if let (schemaDoc, _) = document(source, path.value) {
        var schemaLoader = SchemaLoader(document: schemaDoc)
        schema = schemaLoader.load()
        diagnostics.append(contentsOf: schemaLoader.reader.diagnostics)
      }
    } else if base == nil {
      reader.error("pack.missing-key", PackMessage.noSchema(), at: doc.root)
    }
    diagnostics.append(contentsOf: reader.diagnostics)
    guard let schema, let title else { return nil }

    var report = base?.report
    if let r = f["report"] {
      var reportReader = RuleFileReader(document: doc, file: packFile, pack: name)
      report = reportReader.readReport(r, schema: schema)
      diagnostics.append(contentsOf: reportReader.reader.diagnostics)
    }
    var parameters = base?.parameters ?? [:]
    var rules: [Rule] = []
    var ownParameters: [Parameter] = []
    if let (paramsDoc, paramsFile) = document(source, "params.yaml", required: false) {
      var r = RuleFileReader(document: paramsDoc, file: paramsFile, pack: name)
      ownParameters += r.read(allowRules: false).parameters
      diagnostics.append(contentsOf: r.reader.diagnostics)
    }
    var instruments = base?.instruments ?? InstrumentList()
    if let (instrumentsDoc, _) = document(source, "instruments.yaml", required: false) {
      var r = InstrumentReader(document: instrumentsDoc, pack: name)
      instruments = r.read(base: base?.instruments)
      diagnostics.append(contentsOf: r.reader.diagnostics)
    }
    let skip: Set<String> = [
      "pack.yaml", "params.yaml", "instruments.yaml", (f["schema"].flatMap { doc.string($0) }) ?? "schema.yaml",
    ]
    for fileName in source.list("") where fileName.hasSuffix(".yaml") && !skip.contains(fileName) {
      guard let (ruleDoc, ruleFile) = document(source, fileName) else { continue }
      var r = RuleFileReader(document: ruleDoc, file: ruleFile, pack: name)
      let read = r.read()
      rules += read.rules
      ownParameters += read.parameters
      diagnostics.append(contentsOf: r.reader.diagnostics)
    }
    // Citations carry their instrument's title and link, for reports.
    func resolve(_ basis: [Citation]) -> [Citation] {
      basis.map { citation in
        guard let instrument = instruments.instrument(citation.doc) else { return citation }
        var resolved = citation
        resolved.title = instrument.title
        resolved.url = instrument.url
        return resolved
      }
    }
    for i in rules.indices { rules[i].basis = resolve(rules[i].basis) }
    for i in ownParameters.indices { ownParameters[i].basis = resolve(ownParameters[i].basis) }
    var seenParameters: [String: SourceLocation] = [:]
    for p in ownParameters {
      if let first = seenParameters[p.name.value] {
        diagnostics.append(
          .error(
            "param.duplicate", PackMessage.parameterTwice(["name": p.name.value]), at: p.name.location,
            notes: [.init(PackMessage.firstDefinedHere(), at: first)]))
        continue
      }
      seenParameters[p.name.value] = p.name.location
      parameters[p.name.value] = p
    }
    let baseIDs = Dictionary((base?.rules ?? []).map { ($0.id.value, $0.id.location) }, uniquingKeysWith: { a, _ in a })
    for rule in rules {
      if let other = baseIDs[rule.id.value] {
        diagnostics.append(
          .error(
            "pack.id-clash", PackMessage.idUsedByBase(["id": rule.id.value]),
            at: rule.id.location, notes: [.init(PackMessage.otherRule(), at: other)]))
      }
    }
    let tests = source.list("tests").filter { $0.hasSuffix(".yaml") }.map { "tests/\($0)" }
    return RulePack(
      lineage: [(name, version)] + (base?.lineage ?? []), title: title, schema: schema, parameters: parameters,
      rules: (base?.rules ?? []) + rules,
      testFiles: tests.map { (source, $0) } + (base?.testFiles ?? []),
      source: source, directory: source.description, report: report, instruments: instruments,
      sources: [source] + (base?.sources ?? []))
  }

  /// Checks what spans rules: known scopes, versions of one id that overlap, and the rules the
  /// report block names.
  mutating func checkRules(_ pack: RulePack) {
    let ids = Set(pack.rules.map(\.id.value))
    for post in pack.report?.posts ?? [] where !ids.contains(post.rule.value) {
      var message = PackMessage.reportUnknownRule(["rule": post.rule.value])
      if let near = NameSuggestion.nearest(to: post.rule.value, in: ids) {
        message = message + PackReaderMessage.suggestion(near)
      }
      diagnostics.append(.error("report.unknown-rule", message, at: post.rule.location))
    }
    let typeNames = pack.schema.types.map(\.name)
    var byID: [String: [Rule]] = [:]
    for rule in pack.rules {
      if pack.schema.type(rule.scope.value) == nil {
        var message = PackMessage.unknownScope(["scope": rule.scope.value])
        if let near = NameSuggestion.nearest(to: rule.scope.value, in: typeNames) {
          message = message + PackReaderMessage.suggestion(near)
        } else {
          message = message + PackMessage.schemaTypes(["names": typeNames.joined(separator: ", ")])
        }
        diagnostics.append(.error("rule.unknown-scope", message, at: rule.scope.location))
      }
      for earlier in byID[rule.id.value, default: []] where earlier.effective.overlaps(rule.effective) {
        diagnostics.append(
          .error(
            "rule.overlapping-versions",
            PackMessage.overlappingVersions(
              ["id": rule.id.value, "first": earlier.effective.description, "second": rule.effective.description]),
            at: rule.id.location, notes: [.init(PackMessage.otherVersion(), at: earlier.id.location)]))
      }
      byID[rule.id.value, default: []].append(rule)
    }
  }
}
