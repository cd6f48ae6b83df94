import SourceDiagnostics

@testable import CEL

/// Builds syntax trees by hand, numbering nodes in creation order, as a parser would.
final class TreeBuilder {
  private var next = 1

  private func make(_ kind: Expr.Kind) -> Expr {
    defer { next += 1 }
    return Expr(id: ExprID(next), kind: kind)
  }

  func int(_ v: Int64) -> Expr { make(.literal(.int(v))) }
  func uint(_ v: UInt64) -> Expr { make(.literal(.uint(v))) }
  func double(_ v: Double) -> Expr { make(.literal(.double(v))) }
  func string(_ v: String) -> Expr { make(.literal(.string(v))) }
  func bool(_ v: Bool) -> Expr { make(.literal(.bool(v))) }
  func null() -> Expr { make(.literal(.null)) }
  func ident(_ name: String) -> Expr { make(.ident(name)) }

  /// `a.b.c` as nested selections of an identifier.
  func path(_ dotted: String) -> Expr {
    let parts = dotted.split(separator: ".").map(String.init)
    var expr = ident(parts[0])
    for part in parts.dropFirst() { expr = select(expr, part) }
    return expr
  }

  func select(_ operand: Expr, _ field: String) -> Expr {
    make(.select(operand: operand, field: field, testOnly: false))
  }
  func has(_ operand: Expr, _ field: String) -> Expr {
    make(.select(operand: operand, field: field, testOnly: true))
  }
  func call(_ function: String, _ args: Expr...) -> Expr {
    make(.call(function: function, target: nil, args: args))
  }
  func method(_ target: Expr, _ function: String, _ args: Expr...) -> Expr {
    make(.call(function: function, target: target, args: args))
  }
  func list(_ elements: Expr...) -> Expr { make(.list(elements: elements)) }
  func map(_ entries: (Expr, Expr)...) -> Expr {
    let built = entries.map { MapEntry(id: ExprID(0), key: $0.0, value: $0.1) }
    return make(.map(entries: built))
  }
  func structure(_ name: String) -> Expr { make(.structure(typeName: name, fields: [])) }

  /// The expansion of `range.filter(v, predicate)`.
  func filter(_ range: Expr, _ v: String, _ predicate: (TreeBuilder) -> Expr) -> Expr {
    let pred = predicate(self)
    let step = call(
      Operator.conditional, pred, call(Operator.add, ident("@result"), list(ident(v))),
      ident("@result"))
    return comprehension(range, v, start: list(), condition: bool(true), step: step, "filter")
  }

  /// The expansion of `range.map(v, transform)`.
  func mapMacro(_ range: Expr, _ v: String, _ transform: (TreeBuilder) -> Expr) -> Expr {
    let body = transform(self)
    let step = call(Operator.add, ident("@result"), list(body))
    return comprehension(range, v, start: list(), condition: bool(true), step: step, "map")
  }

  /// The expansion of `range.all(v, predicate)`.
  func all(_ range: Expr, _ v: String, _ predicate: (TreeBuilder) -> Expr) -> Expr {
    let pred = predicate(self)
    let condition = call(Operator.notStrictlyFalse, ident("@result"))
    let step = call(Operator.logicalAnd, ident("@result"), pred)
    return comprehension(range, v, start: bool(true), condition: condition, step: step, "all")
  }

  private func comprehension(
    _ range: Expr, _ v: String, start: Expr, condition: Expr, step: Expr, _ macro: String
  ) -> Expr {
    make(
      .comprehension(
        Comprehension(
          iterVar: v, iterRange: range, accuVar: "@result", accuInit: start,
          loopCondition: condition, loopStep: step, result: ident("@result"), macro: macro)))
  }
}

/// A small function table in the shape of CEL's standard library, for tests that do not
/// depend on the runtime's table.
enum TestFunctions {
  static func op(
    _ id: String, _ parameters: [CELType], _ result: CELType, params: [String] = [],
    receiver: Bool = false
  ) -> OverloadSignature {
    OverloadSignature(
      id: id, receiverStyle: receiver, parameters: parameters, result: result,
      typeParameters: params)
  }

  static let a = CELType.typeParam("A")
  static let b = CELType.typeParam("B")

