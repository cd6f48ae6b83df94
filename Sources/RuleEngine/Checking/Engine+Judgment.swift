import CEL
import SourceDiagnostics
import YAML

extension Engine {
  /// How `runnable` judges the node. The values of the lets are kept in the verdict for a
  /// finding, and for every verdict when `keepsValues` (for `explain`). What its evaluations
  /// spend, each at most `costLimit`, is added to `spent` (for the budget of the rule over the
  /// check). Inlined where the check calls it: most verdicts are passes, and the check keeps
  /// only their findings, so no verdict is built, copied and destroyed there.
  @inline(__always)
  func judge(
    _ runnable: RunnableRule, _ node: NodeContext, costLimit: Int, keepsValues: Bool, spent: inout Int
  ) -> NodeVerdict {
    let rule = runnable.compiled
    let activation = node.activation
    let evaluator = node.evaluator
    // A rule without lets binds none, so the names of the last rule's lets are never read.
    if !rule.letNames.isEmpty { activation.letNames = rule.letNames }
    defer { activation.unbindLets() }
    /// Evaluates `program` with a budget of its own, counting what it spent.
    func evaluate(_ program: Program) -> Value {
      var budget = CostBudget(limit: costLimit)
      let v = program.evaluate(in: evaluator, budget: &budget)
      #if !DQTV_WITHOUT_SAFETY  // scripts/safety_cost.sh measures the check without it
        spent &+= Swift.min(budget.used, costLimit &+ 1)
      #endif
      return v
    }
    // Each verdict is made where it is returned: most judgments pass, and their verdict holds
    // no values and no finding.
    /// A verdict that a value is an error or not a bool; `lets` is how many lets came before.
    func failure(_ value: Value, lets: Int? = nil) -> NodeVerdict {
      let values = Array(activation.boundLets.prefix(lets ?? Int.max))
      let message: LocalizedText
      if case .error(let e) = value {
        if e.kind == .invalidData {
          return NodeVerdict(object: node.object, outcome: .invalidData, values: values, finding: nil)
        }
        message = e.text
      } else {
        message = EvaluationText.notBool(["type": value.typeName])
      }
      return NodeVerdict(
        object: node.object, outcome: .error(message), values: values,
        finding: evaluationFinding(rule, node.object, data: node.store.data, message: message, values: values))
    }
    if let when = runnable.when {
      let v = evaluate(when)
      guard case .bool(let applies) = v else { return failure(v) }
      if !applies { return NodeVerdict(object: node.object, outcome: .notApplicable, values: [], finding: nil) }
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
        let v = evaluate(runnable.lets[i])
        if case .error = v, !keepingErrors { return (v, i) }
        activation.rebind(letAt: i, v)
      }
      waiting = false
      return nil
    }
    for (i, program) in runnable.lets.enumerated() {
      if rule.letsForMessagesOnly[i] {
        activation.bind(Self.notYetComputed)
        waiting = true
        continue
      }
      let v = evaluate(program)
      if case .error = v {
        if let (earlier, j) = computeWaiting(before: i) { return failure(earlier, lets: j) }
        return failure(v, lets: i)
      }
      activation.bind(v)
    }
    let result = evaluate(runnable.require)
    if case .bool(true) = result {
      guard keepsValues else { return NodeVerdict(object: node.object, outcome: .passed, values: [], finding: nil) }
      _ = computeWaiting(before: runnable.lets.count, keepingErrors: true)
      return NodeVerdict(object: node.object, outcome: .passed, values: activation.boundLets, finding: nil)
    }
    if let (earlier, j) = computeWaiting(before: runnable.lets.count) { return failure(earlier, lets: j) }
    guard case .bool = result else { return failure(result) }
    return violation(rule, node, costLimit: costLimit, spent: &spent)
  }

  /// The verdict that the node breaks the rule, with its finding; the lets are bound.
  private func violation(_ rule: CompiledRule, _ node: NodeContext, costLimit: Int, spent: inout Int) -> NodeVerdict {
    let values = node.activation.boundLets
    let data = node.store.data
    let (place, path) = self.place(rule, node)
    var evaluated: [Evaluated] = []
    evaluated.reserveCapacity(8)
    let message = LocalizedText { language in
      render(
        rule.message[language] ?? [], activation: node.activation, schema: data.schema, language: language,
        costLimit: costLimit, spent: &spent, evaluated: &evaluated)
    }
    let finding = Finding(
      rule: rule.id, kind: .violation, severity: rule.rule.severity, message: message, basis: rule.rule.basis,
      location: data.yaml.location(of: place), path: path,
      values: values.map { ($0.name, ValueText.findingValue($0.value)) }, ruleLocation: rule.rule.location)
    return NodeVerdict(object: node.object, outcome: .violated, values: values, finding: finding)
  }

  /// What a let that waits for a finding holds until then; nothing reads it.
  static let notYetComputed = Value.error(EvaluationError("not computed"))

  /// An expression of a message evaluated on the node, with what it cost.
  struct Evaluated {
    let expression: CompiledExpression
    let value: Value
    let used: Int
  }

  /// The message in one language. An expression already in `evaluated` (the same text in
  /// another language's message) is not evaluated again, but its cost is counted again, as
  /// if it were; those evaluated here are added.
  func render(
    _ parts: [CompiledMessagePart], activation: RuleActivation, schema: Schema, language: Language, costLimit: Int,
    spent: inout Int, evaluated: inout [Evaluated]
  ) -> String {
    // Written as bytes, and made text once: appending to a `String` checks each join.
    let words = ValueText(schema: schema, language: language)
    var out: [UInt8] = []
    out.reserveCapacity(256)
    for part in parts {
      switch part {
      case .text(let t): ValueText.append(t, to: &out)
      case .expression(let e):
        let v: Value
        let used: Int
        if let known = evaluated.first(where: {
          $0.expression === e || $0.expression.parsed.source.text == e.parsed.source.text
        }) {
          (v, used) = (known.value, known.used)
        } else {
          var budget = CostBudget(limit: costLimit)
          v = e.program.evaluate(activation, budget: &budget)
          used = budget.used
          evaluated.append(Evaluated(expression: e, value: v, used: used))
        }
        spent &+= Swift.min(used, costLimit &+ 1)
        if case .error = v { out.append(UInt8(ascii: "?")) } else { words.write(v, type: e.type, to: &out) }
      }
    }
    return String(decoding: out, as: UTF8.self)
  }

  func evaluationFinding(
    _ rule: CompiledRule, _ object: ObjectID, data: DataDocument, message: LocalizedText,
    values: [(name: String, value: Value)]
  ) -> Finding {
    let path = data.path(of: object)
    return Finding(
      rule: rule.id, kind: .evaluationError, severity: .error,
      message: FindingMessage.notEvaluated(
        localized: [
          "rule": .init(verbatim: rule.id), "place": path.isEmpty ? FindingMessage.root() : .init(verbatim: path),
          "problem": message,
        ]),
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
    // The record whose path `path` is, while it is one: the path of its field is made from it.
    var pathOf: ObjectID? = start
    var current: DataSlot = .object(start)
    for step in at.steps {
      switch (step, current) {
      case (.field(let name), .object(let o)):
        guard let slot = data.slot(o, field: name), let valueNode = data.valueNode(o, field: name) else {
          return (target, path)
        }
        target = valueNode
        // As `data.path(of: o, field: name)` makes it.
        path = pathOf == o ? (path.isEmpty ? name : path + "." + name) : data.path(of: o, field: name)
        pathOf = nil
        current = slot
      case (.index(let i), .list(let list)) where i >= 0 && i < data.listCount(list):
        let item = data.listItem(list, i)
        target = data.yaml.items(of: data.listNode(list))[i]
        path += "[\(i)]"
        pathOf = nil
        current = item
      default:
        return (target, path)
      }
    }
    return (target, path)
  }
}
