import CEL
import Foundation
import SourceDiagnostics
import YAML

/// What a check is asked to do.
public struct CheckRequest: Sendable {
  public var data: DataDocument
  public var pack: CompiledPack
  /// The date judged: the rules and parameter values in force on it apply.
  public var asOf: CalendarDate
  /// Which rule ids to run (`--only`, `--skip`); all when `nil`.
  public var ruleFilter: (@Sendable (String) -> Bool)?
  /// The cost limit of one evaluation of one expression on one node.
  public var costLimit: Int
  /// Told now and then how many (rule, node) judgments are done, of how many.
  public var progress: (@Sendable (_ done: Int, _ total: Int) -> Void)?

  public init(
    data: DataDocument, pack: CompiledPack, asOf: CalendarDate, ruleFilter: (@Sendable (String) -> Bool)? = nil,
    costLimit: Int = 1_000_000
  ) {
    self.data = data
    self.pack = pack
    self.asOf = asOf
    self.ruleFilter = ruleFilter
    self.costLimit = costLimit
  }
}

/// What a check found.
public struct CheckResult: Sendable {
  public var findings: [Finding]
  /// Rule versions in force on the date (and selected) that ran.
  public var rulesApplied: Int
  /// Rule ids of the pack with no version in force on the date.
  public var rulesNotInForce: Int
}

/// How one rule judged one node, for `check` and `explain`.
public struct NodeVerdict: Sendable {
  public enum Outcome: Sendable {
    /// `when` was false.
    case notApplicable
    case passed
    case violated
    /// An expression failed; the message says why.
    case error(String)
    /// A value the rule read breaks the schema; the `SCHEMA` finding covers it.
    case invalidData
  }

  public var object: ObjectID
  public var outcome: Outcome
  /// The `let` values computed before the verdict.
  public var values: [(name: String, value: Value)]
  /// The finding, when the outcome is a violation or an error.
  public var finding: Finding?
}

/// Runs compiled rules over decoded data. Pure and synchronous: the same request always gives
/// the same findings, sorted.
public struct Engine: Sendable {
  public init() {}

  public func check(_ request: CheckRequest) -> CheckResult {
    let store = DataStore(request.data, compiledAgainst: request.pack.pack.schema)
    let params = Self.parameters(request.pack.pack, on: request.asOf)
    let asOf = Value.timestamp(CELTimestamp(seconds: Int64(request.asOf.daysSinceEpoch) * 86_400)!)
    let inForce = request.pack.rules(inForceOn: request.asOf).filter { request.ruleFilter?($0.id) ?? true }
    // Rules of one scope share each node's bindings: build them once per node. The work is a
    // list of (rules of a scope, a slice of that scope's nodes), judged on every core; each
    // piece keeps its own findings, and the sort at the end makes the order the same as a
    // single-threaded run's.
    var scopes: [String] = []
    var byScope: [String: [RunnableRule]] = [:]
    for rule in inForce {
      if byScope[rule.rule.scope.value] == nil { scopes.append(rule.rule.scope.value) }
      byScope[rule.rule.scope.value, default: []].append(RunnableRule(rule, asOf: asOf, params: params))
    }
    var pieces: [(rules: [RunnableRule], objects: ArraySlice<ObjectID>)] = []
    let pieceSize = 256
    var total = 0
    for scope in scopes {
      let objects = request.data.objects(ofType: scope)
      total += objects.count * byScope[scope]!.count
      var start = 0
      while start < objects.count {
        let end = Swift.min(objects.count, start + pieceSize)
        pieces.append((byScope[scope]!, objects[start..<end]))
        start = end
      }
    }
    let work = pieces
    let results = PieceResults(count: work.count, total: total, progress: request.progress)
    let costLimit = request.costLimit
    let judgePiece = { @Sendable (i: Int) in
      let piece = work[i]
      var found: [Finding] = []
      var cache: ChainCache?
      let scope = piece.rules[0].compiled.scopeVariables
      for object in piece.objects {
        var node = NodeContext(object, store: store, scope: scope, asOf: asOf, params: params, cache: &cache)
        for rule in piece.rules {
          if let f = self.judge(rule, &node, costLimit: costLimit, keepsValues: false).finding { found.append(f) }
        }
      }
      results.store(found, at: i, judged: piece.objects.count * piece.rules.count)
    }
    if work.count > 1 {
      DispatchQueue.concurrentPerform(iterations: work.count, execute: judgePiece)
    } else if work.count == 1 {
      judgePiece(0)
    }
    var findings = results.all
    let allIDs = Set(request.pack.rules.map(\.id).filter { request.ruleFilter?($0) ?? true })
    let inForceIDs = Set(inForce.map(\.id))
    findings.sort(by: Finding.precedes)
    return CheckResult(
      findings: findings, rulesApplied: inForce.count, rulesNotInForce: allIDs.subtracting(inForceIDs).count)
  }

