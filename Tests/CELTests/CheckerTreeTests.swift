import SourceDiagnostics
import Testing

@testable import CEL

/// Checks of hand-built syntax trees, independent of the parser.
@Suite struct CheckerTreeTests {
  let checker = CELChecker(declarations: SchemaFixture.declarations)

  private func messages(_ outcome: CheckOutcome) -> [String] {
    outcome.diagnostics.map { "\($0.code): \($0.message)" }
  }

  @Test func literalsHaveTheirTypes() {
    let b = TreeBuilder()
    let cases: [(Expr, CELType)] = [
      (b.int(1), .int), (b.uint(1), .uint), (b.double(1), .double), (b.string("x"), .string),
      (b.bool(true), .bool), (b.null(), .null),
    ]
    for (expr, type) in cases {
      let outcome = checker.checkTree(expr)
      #expect(outcome.resultType == type)
      #expect(outcome.diagnostics.isEmpty)
    }
  }

  @Test func mixingIntAndDoubleIsAnError() {
    let b = TreeBuilder()
    let outcome = checker.checkTree(b.call(Operator.add, b.int(1), b.double(1)))
    #expect(
      messages(outcome) == [
        "expr.no-overload: found no matching overload for '_+_' applied to '(int, double)'"
      ])
    #expect(outcome.resultType == .error)
  }

  @Test func dynMatchesAnyOverload() {
    let b = TreeBuilder()
    let expr = b.call(Operator.add, b.call("dyn", b.int(1)), b.double(1))
    let outcome = checker.checkTree(expr)
    #expect(outcome.diagnostics.isEmpty)
    // dyn + double matches add_double only (int, uint, string, list need a non-double second).
    #expect(outcome.resultType == .double)
    #expect(outcome.overloads[expr.id] == ["add_double"])
  }

  @Test func mapMacroOverListOfIntIsListOfInt() {
    let b = TreeBuilder()
    let expr = b.mapMacro(b.list(b.int(1), b.int(2)), "x") { b in
      b.call(Operator.multiply, b.ident("x"), b.int(2))
    }
    let outcome = checker.checkTree(expr)
    #expect(outcome.diagnostics.isEmpty)
    #expect(outcome.resultType == .list(.int))
  }

  @Test func aggregateLiteralsJoinElementTypes() {
    let b = TreeBuilder()
    let cases: [(Expr, CELType)] = [
      (b.list(b.int(1), b.int(2)), .list(.int)),
      (b.list(b.int(1), b.string("a")), .list(.dyn)),
      (b.list(), .list(.dyn)),
      (b.list(b.call("dyn", b.int(1)), b.int(2)), .list(.dyn)),
      (b.list(b.list(), b.list(b.int(1))), .list(.list(.int))),
      (b.map((b.string("a"), b.int(1))), .map(key: .string, value: .int)),
      (b.map((b.string("a"), b.int(1)), (b.int(2), b.int(3))), .map(key: .dyn, value: .int)),
      (b.select(b.map((b.string("a"), b.int(1))), "a"), .int),
    ]
    for (expr, type) in cases {
      let outcome = checker.checkTree(expr)
      #expect(outcome.resultType == type, "\(expr)")
      #expect(outcome.diagnostics.isEmpty)
    }
  }

  @Test func sizeComparison() {
    let b = TreeBuilder()
    let size = b.call("size", b.string("x"))
    let outcome = checker.checkTree(b.call(Operator.equals, size, b.int(1)))
    #expect(outcome.diagnostics.isEmpty)
    #expect(outcome.resultType == .bool)
    #expect(outcome.overloads[size.id] == ["size_string"])
  }

  @Test func undeclaredNamesAreReportedWithSuggestions() {
    let b = TreeBuilder()
    let outcome = checker.checkTree(b.select(b.ident("comune"), "name"))
    #expect(
      messages(outcome) == [
        "expr.undeclared: undeclared reference to 'comune'; did you mean 'commune'?"
      ])
    let unknownFunction = checker.checkTree(b.call("sizee", b.string("x")))
    #expect(
      messages(unknownFunction) == [
        "expr.undeclared: undeclared reference to 'sizee'; did you mean 'size'?"
      ])
  }

  @Test func errorsDoNotCascade() {
    let b = TreeBuilder()
    let expr = b.call(
      Operator.logicalAnd,
      b.call(Operator.equals, b.call(Operator.add, b.ident("nope"), b.int(1)), b.int(2)),
      b.call(Operator.less, b.path("self.populaton"), b.int(3)))
    let outcome = checker.checkTree(expr)
    #expect(
      messages(outcome) == [
        "expr.undeclared: undeclared reference to 'nope'",
        "expr.unknown-field: undefined field 'populaton' on type 'Commune'; did you mean 'population'?",
      ])
  }

  @Test func qualifiedNamesResolveToTheLongestDeclaredPrefix() {
    var declarations = SchemaFixture.declarations
    declarations.variables["pack.limits"] = .map(key: .string, value: .int)
    let checker = CELChecker(declarations: declarations)
    let b = TreeBuilder()
    let expr = b.path("pack.limits.max_age")
    let outcome = checker.checkTree(expr)
    #expect(outcome.diagnostics.isEmpty)
    #expect(outcome.resultType == .int)
    guard case .select(let operand, _, _) = expr.kind else { return }
    #expect(outcome.references[operand.id] == "pack.limits")
  }

  @Test func conditionalNeedsAgreeingBranches() {
    let b = TreeBuilder()
    let bad = checker.checkTree(b.call(Operator.conditional, b.bool(true), b.int(1), b.string("a")))
    #expect(
      messages(bad) == [
        "expr.no-overload: found no matching overload for '_?_:_' applied to '(bool, int, string)'"
      ])
    let dyn = checker.checkTree(
      b.call(Operator.conditional, b.bool(true), b.call("dyn", b.int(1)), b.int(2)))
    #expect(dyn.resultType == .dyn)
    let null = checker.checkTree(
      b.call(Operator.conditional, b.bool(true), b.null(), b.path("self.command_board")))
    // As in cel-go, null unifies with a record; the type variable keeps the first binding.
    #expect(null.diagnostics.isEmpty)
    #expect(null.resultType == .null)
  }

  @Test func receiverCallsAndNamespacedFunctions() {
    let b = TreeBuilder()
    let ok = checker.checkTree(b.method(b.path("self.name"), "startsWith", b.string("Xã")))
    #expect(ok.resultType == .bool)
    let bad = checker.checkTree(b.method(b.path("self.name"), "startsWith", b.int(1)))
    #expect(
      messages(bad) == [
        "expr.no-overload: found no matching overload for 'startsWith' applied to 'string.(int)'"
      ])
    let namespaced = checker.checkTree(b.method(b.ident("math"), "greatest", b.int(1), b.int(2)))
    #expect(namespaced.diagnostics.isEmpty)
    #expect(namespaced.resultType == .int)
  }

  @Test func selectionNeedsARecordMapOrDyn() {
    let b = TreeBuilder()
    #expect(
      messages(checker.checkTree(b.select(b.int(1), "foo"))) == [
        "expr.unknown-field: type 'int' does not support field selection (selecting 'foo')"
      ])
    #expect(checker.checkTree(b.path("params.max_age")).resultType == .dyn)
    #expect(checker.checkTree(b.path("limits.max_age")).resultType == .int)
    #expect(checker.checkTree(b.has(b.ident("self"), "command_board")).resultType == .bool)
    #expect(
      messages(checker.checkTree(b.has(b.ident("self"), "comand_board"))) == [
        "expr.unknown-field: undefined field 'comand_board' on type 'Commune'; did you mean 'command_board'?"
      ])
  }

  @Test func messageLiteralsAreNotSupported() {
    let b = TreeBuilder()
    let outcome = checker.checkTree(b.structure("Foo"))
    #expect(outcome.diagnostics.map(\.code) == ["expr.unsupported"])
  }

  @Test func expectedResultType() {
    let b = TreeBuilder()
    let outcome = checker.checkTree(b.path("self.population"), expecting: .bool)
    #expect(
      messages(outcome) == [
        "expr.not-bool: expression must be of type 'bool' but has type 'int'"
      ])
    #expect(checker.checkTree(b.path("params.x"), expecting: .bool).diagnostics.isEmpty)
    #expect(checker.checkTree(b.ident("nope"), expecting: .bool).diagnostics.count == 1)
  }

  @Test func comprehensionVariablesTakeTheRangeElementType() {
    let b = TreeBuilder()
    let members = b.path("self.command_board.members")
    let filtered = b.filter(members, "m") { b in
      b.call(Operator.equals, b.path("m.position"), b.string("chi_huy_truong"))
    }
    let expr = b.call(Operator.equals, b.method(filtered, "size"), b.int(1))
    let outcome = checker.checkTree(expr, expecting: .bool)
    #expect(outcome.diagnostics.isEmpty)
    #expect(outcome.types[filtered.id] == .list(.object("BoardMember")))

    let overRange = b.all(b.int(3), "x") { b in b.bool(true) }
    #expect(
      messages(checker.checkTree(overRange)) == [
        "expr.type-mismatch: expression of type 'int' cannot be the range of a comprehension (it must be a list, a map or dyn)"
      ])
  }

  @Test func enumValuesAreChecked() {
    let b = TreeBuilder()
    let typo = b.call(Operator.equals, b.path("self.class"), b.string("dac_bit"))
    #expect(
      messages(checker.checkTree(typo)) == [
        "expr.enum-value: 'dac_bit' is not a value of CommuneClass; did you mean 'dac_biet'?"
      ])
    let reversed = b.call(Operator.notEquals, b.string("IV"), b.path("self.class"))
    #expect(
      messages(checker.checkTree(reversed)) == [
        "expr.enum-value: 'IV' is not a value of CommuneClass; did you mean 'I'?"
      ])
    let member = b.call(Operator.in, b.string("ven_bien"), b.path("self.designations"))
    #expect(checker.checkTree(member).diagnostics.isEmpty)
    #expect(checker.checkTree(member).resultType == .bool)
    let badMember = b.call(Operator.in, b.string("ven_bienn"), b.path("self.designations"))
    #expect(
      messages(checker.checkTree(badMember)) == [
        "expr.enum-value: 'ven_bienn' is not a value of Designation; did you mean 'ven_bien'?"
      ])
    let literalList = b.all(b.path("self.command_board.members"), "m") { b in
      b.call(Operator.in, b.path("m.position"), b.list(b.string("tro_ly"), b.string("xyz")))
    }
    #expect(
      messages(checker.checkTree(literalList)) == [
        "expr.enum-value: 'xyz' is not a value of Position (its values are 'chi_huy_truong', 'chi_huy_pho', 'chinh_tri_vien', 'tro_ly')"
      ])
    // An enumeration is a string: it compares with strings and takes string functions.
    let asString = b.method(b.path("self.class"), "startsWith", b.string("I"))
    #expect(checker.checkTree(asString).diagnostics.isEmpty)
    let withString = b.call(Operator.equals, b.path("self.class"), b.path("self.name"))
    #expect(checker.checkTree(withString).diagnostics.isEmpty)
    // Two different enumerations do not compare.
    let mixed = b.all(b.path("self.command_board.members"), "m") { b in
      b.call(Operator.equals, b.path("m.position"), b.path("self.class"))
    }
    #expect(
      messages(checker.checkTree(mixed)) == [
        "expr.no-overload: found no matching overload for '_==_' applied to '(Position, CommuneClass)'"
      ])
  }

  @Test func wrongArgumentTypesInSchemaRules() {
    let b = TreeBuilder()
    let age = b.call("age", b.path("self.name"), b.ident("as_of"))
    #expect(
      messages(checker.checkTree(age)) == [
        "expr.no-overload: found no matching overload for 'age' applied to '(string, google.protobuf.Timestamp)'"
      ])
    let ok = b.all(b.path("self.command_board.members"), "m") { b in
      b.call(Operator.less, b.call("age", b.path("m.birth_date"), b.ident("as_of")), b.int(60))
    }
    #expect(checker.checkTree(ok, expecting: .bool).diagnostics.isEmpty)
  }
}
