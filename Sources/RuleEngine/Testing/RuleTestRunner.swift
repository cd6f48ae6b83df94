import Foundation
import SourceDiagnostics
import YAML

/// The outcome of one rule test.
package struct RuleTestResult: Sendable {
  package enum Status: Sendable, Equatable {
    case passed
    case failed
    /// The test itself is broken (a missing input, a bad patch path).
    case error
  }

  package var name: String
  /// The test's place in its file.
  package var location: SourceLocation
  package var status: Status
  /// Why it failed: expected against actual, in plain lines.
  package var details: [LocalizedText]
  /// The rule ids the test expects to fire (for `lint`: rules no test makes fire).
  package var expectedRules: [String] = []
}

/// Runs a pack's rule tests (RULES.md, "Rule tests"): each test's data, patched, judged on its
/// date, its findings compared with those expected.
package struct RuleTestRunner: Sendable {
  package let pack: CompiledPack

  package init(pack: CompiledPack) {
    self.pack = pack
  }

  /// Runs the tests of one file of a pack; `filter` keeps tests by name. Problems reading the
  /// file itself are diagnostics.
  package func run(
    _ source: any PackSource, file: String, filter: (String) -> Bool = { _ in true }
  )
    -> (results: [RuleTestResult], diagnostics: [Diagnostic])
  {
    let path = source.displayPath(file)
    guard let bytes = source.read(file) else {
      return ([], [.error("test.unreadable", InputMessage.testUnreadable(["path": path]), at: nil)])
    }
    let loaded = YAMLLoader().load(bytes: bytes, name: path)
    guard let doc = loaded.document else { return ([], loaded.diagnostics.sorted) }
    var reader = NodeReader(document: doc)
    guard let top = reader.mapping(doc.root, what: PackPart.testFile(), required: ["tests"]),
      let list = top["tests"], let items = reader.sequence(list, what: PackPart.key("tests"))
    else { return ([], reader.diagnostics.sorted) }
    var results: [RuleTestResult] = []
    let known = knownRuleIDs
    for item in items {
      guard
        let f = reader.mapping(
          item, what: PackPart.test(), required: ["name", "expect"],
          optional: ["as_of", "input", "data", "patch", "only"])
      else { continue }
      guard let name = f["name"].flatMap({ reader.string($0, what: PackPart.testName()) })?.value else { continue }
      guard filter(name) else { continue }
      let problemsBefore = reader.diagnostics.count
      guard let expected = expectations(f, known: known, reader: &reader) else {
        let problems = reader.diagnostics.items.dropFirst(problemsBefore)
        results.append(
          RuleTestResult(
            name: name, location: doc.location(of: item), status: .error,
            details: [
              AuthoringMessage.testNotRun(
                localized: [
                  "problems": LocalizedText(
                    vi: problems.map { $0.message(in: .vi) }.joined(separator: "; "),
                    en: problems.map { $0.message(in: .en) }.joined(separator: "; "))
                ])
            ]))
        continue
      }
      results.append(
        runTest(
          name: name, fields: f, expected: expected, node: item, reader: &reader, source: source, file: file))
    }
    return (results, reader.diagnostics.sorted)
  }

  /// An error when a test's input (`path`, relative to the root of `source`) lies outside the
  /// folder of the pack the test belongs to and of the packs that pack extends, links
  /// resolved: a pack is code people exchange, and its tests must not read the machine.
  func inputOutsidePack(
    _ written: String, path: String, source: any PackSource, at location: SourceLocation
  )
    -> Diagnostic?
  {
    let chain = pack.pack.sources
    let roots = chain.firstIndex { $0.description == source.description }.map { Array(chain[$0...]) } ?? [source]
    guard !source.isInside(path, roots: roots) else { return nil }
    return Diagnostic.error(
      "test.input-outside-pack",
      InputMessage.inputOutsidePack(["input": written]), at: location)
  }

  /// A path relative to a file's folder, normalised (`tests/../x.yaml` → `x.yaml`).
  static func resolve(_ relative: String, from file: String) -> String {
    if relative.hasPrefix("/") { return relative }
    var parts = file.split(separator: "/").dropLast().map(String.init)
    for part in relative.split(separator: "/") {
      switch part {
      case ".": continue
      case "..": if parts.isEmpty || parts.last == ".." { parts.append("..") } else { parts.removeLast() }
      default: parts.append(String(part))
      }
    }
    return parts.joined(separator: "/")
  }

  private func runTest(
    name: String, fields f: MappingFields, expected expectations: RuleTestExpectations, node: YAMLNodeID,
    reader: inout NodeReader, source: any PackSource, file: String
  ) -> RuleTestResult {
    let doc = reader.document
    var result = RuleTestResult(name: name, location: doc.location(of: node), status: .error, details: [])
    // The data: inline, or a file relative to the test file.
    var base: EditableNode
    // The data as written (before any patch), to point at its own date.
    var written: (doc: YAMLDocument, node: YAMLNodeID)
    if let data = f["data"] {
      base = EditableNode(doc, data)
      written = (doc, data)
    } else if let input = f["input"], let relative = reader.string(input, what: PackPart.key("input")) {
      let path = Self.resolve(relative.value, from: file)
      if let problem = inputOutsidePack(relative.value, path: path, source: source, at: relative.location) {
        reader.diagnostics.append(problem)
        result.details = [
          TestMessage.placed(localized: ["place": .init(verbatim: "\(relative.location)"), "message": problem.text])
        ]
        return result
      }
      guard let bytes = source.read(path) else {
        let text = AuthoringMessage.inputMissing(["input": relative.value, "path": source.displayPath(path)])
        reader.diagnostics.append(Diagnostic(code: "test.input-missing", text: text, location: relative.location))
        result.details = [
          TestMessage.placed(localized: ["place": .init(verbatim: "\(relative.location)"), "message": text])
        ]
        return result
      }
      let loaded = YAMLLoader().load(bytes: bytes, name: source.displayPath(path))
      guard let inputDoc = loaded.document else {
        result.details = loaded.diagnostics.sorted.map(\.summaryText)
        return result
      }
      base = EditableNode(inputDoc, inputDoc.root)
      written = (inputDoc, inputDoc.root)
    } else {
      result.details = [TestMessage.neitherDataNorInput()]
      return result
    }
    if let p = f["patch"], let edits = reader.sequence(p, what: PackPart.key("patch")) {
      for edit in edits {
        guard let e = reader.mapping(edit, what: PackPart.patch(), optional: ["set", "remove", "append", "value"])
        else {
          return result
        }
        let ops = ["set", "remove", "append"].filter { e[$0] != nil }
        guard ops.count == 1, let op = ops.first, let pathNode = e[op], let pathText = doc.string(pathNode),
          let steps = EditableNode.parsePath(pathText)
        else {
          result.details = [TestMessage.patchNeedsOne(["place": "\(doc.location(of: edit))"])]
          return result
        }
        let value = e["value"].map { EditableNode(doc, $0) }
        let change: EditableNode.Edit
        switch op {
        case "remove": change = .remove
        default:
          guard let value else {
            result.details = [TestMessage.needsValue(["place": "\(doc.location(of: edit))", "op": op])]
            return result
          }
          change = op == "set" ? .set(value) : .append(value)
        }
        do {
          try base.apply(change, at: steps, fullPath: pathText)
        } catch {
          result.details = [
            TestMessage.noPath(["place": "\(doc.location(of: pathNode))", "path": pathText, "op": op])
          ]
          return result
        }
      }
    }
    // Decode the (patched) data and judge it.
    let dataName = "\(source.displayPath(file))#\(name)"
    let loaded = YAMLLoader().load(base.yaml, name: dataName)
    guard let yaml = loaded.document else {
      result.details = loaded.diagnostics.sorted.map(\.summaryText)
      return result
    }
    let decoded = SubmissionDecoder(schema: pack.pack.schema).decode(yaml)
    guard let data = decoded.data else {
      result.details = decoded.diagnostics.sorted.map(\.text)
      return result
    }
    var asOf: CalendarDate?
    if let a = f["as_of"] {
      asOf = reader.date(a, what: PackPart.key("as_of"))?.value
    } else if let field = data.schema.asOfField, case .date(let days)? = data.slot(data.root, field: field) {
      asOf = CalendarDate(daysSinceEpoch: Int(days))
    }
    guard let asOf else {
      let field = data.schema.asOfField ?? "as-of"
      let w = written.doc
      if let name = data.schema.asOfField, w.kind(of: written.node) == .mapping,
        let node = w.pairs(of: written.node).first(where: { w.string($0.key) == name })?.value
      {
        let value = w.kind(of: node) == .scalar ? "'\(w.string(node) ?? "")'" : "…"
        let text = AuthoringMessage.testBadAsOf(["field": field, "value": value])
        result.details = [
          TestMessage.placed(localized: ["place": .init(verbatim: "\(w.location(of: node))"), "message": text])
        ]
      } else {
        result.details = [TestMessage.noDate(["field": field])]
      }
      return result
    }
    let findings = decoded.findings + Engine().check(CheckRequest(data: data, pack: pack, asOf: asOf)).findings
    // Compare.
    let expected = expectations.findings
    let only = expectations.only
    result.expectedRules = expectations.firingRules
    var problems: [LocalizedText] = []
    func ruleAt(_ rule: String, _ path: String?) -> LocalizedText {
      path.map { TestMessage.ruleAt(["rule": rule, "path": $0]) } ?? LocalizedText(verbatim: rule)
    }
    var matched = Set<Int>()
    for e in expected {
      let hits = findings.indices.filter { findings[$0].rule == e.rule && (e.at == nil || findings[$0].path == e.at) }
      matched.formUnion(hits)
      let want = ruleAt(e.rule, e.at)
      if let count = e.count, hits.count != count {
        problems.append(
          TestMessage.expectedCount(
            localized: [
              "count": .init(verbatim: String(count)), "want": want, "found": .init(verbatim: String(hits.count)),
            ]
          ))
      } else if e.count == nil && hits.isEmpty {
        problems.append(TestMessage.expectedNone(localized: ["want": want]))
      }
    }
    if only {
      for i in findings.indices where !matched.contains(i) {
        problems.append(
          TestMessage.unexpected(
            localized: ["want": ruleAt(findings[i].rule, findings[i].path), "message": findings[i].message]))
      }
    }
    if problems.isEmpty {
      result.status = .passed
    } else {
      result.status = .failed
      result.details = problems
      func joined(_ items: [LocalizedText]) -> LocalizedText {
        items.isEmpty
          ? TestMessage.noFinding()
          : LocalizedText(vi: items.map(\.vi).joined(separator: "; "), en: items.map(\.en).joined(separator: "; "))
      }
      let expectedList = expected.map { e in
        LocalizedText(verbatim: e.count.map { "\($0) × " } ?? "") + ruleAt(e.rule, e.at)
      }
      result.details.append(TestMessage.expectedLine(localized: ["list": joined(expectedList)]))
      result.details.append(
        TestMessage.actualLine(localized: ["list": joined(findings.map { ruleAt($0.rule, $0.path) })]))
    }
    return result
  }
}