  /// Every node a rule runs on, with its verdict (for `explain`).
  public func explain(_ rule: CompiledRule, request: CheckRequest) -> [NodeVerdict] {
    let store = DataStore(request.data, compiledAgainst: request.pack.pack.schema)
    let params = Self.parameters(request.pack.pack, on: request.asOf)
    let asOf = Value.timestamp(CELTimestamp(seconds: Int64(request.asOf.daysSinceEpoch) * 86_400)!)
    var cache: ChainCache?
    let runnable = RunnableRule(rule, asOf: asOf, params: params)
    return request.data.objects(ofType: rule.rule.scope.value).map {
      var node = NodeContext(
        $0, store: store, scope: rule.scopeVariables, asOf: asOf, params: params, cache: &cache)
      return judge(runnable, &node, costLimit: request.costLimit, keepsValues: true)
    }
  }

  /// The parameters in force on a date, as a CEL map; a parameter with no value in force is
  /// left out (reading it is an evaluation error).
  public static func parameterValues(_ pack: RulePack, on date: CalendarDate) -> Value {
    parameters(pack, on: date)
  }

  static func parameters(_ pack: RulePack, on date: CalendarDate) -> Value {
    var entries: [(key: Value, value: Value)] = []
    for name in pack.parameters.keys.sorted() {
      if let v = pack.parameters[name]?.value(on: date) { entries.append((.string(name), celValue(v))) }
    }
    return (try? MapValue.make(entries).get()).map { .map($0) } ?? .map(MapValue([:]))
  }

  static func celValue(_ v: ParameterValue) -> Value {
    switch v {
    case .null: return .null
    case .bool(let b): return .bool(b)
    case .int(let i): return .int(i)
    case .double(let d): return .double(d)
    case .string(let s): return .normalizedString(s)
    case .date(let d): return .timestamp(CELTimestamp(seconds: Int64(d.daysSinceEpoch) * 86_400)!)
    case .list(let items): return .list(items.map(celValue))
    case .map(let entries, let order):
      let pairs = order.map { (key: Value.string($0), value: celValue(entries[$0]!)) }
      return (try? MapValue.make(pairs).get()).map { .map($0) } ?? .null
    }
  }

  /// A node about to be judged, with the bindings every rule of its scope sees: each record of
  /// the scope's chain from the root down by its type's name in lower snake case, `self`,
  /// `as_of` and `params`, in the order of the rules' ``ProgramLayout``.
  struct NodeContext {
    let object: ObjectID
    let store: DataStore
    /// The records from the root down to the node, root first.
    let chain: [ObjectID]
    var activation: RuleActivation

    init(
      _ object: ObjectID, store: DataStore, scope: [String], asOf: Value, params: Value,
      cache: inout ChainCache?
    ) {
      self.object = object
      self.store = store
      // The cache moves to a sibling in place, or is made anew.
      if cache?.extend(to: object, store: store) != true {
        cache = ChainCache(object, store: store, scope: scope)
      }
      let c = cache!
      chain = c.ids
      var values: [Value?] = []
      values.reserveCapacity(c.names.count + 8)
      for position in c.positions { values.append(position < 0 ? nil : c.records[position]) }
      values.append(c.records[c.records.count - 1])  // self: the node itself, the chain's last record
      values.append(asOf)
      values.append(params)
      activation = RuleActivation(names: c.names, values: values)
    }