  static let all: [FunctionSignature] = [
    FunctionSignature(
      name: Operator.add, doc: "",
      overloads: [
        op("add_int64", [.int, .int], .int), op("add_uint64", [.uint, .uint], .uint),
        op("add_double", [.double, .double], .double),
        op("add_string", [.string, .string], .string),
        op("add_list", [.list(a), .list(a)], .list(a), params: ["A"]),
        op("add_timestamp_duration", [.timestamp, .duration], .timestamp),
      ]),
    FunctionSignature(
      name: Operator.multiply, doc: "",
      overloads: [
        op("multiply_int64", [.int, .int], .int),
        op("multiply_double", [.double, .double], .double),
      ]),
    FunctionSignature(
      name: Operator.equals, doc: "", overloads: [op("equals", [a, a], .bool, params: ["A"])]),
    FunctionSignature(
      name: Operator.notEquals, doc: "",
      overloads: [op("not_equals", [a, a], .bool, params: ["A"])]),
    FunctionSignature(
      name: Operator.less, doc: "",
      overloads: [
        op("less_int64", [.int, .int], .bool), op("less_double", [.double, .double], .bool),
        op("less_string", [.string, .string], .bool),
        op("less_timestamp", [.timestamp, .timestamp], .bool),
      ]),
    FunctionSignature(
      name: "size", doc: "",
      overloads: [
        op("size_string", [.string], .int), op("size_list", [.list(a)], .int, params: ["A"]),
        op("string_size", [.string], .int, receiver: true),
        op("list_size", [.list(a)], .int, params: ["A"], receiver: true),
        op("map_size", [.map(key: a, value: b)], .int, params: ["A", "B"], receiver: true),
      ]),
    FunctionSignature(
      name: "startsWith", doc: "",
      overloads: [op("starts_with_string", [.string, .string], .bool, receiver: true)]),
    FunctionSignature(
      name: "int", doc: "",
      overloads: [
        op("int64_to_int64", [.int], .int), op("double_to_int64", [.double], .int),
        op("string_to_int64", [.string], .int),
      ]),
    FunctionSignature(name: "dyn", doc: "", overloads: [op("to_dyn", [a], .dyn, params: ["A"])]),
    FunctionSignature(
      name: "type", doc: "", overloads: [op("type", [a], .type(a), params: ["A"])]),
    FunctionSignature(
      name: Operator.in, doc: "",
      overloads: [
        op("in_list", [a, .list(a)], .bool, params: ["A"]),
        op("in_map", [a, .map(key: a, value: b)], .bool, params: ["A", "B"]),
      ]),
    FunctionSignature(
      name: Operator.index, doc: "",
      overloads: [
        op("index_list", [.list(a), .int], a, params: ["A"]),
        op("index_map", [.map(key: a, value: b), a], b, params: ["A", "B"]),
      ]),
    FunctionSignature(
      name: Operator.conditional, doc: "",
      overloads: [op("conditional", [.bool, a, a], a, params: ["A"])]),
    FunctionSignature(
      name: Operator.logicalAnd, doc: "", overloads: [op("logical_and", [.bool, .bool], .bool)]),
    FunctionSignature(
      name: Operator.logicalOr, doc: "", overloads: [op("logical_or", [.bool, .bool], .bool)]),
    FunctionSignature(
      name: Operator.logicalNot, doc: "", overloads: [op("logical_not", [.bool], .bool)]),
    FunctionSignature(
      name: Operator.notStrictlyFalse, doc: "",
      overloads: [op("not_strictly_false", [.bool], .bool)]),
    FunctionSignature(
      name: "age", doc: "", overloads: [op("age", [.timestamp, .timestamp], .int)]),
    FunctionSignature(
      name: "math.greatest", doc: "",
      overloads: [op("math_greatest_int_int", [.int, .int], .int)]),
  ]
}

/// Declarations shaped like a dqtv submission schema.
enum SchemaFixture {
  static let declarations: Declarations = {
    var d = Declarations(functions: TestFunctions.all)
    d.declare(
      ObjectTypeDecl(
        name: "Submission",
        fields: [
          FieldDecl(name: "province", type: .string),
          FieldDecl(name: "communes", type: .list(.object("Commune"))),
        ]))
    d.declare(
      ObjectTypeDecl(
        name: "Commune",
        fields: [
          FieldDecl(name: "name", type: .string),
          FieldDecl(name: "class", type: .enumeration("CommuneClass")),
          FieldDecl(name: "designations", type: .list(.enumeration("Designation"))),
          FieldDecl(name: "command_board", type: .object("CommandBoard")),
          FieldDecl(name: "population", type: .int),
          FieldDecl(name: "militia_ratio", type: .double),
        ]))
    d.declare(
      ObjectTypeDecl(
        name: "CommandBoard",
        fields: [FieldDecl(name: "members", type: .list(.object("BoardMember")))]))
    d.declare(
      ObjectTypeDecl(
        name: "BoardMember",
        fields: [
          FieldDecl(name: "full_name", type: .string),
          FieldDecl(name: "position", type: .enumeration("Position")),
          FieldDecl(name: "birth_date", type: .timestamp),
        ]))
    d.declare(EnumTypeDecl(name: "CommuneClass", values: ["I", "II", "III", "dac_biet"]))
    d.declare(
      EnumTypeDecl(name: "Designation", values: ["ven_bien", "bien_gioi", "trong_diem"]))
    d.declare(
      EnumTypeDecl(
        name: "Position", values: ["chi_huy_truong", "chi_huy_pho", "chinh_tri_vien", "tro_ly"]))
    d.variables = [
      "self": .object("Commune"), "commune": .object("Commune"),
      "submission": .object("Submission"), "as_of": .timestamp, "params": .dyn,
      "limits": .map(key: .string, value: .int),
    ]
    return d
  }()
}

extension CELChecker {
  /// Checks a hand-built tree; a node's location is line 1, column = its id.
  func checkTree(_ expr: Expr, expecting: CELType? = nil) -> CheckOutcome {
    let locator = NodeLocator(
      extent: { id in id.rawValue..<(id.rawValue + 1) }, focus: { _ in nil },
      location: { range in SourceLocation(file: "<tree>", line: 1, column: range.lowerBound) })
    return check(expr, locator: locator, expecting: expecting)
  }
}
