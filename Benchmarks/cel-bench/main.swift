// Measures CEL evaluation: a rule-like expression compiled once (parse, check, plan) and
// evaluated many times.
//
//   swift run -c release cel-bench [--rounds N]
//
// 1. `items.filter(m, m.position == 'chi_huy_truong').size()` over a list of 1,000 maps.
// 2. `age(m.birth, as_of) >= 18 && m.position != 'tro_ly'` on one map, 100,000 times.
// Prints nanoseconds per evaluation (and per element for the first), medians of the rounds.
import CEL
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

func now() -> Double {
  var t = timespec()
  clock_gettime(CLOCK_MONOTONIC, &t)
  return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
}

func compile(_ text: String, _ variables: [String: CELType]) -> Program {
  let parsed = CELParser().parse(text)
  guard let expression = parsed.expression else { fatalError("benchmark expression does not parse") }
  let declarations = Declarations(
    variables: variables, objectTypes: [:], enumTypes: [:], functions: FunctionLibrary.standard.signatures)
  guard let checked = CELChecker(declarations: declarations).check(expression).checked,
    let program = try? Program(checked)
  else { fatalError("benchmark expression does not check") }
  return program
}

let positions = ["chi_huy_truong", "chinh_tri_vien", "pho_chi_huy_truong", "tro_ly"]
func member(_ i: Int) -> Value {
  let birth = CELTimestamp(seconds: Int64(3_000 + (i * 37) % 9_000) * 86_400)!
  let map = try! MapValue.make([
    (key: .string("position"), value: .string(positions[i % positions.count])),
    (key: .string("birth"), value: .timestamp(birth)),
  ]).get()
  return .map(map)
}

var rounds = 5
let arguments = Array(CommandLine.arguments.dropFirst())
if let i = arguments.firstIndex(of: "--rounds"), i + 1 < arguments.count, let n = Int(arguments[i + 1]) { rounds = n }

let items = Value.list((0..<1_000).map(member))
let asOf = Value.timestamp(CELTimestamp(seconds: 20_600 * 86_400)!)
let filter = compile(
  "items.filter(m, m.position == 'chi_huy_truong').size()", ["items": .list(.map(key: .string, value: .dyn))])
let perElement = compile(
  "age(m.birth, as_of) >= 18 && m.position != 'tro_ly'", ["m": .map(key: .string, value: .dyn), "as_of": .timestamp])

func median(_ xs: [Double]) -> Double { xs.sorted()[xs.count / 2] }

var filterTimes: [Double] = []
var elementTimes: [Double] = []
for _ in 0..<rounds {
  let bindings = Bindings(["items": items])
  var result = Value.null
  var start = now()
  for _ in 0..<1_000 { result = filter.evaluate(bindings) }
  filterTimes.append((now() - start) / 1_000)
  guard case .int(250) = result else { fatalError("unexpected result \(result)") }

  let one = Bindings(["m": member(3), "as_of": asOf])
  start = now()
  for _ in 0..<100_000 { result = perElement.evaluate(one) }
  elementTimes.append((now() - start) / 100_000)
  guard case .bool = result else { fatalError("unexpected result \(result)") }
}
print(
  String(
    format:
      "filter(...).size() over 1,000 maps: %.0f ns per evaluation, %.0f ns per element (median of %d rounds of 1,000)",
    median(filterTimes) * 1e9, median(filterTimes) * 1e9 / 1_000, rounds))
print(
  String(
    format: "age(...) comparison on one map: %.0f ns per evaluation (median of %d rounds of 100,000)",
    median(elementTimes) * 1e9, rounds))
