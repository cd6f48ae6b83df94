import Testing

@testable import CEL

/// A host list that keeps an index by any field, as the rule engine's lists do, and counts the
/// elements read.
final class IndexedList: HostList, @unchecked Sendable {
  let items: [Value]
  private(set) var reads = 0
  private(set) var lookups = 0
  init(_ items: [Value]) { self.items = items }
  var count: Int { items.count }
  func element(at index: Int) -> Value {
    reads += 1
    return items[index]
  }
  func positions(whereField field: String, mayEqual key: String) -> [Int]? {
    lookups += 1
    return items.indices.filter { i in
      guard case .object(let record) = items[i], case .value(.string(let s)) = record.field(field) else {
        return true  // no string there: the element must be read
      }
      return s == key
    }
  }
}

@Suite struct EvalKeyedTests {
  /// Units of a commune, some with no id, one whose id is a number, one failing to read.
  static let units: [Value] = [
    .object(TestRecord("Unit", [("id", .string("U1")), ("force", .string("co_dong"))])),
    .object(TestRecord("Unit", [("id", .string("U2")), ("force", .string("thuong_truc"))])),
    .object(TestRecord("Unit", [("force", .string("bien"))])),
    .object(TestRecord("Unit", [("id", .int(7)), ("force", .string("tai_cho"))])),
    .object(TestRecord("Unit", [("id", .string("U2")), ("force", .string("tai_cho"))])),
    .object(TestRecord("Unit", [("id", .error("broken")), ("force", .string("tai_cho"))])),
    .object(TestRecord("Unit", [("id", .string("U5"))])),
  ]

  static let expressions = [
    "units.exists(u, u.id == key && u.force == 'thuong_truc')",
    "units.exists(u, u.force == 'tai_cho' && key == u.id)",
    "units.exists(u, u.id == key)",
    "units.filter(u, u.id == key && u.force != 'bien').map(u, u.force)",
    "units.filter(u, u.id == key).size()",
    "units.exists_one(u, u.id == key)",
    "units.map(u, u.id == key && has(u.force), u.force)",
    "units.exists(u, u.id == key && u.force.startsWith('t'))",
    "units.exists(u, u.id == other)",
  ]
  static let keys: [Value] = [.string("U1"), .string("U2"), .string("U5"), .string("U9"), .int(7), .null]

  /// Every expression gives over an indexed list exactly what it gives over a plain one, for
  /// keys that match one element, several, none, and keys that are not strings.
  @Test(arguments: expressions) func indexedListsGiveWhatScansGive(_ expression: String) {
    for key in Self.keys {
      let plain = evaluate(expression, ["units": .list(Self.units), "key": key, "other": .string("U1")])
      let indexed = IndexedList(Self.units)
      let fast = evaluate(expression, ["units": .list(host: indexed), "key": key, "other": .string("U1")])
      #expect(
        ConformanceData.same(plain, fast) || (plain.isError && fast.isError),
        "\(expression) with key \(key.jsonText): scan \(plain.jsonText), index \(fast.jsonText)")
      if case .string = key { #expect(indexed.lookups == 1, "\(expression): the index was not used") }
    }
  }

  @Test func theIndexSparesTheOtherElements() {
    let units = IndexedList(Self.units.enumerated().filter { $0.offset != 5 }.map(\.element))
    let result = evaluate("units.filter(u, u.id == 'U1').size()", ["units": .list(host: units)])
    // The unit with no id fails `u.id == 'U1'` on its own, so `filter` fails, as a scan does.
    #expect(result.isError)
    let found = evaluate("units.exists(u, u.id == 'U1')", ["units": .list(host: units)])
    #expect(ConformanceData.same(found, .bool(true)))
    // filter read U1, the unit with no id and the one whose id is a number (of six); exists
    // read U1 and stopped.
    #expect(units.reads == 4)
  }

  @Test func errorsOfTheElementsWithoutAKeyStillCount() {
    // The failing id is read: `error && ...` with nothing true is an error, as in a scan.
    let result = evaluate(
      "units.exists(u, u.id == 'U9' && u.force == 'tai_cho')", ["units": .list(host: IndexedList(Self.units))])
    #expect(result.isError)
  }

  @Test func allIsNeverKeyed() {
    let units = IndexedList(Self.units)
    _ = evaluate("units.all(u, u.id == 'U1' && true)", ["units": .list(host: units)])
    #expect(units.lookups == 0)
  }

  @Test func aKeyReadingTheElementIsNotUsed() {
    let units = IndexedList(Self.units)
    _ = evaluate("units.exists(u, u.id == u.force)", ["units": .list(host: units)])
    #expect(units.lookups == 0)
  }
}

/// Programs planned with a layout read variables and fields by position, and give what they give
/// by name.
@Suite struct EvalLayoutTests {
  final class PositionalRecord: HostObject, @unchecked Sendable {
    let typeName = "Member"
    let values: [Value?]
    static let names = ["name", "age", "role"]
    private(set) var byPosition = 0
    init(_ values: [Value?]) { self.values = values }
    func field(_ name: String) -> HostField {
      guard let i = Self.names.firstIndex(of: name), let v = values[i] else { return .absent }
      return .value(v)
    }
    func field(at position: Int, named name: String) -> HostField {
      byPosition += 1
      return field(name)
    }
    func hasField(at position: Int, named name: String) -> Bool {
      byPosition += 1
      return hasField(name)
    }
    var fieldNames: [String] { Self.names }
  }

  final class PositionalActivation: Activation {
    let names: [String]
    let values: [Value]
    init(names: [String], values: [Value]) {
      self.names = names
      self.values = values
    }
    func resolve(_ name: String) -> Value? { names.firstIndex(of: name).map { values[$0] } }
    func value(at position: Int) -> Value? { values[position] }
  }

  @Test func variablesAndFieldsAreReadByPosition() throws {
    let member = ObjectTypeDecl(
      name: "Member",
      fields: [
        FieldDecl(name: "name", type: .string), FieldDecl(name: "age", type: .int),
        FieldDecl(name: "role", type: .string),
      ])
    var declarations = Declarations(
      variables: ["m": .object("Member"), "limit": .int], objectTypes: [:], enumTypes: [:],
      functions: FunctionLibrary.standard.signatures)
    declarations.declare(member)
    let layout = ProgramLayout(variables: ["limit", "m"], objectTypes: [member])
    let parsed = try #require(CELParser().parse("has(m.role) && m.age <= limit && m.name != ''").expression)
    let checked = try #require(CELChecker(declarations: declarations).check(parsed).checked)
    let program = try Program(checked, layout: layout)
    for (age, expected) in [(30, true), (50, false)] {
      let record = PositionalRecord([.string("An"), .int(Int64(age)), .string("x")])
      let activation = PositionalActivation(names: ["limit", "m"], values: [.int(45), .object(record)])
      let byPosition = program.evaluate(activation)
      let byName = program.evaluate(Bindings(["limit": .int(45), "m": .object(record)]))
      #expect(ConformanceData.same(byPosition, .bool(expected)))
      #expect(ConformanceData.same(byName, .bool(expected)))
      #expect(record.byPosition >= 3)
    }
    // A field left out is the same error by position as by name.
    let partial = PositionalRecord([.string("An"), nil, .string("x")])
    let missing = program.evaluate(PositionalActivation(names: ["limit", "m"], values: [.int(45), .object(partial)]))
    #expect(missing.isError)
  }
}