    /// The record a scope variable names.
    func object(named variable: String) -> ObjectID? {
      if variable == "self" { return object }
      return chain.last { ObjectType.snakeCase(store.data.type(of: $0).name) == variable }
    }
  }

  /// How `runnable` judges the node. The values of the lets are kept in the verdict for a
  /// finding, and for every verdict when `keepsValues` (for `explain`).
  func judge(_ runnable: RunnableRule, _ node: inout NodeContext, costLimit: Int, keepsValues: Bool) -> NodeVerdict {
    let rule = runnable.compiled
    let store = node.store
    let object = node.object
    node.activation.letNames = rule.letNames
    defer { node.activation.unbindLets() }
    var verdict = NodeVerdict(object: object, outcome: .passed, values: [], finding: nil)
    /// A verdict that a value is an error or not a bool; `lets` is how many lets came before.
    func failure(_ value: Value, lets: Int? = nil) -> NodeVerdict {
      verdict.values = Array(node.activation.boundLets.prefix(lets ?? Int.max))
      var message = "the expression gave \(value.typeName), not bool"
      if case .error(let e) = value {
        if e.kind == .invalidData {
          verdict.outcome = .invalidData
          return verdict
        }
        message = e.message
      }
      verdict.outcome = .error(message)
      verdict.finding = evaluationFinding(rule, object, data: store.data, message: message, values: verdict.values)
      return verdict
    }
    var budget = CostBudget(limit: costLimit)
    if let when = runnable.when {
      let v = when.evaluate(node.activation, budget: &budget)
      guard case .bool(let applies) = v else { return failure(v) }
      if !applies {
        verdict.outcome = .notApplicable
        return verdict
      }
    }
    // Lets only messages use wait until the node fails: a node that passes does not compute
    // them (`explain` shows them, errors included, without changing the verdict). Any other
    // outcome is what computing every let first gives: the waiting lets before a failing one
    // are computed first, and their errors come first.
    var waiting = false
    /// Computes the waiting lets before the `end`th; the error of the first that fails, unless
    /// `keepingErrors`.
    func computeWaiting(before end: Int, keepingErrors: Bool = false) -> (Value, Int)? {
      guard waiting else { return nil }
      for i in 0..<end where rule.letsForMessagesOnly[i] {
        var budget = CostBudget(limit: costLimit)
        let v = runnable.lets[i].evaluate(node.activation, budget: &budget)
        if case .error = v, !keepingErrors { return (v, i) }
        node.activation.rebind(letAt: i, v)
      }
      waiting = false
      return nil
    }
    for (i, program) in runnable.lets.enumerated() {
      if rule.letsForMessagesOnly[i] {
        node.activation.bind(Self.notYetComputed)
        waiting = true
        continue
      }
      budget = CostBudget(limit: costLimit)
      let v = program.evaluate(node.activation, budget: &budget)
      if case .error = v {
        if let (earlier, j) = computeWaiting(before: i) { return failure(earlier, lets: j) }
        return failure(v, lets: i)
      }
      node.activation.bind(v)
    }
    budget = CostBudget(limit: costLimit)
    let result = runnable.require.evaluate(node.activation, budget: &budget)
    if case .bool(true) = result {
      if keepsValues {
        _ = computeWaiting(before: runnable.lets.count, keepingErrors: true)
        verdict.values = node.activation.boundLets
      }
      return verdict
    }
    if let (earlier, j) = computeWaiting(before: runnable.lets.count) { return failure(earlier, lets: j) }
    guard case .bool = result else { return failure(result) }
    verdict.values = node.activation.boundLets
    verdict.outcome = .violated
    let data = store.data
    let (place, path) = self.place(rule, node)
    var message = LocalizedText(vi: "", en: "")
    for language in Language.allCases {
      let text = render(rule.message[language] ?? [], activation: node.activation, schema: data.schema, language: language, costLimit: costLimit)
      if language == .vi { message.vi = text } else { message.en = text }
    }
    verdict.finding = Finding(
      rule: rule.id, kind: .violation, severity: rule.rule.severity, message: message, basis: rule.rule.basis,
      location: data.yaml.location(of: place), path: path,
      values: verdict.values.map { ($0.name, ValueText.findingValue($0.value)) }, ruleLocation: rule.rule.location)
    return verdict
  }

