import CEL
import SourceDiagnostics

/// Parses, type-checks and plans every expression of a pack against its schema, once; maps
/// every problem to its line and column in the rule file.
package struct RuleCompiler: Sendable {
  package let library: FunctionLibrary

  package init(library: FunctionLibrary = .standard) {
    self.library = library
  }

  /// The variables every rule sees besides its scope's: the date judged and the parameters.
  package static let asOfVariable = "as_of"
  package static let paramsVariable = "params"
  /// The variables after a scope's chain of records, in the order the engine binds them.
  static let nodeVariables = ["self", asOfVariable, paramsVariable]

  /// Compiles a pack; `nil` with diagnostics when any expression has an error.
  /// The report block is compiled only when asked for (the HTML report, `lint`): a check that
  /// draws no chart does not pay for it, nor stops at its mistakes.
  package func compile(_ pack: RulePack, includingReport: Bool = false) -> (CompiledPack?, Diagnostics) {
    var diagnostics = Diagnostics()
    let base = declarations(for: pack)
    let checker = CELChecker(declarations: base)
    var compiled: [CompiledRule] = []
    for rule in pack.rules {
      if let c = compile(rule, schema: pack.schema, base: base, checker: checker, diagnostics: &diagnostics) {
        compiled.append(c)
      }
    }
    let report =
      includingReport
      ? pack.report.map {
        compileReport($0, pack: pack, base: base, checker: checker, diagnostics: &diagnostics)
      } : nil
    guard !diagnostics.hasErrors else { return (nil, diagnostics) }
    return (CompiledPack(pack: pack, rules: compiled, declarations: base, report: report), diagnostics)
  }

  /// The schema's types and enums, the parameters, `as_of` and the function library.
  package func declarations(for pack: RulePack) -> Declarations {
    var d = Declarations(variables: [:], objectTypes: [:], enumTypes: [:], functions: library.signatures)
    for type in pack.schema.types {
      d.declare(
        ObjectTypeDecl(
          name: type.name,
          fields: type.fields.map {
            FieldDecl(name: $0.name, type: Self.celType($0.type), hasDefault: $0.defaultValue != nil)
          }))
    }
    for e in pack.schema.enums {
      d.declare(EnumTypeDecl(name: e.name, values: e.values.map(\.name)))
    }
    var paramFields: [FieldDecl] = []
    for name in pack.parameters.keys.sorted() {
      let values = pack.parameters[name]!.values.map(\.value)
      paramFields.append(FieldDecl(name: name, type: Self.parameterType(values, name: "params.\(name)", into: &d)))
    }
    d.declare(ObjectTypeDecl(name: "params", fields: paramFields))
    d.variables[Self.asOfVariable] = .timestamp
    d.variables[Self.paramsVariable] = .object("params")
    return d
  }

  static func celType(_ type: FieldType) -> CELType {
    switch type {
    case .string: .string
    case .int: .int
    case .double: .double
    case .bool: .bool
    case .date: .timestamp
    case .enumeration(let name): .enumeration(name)
    case .object(let name): .object(name)
    case .list(let element): .list(celType(element))
    }
  }

  /// The type of a parameter from its dated values: the common type of them all, `dyn` where
  /// they differ. A mapping becomes a record type, so that a misspelt key is caught.
  static func parameterType(_ values: [ParameterValue], name: String, into d: inout Declarations) -> CELType {
    let types = values.map { valueType($0, name: name, into: &d) }
    guard let first = types.first, types.allSatisfy({ $0 == first }) else { return .dyn }
    return first
  }

  static func valueType(_ value: ParameterValue, name: String, into d: inout Declarations) -> CELType {
    switch value {
    case .null: return .null
    case .bool: return .bool
    case .int: return .int
    case .double: return .double
    case .string: return .string
    case .date: return .timestamp
    case .list(let items):
      let types = items.map { valueType($0, name: name, into: &d) }
      guard let first = types.first, types.allSatisfy({ $0 == first }) else { return .list(.dyn) }
      return .list(first)
    case .map(let entries, let order):
      let fields = order.map { FieldDecl(name: $0, type: valueType(entries[$0]!, name: "\(name).\($0)", into: &d)) }
      if let existing = d.objectTypes[name] {
        // Another dated value: keep the keys all values share, with their common types.
        let merged = existing.fields.compactMap { old in
          fields.first { $0.name == old.name }.map {
            FieldDecl(name: old.name, type: old.type == $0.type ? old.type : .dyn)
          }
        }
        d.declare(ObjectTypeDecl(name: name, fields: merged))
      } else {
        d.declare(ObjectTypeDecl(name: name, fields: fields))
      }
      return .object(name)
    }
  }

  func compile(
    _ rule: Rule, schema: Schema, base: Declarations, checker: CELChecker, diagnostics: inout Diagnostics
  ) -> CompiledRule? {
    guard let chain = schema.ancestry(of: rule.scope.value) else { return nil }
    var declarations = base
    var ancestry: [(type: String, variable: String)] = []
    for typeName in chain {
      let variable = ObjectType.snakeCase(typeName)
      ancestry.append((typeName, variable))
      declarations.variables[variable] = .object(typeName)
    }
    declarations.variables["self"] = .object(rule.scope.value)
    let errorsBefore = diagnostics.errorCount

    // Variables are read by position: the records of the scope's chain, `self`, `as_of`,
    // `params`, then the lets in order (the order `Engine` binds them in).
    let layout = ProgramLayout(
      variables: ancestry.map(\.variable) + Self.nodeVariables + rule.lets.map(\.name.value),
      objectTypes: base.objectTypes.values)
    let when = rule.when.flatMap {
      compile($0, checker.with(variables: declarations.variables), expecting: .bool, layout: layout, &diagnostics)
    }
    var lets: [(String, CompiledExpression)] = []
    for binding in rule.lets {
      if declarations.variables[binding.name.value] != nil {
        diagnostics.append(
          .error(
            "rule.let-shadows", PackMessage.letShadows(["name": binding.name.value]),
            at: binding.name.location))
        continue
      }
      guard
        let c = compile(
          binding.expression, checker.with(variables: declarations.variables), expecting: nil, layout: layout,
          &diagnostics)
      else {
        declarations.variables[binding.name.value] = .dyn
        continue
      }
      declarations.variables[binding.name.value] = c.type
      lets.append((binding.name.value, c))
    }
    let final = checker.with(variables: declarations.variables)
    let require = compile(rule.require, final, expecting: .bool, layout: layout, &diagnostics)
    var at: NodePath?
    if let a = rule.at {
      at = nodePath(a, final, declarations, &diagnostics)
    }
    var message: [Language: [CompiledMessagePart]] = [:]
    for (language, template) in rule.message {
      var parts: [CompiledMessagePart] = []
      for part in template.parts {
        switch part {
        case .text(let t): parts.append(.text(t))
        case .expression(let e):
          if let c = compile(e, final, expecting: nil, layout: layout, &diagnostics) { parts.append(.expression(c)) }
        }
      }
      message[language] = parts
    }
    guard diagnostics.errorCount == errorsBefore, let require else { return nil }
    return CompiledRule(
      rule: rule, ancestry: ancestry, when: when, lets: lets, require: require, at: at, message: message)
  }

  func compile(
    _ expression: RuleExpression, _ checker: CELChecker, expecting: CELType?, layout: ProgramLayout = .none,
    _ diagnostics: inout Diagnostics
  ) -> CompiledExpression? {
    let parsed = CELParser().parse(expression.source)
    diagnostics.append(contentsOf: parsed.diagnostics)
    guard let p = parsed.expression else { return nil }
    let checked = checker.check(p, expecting: expecting)
    diagnostics.append(contentsOf: checked.diagnostics)
    guard let c = checked.checked else { return nil }
    do {
      let program = try Program(c, library: library, layout: layout)
      return CompiledExpression(parsed: p, program: program, type: c.resultType)
    } catch {
      diagnostics.append(.error("expr.plan", PackMessage.cannotPrepare(["error": "\(error)"]), at: expression.location))
      return nil
    }
  }

  /// Compiles one expression written outside any rule (`dqtv eval`) against `declarations`;
  /// its variables are read by name.
  func compileStandalone(_ text: String, file: String, declarations: Declarations) -> (CompiledExpression?, Diagnostics)
  {
    var diagnostics = Diagnostics()
    let expression = RuleExpression(
      source: ExpressionSource(text: text, file: file), location: SourceLocation(file: file, line: 1, column: 1))
    let compiled = compile(expression, CELChecker(declarations: declarations), expecting: nil, &diagnostics)
    return (compiled, diagnostics)
  }

  /// Reads `at` as a path into the data: a variable, then fields and constant list positions.
  func nodePath(
    _ expression: RuleExpression, _ checker: CELChecker, _ declarations: Declarations, _ diagnostics: inout Diagnostics
  ) -> NodePath? {
    guard compile(expression, checker, expecting: nil, &diagnostics) != nil,
      let p = CELParser().parse(expression.source).expression
    else { return nil }
    var steps: [NodePath.Step] = []
    var e = p.expr
    while true {
      switch e.kind {
      case .ident(let name):
        if declarations.objectTypes[declarationsTypeName(declarations.variables[name])] != nil || name == "self" {
          return NodePath(variable: name, steps: steps.reversed())
        }
      case .select(let operand, let field, false):
        steps.append(.field(field))
        e = operand
        continue
      case .call(Operator.index, nil, let args) where args.count == 2:
        if case .literal(.int(let i)) = args[1].kind {
          steps.append(.index(Int(i)))
          e = args[0]
          continue
        }
      default:
        break
      }
      diagnostics.append(
        .error(
          "rule.bad-at",
          PackMessage.badAt(),
          at: expression.location))
      return nil
    }
  }

  private func declarationsTypeName(_ type: CELType?) -> String {
    if case .object(let name)? = type { return name }
    return ""
  }
}
