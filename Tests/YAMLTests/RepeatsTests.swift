import TestSupport
import Testing
import YAML

/// ``Repeats`` finds what comparing every pair finds, also where hashes collide.
@Suite struct RepeatsTests {
  /// Each item equal to an earlier one, with the first such, by comparing every pair.
  static func byEveryPair(_ values: [Int]) -> [String] {
    values.indices.dropFirst().compactMap { i in
      (0..<i).first { values[$0] == values[i] }.map { "\(i)=\($0)" }
    }
  }

  @Test(arguments: [3, 16, 17, 200, 5000])
  func repeatsAreWhatComparingEveryPairFinds(_ count: Int) {
    var random = SplitMix64(state: UInt64(count))
    let values = (0..<count).map { _ in random.next(below: count / 2 + 1) }
    // A poor hash (values sharing a remainder collide) makes `same` decide.
    let hashes = values.map { UInt64($0 % 7) }
    let found = Repeats.find(hashes: hashes) { values[$0] == values[$1] }.map { "\($0.again)=\($0.first)" }
    #expect(found == Self.byEveryPair(values))
    #expect(!found.isEmpty)
  }
}