  /// What a let that waits for a finding holds until then; nothing reads it.
  static let notYetComputed = Value.error(EvaluationError("not computed"))

  func render(_ parts: [CompiledMessagePart], activation: RuleActivation, schema: Schema, language: Language, costLimit: Int) -> String {
    let words = ValueText(schema: schema, language: language)
    var out = ""
    for part in parts {
      switch part {
      case .text(let t): out += t
      case .expression(let e):
        var budget = CostBudget(limit: costLimit)
        let v = e.program.evaluate(activation, budget: &budget)
        if case .error = v { out += "?" } else { out += words.text(v, type: e.type) }
      }
    }
    return out
  }

  func evaluationFinding(
    _ rule: CompiledRule, _ object: ObjectID, data: DataDocument, message: String,
    values: [(name: String, value: Value)]
  ) -> Finding {
    let path = data.path(of: object)
    return Finding(
      rule: rule.id, kind: .evaluationError, severity: .error,
      message: LocalizedText(
        vi: "Không đánh giá được quy tắc \(rule.id) tại \(path.isEmpty ? "gốc tệp" : path): \(message).",
        en: "the rule \(rule.id) could not be evaluated at \(path.isEmpty ? "the root" : path): \(message)"),
      basis: rule.rule.basis, location: data.location(of: object), path: path,
      values: values.map { ($0.name, ValueText.findingValue($0.value)) }, ruleLocation: rule.rule.location)
  }

  /// The node a finding points to: the rule's `at` path when it leads somewhere, else the node
  /// judged.
  func place(_ rule: CompiledRule, _ context: NodeContext) -> (YAMLNodeID, String) {
    let data = context.store.data
    let object = context.object
    guard let at = rule.at, let start = context.object(named: at.variable) else {
      return (data.node(of: object), data.path(of: object))
    }
    var target = data.node(of: start)
    var path = data.path(of: start)
    var current: DataSlot = .object(start)
    for step in at.steps {
      switch (step, current) {
      case (.field(let name), .object(let o)):
        guard let slot = data.slot(o, field: name), let valueNode = data.valueNode(o, field: name) else {
          return (target, path)
        }
        target = valueNode
        path = data.path(of: o, field: name)
        current = slot
      case (.index(let i), .list(let list)) where i >= 0 && i < data.listCount(list):
        let item = data.listItem(list, i)
        target = data.yaml.items(of: data.listNode(list))[i]
        path += "[\(i)]"
        current = item
      default:
        return (target, path)
      }
    }
    return (target, path)
  }
}

/// A rule version's programs specialised for one check: `as_of` and the parameters in force are
/// the same for every node, so the parts of the expressions that depend only on them are
/// computed once.
final class RunnableRule: Sendable {
  let compiled: CompiledRule
  let when: Program?
  let lets: [Program]
  let require: Program

  init(_ rule: CompiledRule, asOf: Value, params: Value) {
    compiled = rule
    // The layout places `self`, `as_of` and `params` after the scope's chain of records.
    let base = rule.scopeVariables.count
    let constants = [
      base + RuleCompiler.nodeVariables.firstIndex(of: RuleCompiler.asOfVariable)!: asOf,
      base + RuleCompiler.nodeVariables.firstIndex(of: RuleCompiler.paramsVariable)!: params,
    ]
    when = rule.when?.program.specialized(constants)
    lets = rule.lets.map { $0.expression.program.specialized(constants) }
    require = rule.require.program.specialized(constants)
  }
}

