import Testing

@testable import CEL

/// A record of the host, as the rule engine would expose a submission's node.
final class TestRecord: HostObject {
  let typeName: String
  let fields: [(String, Value)]
  init(_ typeName: String, _ fields: [(String, Value)]) {
    self.typeName = typeName
    self.fields = fields
  }
  func field(_ name: String) -> HostField {
    fields.first(where: { $0.0 == name }).map { .value($0.1) } ?? .absent
  }
  var fieldNames: [String] { fields.map(\.0) }
}

/// A lazy list that counts how many elements were read.
final class CountingList: HostList, @unchecked Sendable {
  let count: Int
  private(set) var reads = 0
  init(count: Int) { self.count = count }
  func element(at index: Int) -> Value {
    reads += 1
    return .object(TestRecord("Person", [("age", .int(Int64(index % 100)))]))
  }
}

@Suite struct EvalHostTests {
  static let commune = Value.object(
    TestRecord(
      "Commune",
      [
        ("name", .normalizedString("Xã Đông Hòa")),
        ("population", .int(12_000)),
        (
          "members",
          .list([
            .object(TestRecord("Member", [("name", .string("An")), ("role", .string("commander"))])),
            .object(TestRecord("Member", [("name", .string("Bình")), ("role", .string("deputy"))])),
          ])
        ),
      ]))

  static let cases: [EvalCase] = [
    EvalCase("c.population > 10000", .true),
    EvalCase("c.name.upper() == 'XÃ ĐÔNG HÒA'", .true),
    EvalCase("has(c.population)", .true),
    EvalCase("has(c.area)", .false),
    EvalCase("c.area", .error("no such key: 'area'")),
    EvalCase("c.members.exists(m, m.role == 'commander')", .true),
    EvalCase("c.members.filter(m, m.role == 'deputy').map(m, m.name) == ['Bình']", .true),
    EvalCase("type(c) == type(c)", .true),
    EvalCase("type(c) != type({})", .true),
    EvalCase("c == c", .true),
    EvalCase("c.members[0] == c.members[1]", .false),
    EvalCase("c.members[2]", .error("index out of range")),
  ]

  @Test(arguments: cases) func hostObjects(_ row: EvalCase) {
    check(row, ["c": Self.commune])
  }

  @Test func hostListsAreReadLazily() {
    let people = CountingList(count: 1_000)
    // exists stops at the first match: only three elements are read.
    check(EvalCase("people.exists(p, p.age == 2)", .true), ["people": .list(host: people)])
    #expect(people.reads == 3)
    check(EvalCase("size(people)", .int(1_000)), ["people": .list(host: people)])
    #expect(people.reads == 3)
    check(EvalCase("people[42].age", .int(42)), ["people": .list(host: people)])
  }

  @Test func jsonOfHostRecords() {
    #expect(
      Self.commune.jsonText
        == #"{"name":"Xã Đông Hòa","population":12000,"members":[{"name":"An","role":"commander"},{"name":"Bình","role":"deputy"}]}"#
    )
  }
}
