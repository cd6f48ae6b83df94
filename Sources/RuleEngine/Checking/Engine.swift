import CEL
import Foundation

/// Runs compiled rules over decoded data. Pure and synchronous: the same request always gives
/// the same findings, sorted.
package struct Engine: Sendable {
  package init() {}

  package func check(_ request: CheckRequest) -> CheckResult {
    let store = DataStore(request.data, compiledAgainst: request.pack.pack.schema)
    let params = Self.parameters(request.pack.pack, on: request.asOf)
    let asOf = request.asOf.celTimestamp
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
    // `first` is the index of the piece's first rule among all the rules run, in the ledger
    // of what each rule spends over the check.
    var pieces: [(rules: [RunnableRule], first: Int, objects: ArraySlice<ObjectID>)] = []
    var runnables: [RunnableRule] = []
    var total = 0
    for scope in scopes {
      let objects = request.data.objects(ofType: scope)
      total += objects.count * byScope[scope]!.count
      var start = 0
      while start < objects.count {
        let end = Self.pieceEnd(objects, from: start, store: store)
        pieces.append((byScope[scope]!, runnables.count, objects[start..<end]))
        start = end
      }
      runnables += byScope[scope]!
    }
    let work = pieces
    let results = PieceResults(count: work.count, total: total, progress: request.progress)
    let costLimit = request.costLimit
    let ledger = RuleCostLedger(rules: runnables.count, limit: request.ruleCostLimit)
    let judgePiece = { @Sendable (i: Int) in
      let piece = work[i]
      var found: [Finding] = []
      var cache: ChainCache?
      let scope = piece.rules[0].compiled.scopeVariables
      // Each rule's total as last seen in the ledger, and what this piece spent since.
      var seen = piece.rules.indices.map { ledger.total(piece.first + $0) }
      var spent = Array(repeating: 0, count: piece.rules.count)
      for object in piece.objects {
        let node = NodeContext(object, store: store, scope: scope, asOf: asOf, params: params, cache: &cache)
        #if DQTV_WITHOUT_SAFETY  // scripts/safety_cost.sh measures the check without the budget per rule
          for rule in piece.rules {
            if let f = self.judge(rule, node, costLimit: costLimit, keepsValues: false, spent: &spent[0]).finding {
              found.append(f)
            }
          }
        #else
          for (k, rule) in piece.rules.enumerated() where seen[k] &+ spent[k] <= ledger.limit {
            if let f = self.judge(rule, node, costLimit: costLimit, keepsValues: false, spent: &spent[k]).finding {
              found.append(f)
            }
            if spent[k] >= RuleCostLedger.flushEvery {
              seen[k] = ledger.add(spent[k], to: piece.first + k)
              spent[k] = 0
            }
          }
        #endif
      }
      for k in spent.indices where spent[k] > 0 { _ = ledger.add(spent[k], to: piece.first + k) }
      results.store(found, at: i, judged: piece.objects.count * piece.rules.count)
    }
    if work.count > 1 {
      DispatchQueue.concurrentPerform(iterations: work.count, execute: judgePiece)
    } else if work.count == 1 {
      judgePiece(0)
    }
    var findings = results.all
    let stopped = runnables.indices.filter { ledger.exceeded($0) }.map { runnables[$0].compiled }
    if !stopped.isEmpty { Self.stop(stopped, limit: request.ruleCostLimit, data: request.data, in: &findings) }
    let allIDs = Set(request.pack.rules.map(\.id).filter { request.ruleFilter?($0) ?? true })
    let inForceIDs = Set(inForce.map(\.id))
    findings = Self.sorted(findings)
    return CheckResult(
      findings: findings, rulesApplied: inForce.count, rulesNotInForce: allIDs.subtracting(inForceIDs).count)
  }

  /// The end of the piece of `objects` that starts at `start`: at least 256 of them, then on to
  /// the last one with the same parent (up to 1,024 in all), so that the records under one parent
  /// are mostly judged by one piece, whose comprehensions keep what they found for that parent's
  /// lists (see ``ChainCache``).
  static func pieceEnd(_ objects: [ObjectID], from start: Int, store: DataStore) -> Int {
    var end = Swift.min(objects.count, start + 256)
    guard end < objects.count, let parent = store.parent(of: objects[end - 1]) else { return end }
    let limit = Swift.min(objects.count, start + 1_024)
    while end < limit && store.parent(of: objects[end]) == parent { end += 1 }
    return end
  }

  /// The findings in the order of ``Finding/precedes(_:_:)``, equal ones in their order (a
  /// stable sort). The sort moves indexes and compares places as numbers (the file by its
  /// rank among the files); it reads the findings themselves, each read a copy that retains
  /// and releases every field, only for two at the same place.
  static func sorted(_ findings: [Finding]) -> [Finding] {
    let files = Set(findings.map(\.location.file)).sorted()
    let rank = Dictionary(uniqueKeysWithValues: files.enumerated().map { ($1, $0) })
    let places = findings.map { (rank[$0.location.file] ?? 0, $0.location.line, $0.location.column) }
    let order = findings.indices.sorted { i, j in
      if places[i] != places[j] { return places[i] < places[j] }
      if Finding.precedes(findings[i], findings[j]) { return true }
      if Finding.precedes(findings[j], findings[i]) { return false }
      return i < j
    }
    return order.map { findings[$0] }
  }

  /// Every node a rule runs on, with its verdict (for `explain`).
  package func explain(_ rule: CompiledRule, request: CheckRequest) -> [NodeVerdict] {
    let store = DataStore(request.data, compiledAgainst: request.pack.pack.schema)
    let params = Self.parameters(request.pack.pack, on: request.asOf)
    let asOf = request.asOf.celTimestamp
    var cache: ChainCache?
    let runnable = RunnableRule(rule, asOf: asOf, params: params)
    return request.data.objects(ofType: rule.rule.scope.value).map {
      let node = NodeContext(
        $0, store: store, scope: rule.scopeVariables, asOf: asOf, params: params, cache: &cache)
      var spent = 0
      return judge(runnable, node, costLimit: request.costLimit, keepsValues: true, spent: &spent)
    }
  }

  /// The parameters in force on a date, as a CEL map; a parameter with no value in force is
  /// left out (reading it is an evaluation error).
  package static func parameterValues(_ pack: RulePack, on date: CalendarDate) -> Value {
    parameters(pack, on: date)
  }

  static func parameters(_ pack: RulePack, on date: CalendarDate) -> Value {
    var entries: [(key: Value, value: Value)] = []
    for name in pack.parameters.keys.sorted() {
      if let v = pack.parameters[name]?.value(on: date) { entries.append((.string(name), celValue(v))) }
    }
    return mapValue(entries)
  }

  static func celValue(_ v: ParameterValue) -> Value {
    switch v {
    case .null: return .null
    case .bool(let b): return .bool(b)
    case .int(let i): return .int(i)
    case .double(let d): return .double(d)
    case .string(let s): return .normalizedString(s)
    case .date(let d): return d.celTimestamp
    case .list(let items): return .list(items.map(celValue))
    case .map(let entries, let order):
      let pairs = order.map { (key: Value.string($0), value: celValue(entries[$0]!)) }
      return mapValue(pairs)
    }
  }

  /// A CEL map of parameter entries. Their keys are names, unique by construction; were they
  /// not, every rule that reads the map would get the error rather than a map with keys missing.
  static func mapValue(_ entries: [(key: Value, value: Value)]) -> Value {
    switch MapValue.make(entries) {
    case .success(let map): .map(map)
    case .failure(let error): .error(error)
    }
  }
}