/// The findings of the pieces of a check, each stored once by the thread that judged it.
final class PieceResults: @unchecked Sendable {
  private let lock = NSLock()
  private var pieces: [[Finding]]
  private var done = 0
  private let total: Int
  private let progress: (@Sendable (Int, Int) -> Void)?

  init(count: Int, total: Int, progress: (@Sendable (Int, Int) -> Void)?) {
    pieces = Array(repeating: [], count: count)
    self.total = total
    self.progress = progress
  }

  func store(_ findings: [Finding], at index: Int, judged: Int) {
    lock.lock()
    pieces[index] = findings
    done += judged
    let done = self.done
    lock.unlock()
    progress?(done, total)
  }

  var all: [Finding] {
    lock.lock()
    defer { lock.unlock() }
    return pieces.flatMap { $0 }
  }
}

/// The records from the root down to the node last judged, kept from one node to the next:
/// the nodes of a piece mostly share their parents.
struct ChainCache {
  /// The records, root first, and each as a value.
  private(set) var ids: [ObjectID]
  private(set) var records: [Value]
  /// The variables of the scope's chain, then `self`, `as_of` and `params`.
  let names: [String]
  /// For each variable of the scope's chain, the position in `ids` of the nearest record of
  /// its type; -1 when the node has no such record above it.
  let positions: [Int]
  private let types: [Int]

  init(_ object: ObjectID, store: DataStore, scope: [String]) {
    let data = store.data
    ids = data.ancestry(of: object)
    records = ids.map { .object(DataObjectValue(store: store, id: $0)) }
    types = ids.map { data.typeIndex(of: $0) }
    let variables = types.map { ObjectType.snakeCase(data.schema.types[$0].name) }
    positions = scope.map { name in variables.lastIndex(of: name) ?? -1 }
    names = scope + RuleCompiler.nodeVariables
  }

  /// Moves to a sibling of the last node (same parent, same type); false when it is not one.
  mutating func extend(to object: ObjectID, store: DataStore) -> Bool {
    let data = store.data
    guard ids.count >= 2, data.parent(of: object) == ids[ids.count - 2],
      data.typeIndex(of: object) == types[types.count - 1]
    else { return false }
    ids[ids.count - 1] = object
    records[records.count - 1] = .object(DataObjectValue(store: store, id: object))
    return true
  }
}

/// The variables of one evaluation, in the order of the rules' ``ProgramLayout``: read by
/// position, or by name (a short scan) when a program asks by name.
struct RuleActivation: Activation {
  /// The node's variables.
  let names: [String]
  /// The node's values (`nil` for a record the node has none of), then the lets bound so far.
  private(set) var values: [Value?]
  /// The names of the lets of the rule being judged.
  var letNames: [String] = []

  init(names: [String], values: [Value?]) {
    self.names = names
    self.values = values
  }

  /// Binds the next `let` value.
  mutating func bind(_ value: Value) {
    values.append(value)
  }

  /// Replaces the value of the `index`th let.
  mutating func rebind(letAt index: Int, _ value: Value) {
    values[names.count + index] = value
  }

  /// Forgets the lets bound, keeping the storage for the next rule.
  mutating func unbindLets() {
    if values.count > names.count { values.removeSubrange(names.count...) }
  }

  func value(at position: Int) -> Value? {
    position < values.count ? values[position] : nil
  }

  /// The lets bound so far, by name, in order.
  var boundLets: [(name: String, value: Value)] {
    values.indices.dropFirst(names.count).map { (letNames[$0 - names.count], values[$0]!) }
  }

  func resolve(_ name: String) -> Value? {
    var i = values.count - 1
    while i >= names.count {
      if letNames[i - names.count] == name { return values[i] }
      i -= 1
    }
    while i >= 0 {
      if names[i] == name { return values[i] }
      i -= 1
    }
    return nil
  }
}
