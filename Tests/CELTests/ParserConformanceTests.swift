import Foundation
import Testing

@testable import CEL

/// Every expression of cel-spec's conformance files (re-encoded as JSON in
/// `Conformance/`) must parse without error, except the tests listed in
/// ``ParserConformance/skipped``.
enum ParserConformance {
  /// The folder of the conformance files.
  static var folder: URL { ConformanceData.directory }

  struct Case {
    var file: String
    var section: String
    var name: String
    var expr: String
    var disableMacros: Bool
    /// The expected value, when the test expects one.
    var value: [String: Any]?
  }

  /// Tests whose expression is expected not to parse, keyed `file/section/name`, with the reason.
  /// All are cel-go's optional syntax (`a.?b`, `a[?k]`, `{?k: v}`, `[?e]`, `Msg{?f: v}`), which
  /// dqtv does not support. (Message literals of protobuf types parse; only evaluating them is
  /// unsupported. No test of these files expects a syntax error.)
  static let skipped: [String: String] = [
    "optionals/optionals/empty_map_optFlatMap_hasValue":
      "optional syntax '.?' is not supported",
    "optionals/optionals/map_empty_submap_optFlatMap_hasValue":
      "optional syntax '.?' is not supported",
    "optionals/optionals/map_null_entry_hasValue":
      "optional syntax '.?' is not supported",
    "optionals/optionals/map_submap_subkey_optFlatMap_value":
      "optional syntax '.?' is not supported",
    "optionals/optionals/map_submap_optFlatMap_value":
      "optional syntax '.?' is not supported",
    "optionals/optionals/map_optindex_optFlatMap_optional_ofNonZeroValue_hasValue":
      "optional syntax '.?' is not supported",
    "optionals/optionals/map_optindex_hasValue":
      "optional syntax '.?' is not supported",
    "optionals/optionals/has_map_optindex":
      "optional syntax '.?' is not supported",
    "optionals/optionals/has_map_optindex_field":
      "optional syntax '.?' is not supported",
    "optionals/optionals/optional_chaining_2":
      "optional syntax '[?' is not supported",
    "optionals/optionals/optional_chaining_3":
      "optional syntax '[?' is not supported",
    "optionals/optionals/optional_chaining_11":
      "optional syntax '.?' is not supported",
    "optionals/optionals/optional_chaining_12":
      "optional syntax '.?', '{?k: v}' / '[?e]' / 'Msg{?f: v}' is not supported",
    "optionals/optionals/optional_chaining_13":
      "optional syntax '.?', '{?k: v}' / '[?e]' / 'Msg{?f: v}' is not supported",
    "optionals/optionals/optional_chaining_14":
      "optional syntax '.?', '[?', '{?k: v}' / '[?e]' / 'Msg{?f: v}' is not supported",
    "optionals/optionals/optional_chaining_15":
      "optional syntax '.?', '[?' is not supported",
    "optionals/optionals/optional_chaining_16":
      "optional syntax '.?', '{?k: v}' / '[?e]' / 'Msg{?f: v}' is not supported",
    "optionals/optionals/has_optional_ofNonZeroValue_struct_optional_ofNonZeroValue_map_optindex_field":
      "optional syntax '{?k: v}' / '[?e]' / 'Msg{?f: v}' is not supported",
    "optionals/optionals/optional_ofNonZeroValue_struct_optional_ofNonZeroValue_map_optindex_field":
      "optional syntax '{?k: v}' / '[?e]' / 'Msg{?f: v}' is not supported",
    "optionals/optionals/struct_map_optindex_field":
      "optional syntax '[?', '{?k: v}' / '[?e]' / 'Msg{?f: v}' is not supported",
    "optionals/optionals/struct_optional_ofNonZeroValue_map_optindex_field":
      "optional syntax '[?', '{?k: v}' / '[?e]' / 'Msg{?f: v}' is not supported",
    "optionals/optionals/struct_map_optindex_field_nested":
      "optional syntax '[?', '{?k: v}' / '[?e]' / 'Msg{?f: v}' is not supported",
    "optionals/optionals/struct_list_optindex_field":
      "optional syntax '.?', '{?k: v}' / '[?e]' / 'Msg{?f: v}' is not supported",
    "optionals/optionals/optional_empty_map_optindex_hasValue":
      "optional syntax '.?' is not supported",
    "optionals/optionals/empty_struct_optindex_hasValue":
      "optional syntax '.?' is not supported",
    "optionals/optionals/optional_empty_struct_optindex_hasValue":
      "optional syntax '.?' is not supported",
    "optionals/optionals/optional_none_optselect_hasValue":
      "optional syntax '.?' is not supported",
    "optionals/optionals/struct_optindex_value":
      "optional syntax '.?' is not supported",
    "optionals/optionals/optional_struct_optindex_value":
      "optional syntax '.?' is not supported",
    "optionals/optionals/optional_struct_optindex_index_value":
      "optional syntax '.?' is not supported",
    "optionals/optionals/empty_list_optindex_hasValue":
      "optional syntax '[?' is not supported",
    "optionals/optionals/optional_empty_list_optindex_hasValue":
      "optional syntax '[?' is not supported",
    "optionals/optionals/optional_none_optindex_hasValue":
      "optional syntax '[?' is not supported",
    "optionals/optionals/list_optindex_value":
      "optional syntax '[?' is not supported",
    "optionals/optionals/optional_list_optindex_value":
      "optional syntax '[?' is not supported",
    "optionals/optionals/map_key_mixed_type_optindex_value":
      "optional syntax '[?' is not supported",
    "optionals/optionals/map_key_mixed_numbers_double_key_optindex_value":
      "optional syntax '[?' is not supported",
    "optionals/optionals/map_key_mixed_numbers_uint_key_optindex_value":
      "optional syntax '[?' is not supported",
    "optionals/optionals/map_key_mixed_numbers_int_key_optindex_value":
      "optional syntax '[?' is not supported",
    "optionals/optionals/map_optional_entry_has":
      "optional syntax '{?k: v}' / '[?e]' / 'Msg{?f: v}' is not supported",
    "optionals/optionals/map_null_entry_no_such_key":
      "optional syntax '.?' is not supported",
    "optionals/optionals/map_absent_key_absent_field_none":
      "optional syntax '[?' is not supported",
    "optionals/optionals/map_present_key_invalid_field":
      "optional syntax '[?' is not supported",
    "optionals/optionals/map_undefined_entry_hasValue":
      "optional syntax '.?' is not supported",
  ]

  /// parse.json tests whose expected value contradicts their own expression (section/name):
  /// these two expect a backslash before '?' in `b''' ? " ' ` '''`, whose text has none.
  /// (The runtime's conformance run will see the same mismatch.)
  static let wrongExpectations: [String: String] = [
    "bytes_literals/triple_single_quoted_unescaped_punctuation": "expects bytes ' \\? ...'",
    "bytes_literals/triple_double_quoted_unescaped_punctuation": "expects bytes ' \\? ...'",
  ]

  static func loadCases() throws -> [Case] {
    let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { $0.hasSuffix(".json") }.sorted()
    var cases: [Case] = []
    for file in files {
      let data = try Data(contentsOf: folder.appendingPathComponent(file))
      guard let tests = try JSONSerialization.jsonObject(with: data) as? [[String: Any]] else {
        continue
      }
      for test in tests {
        cases.append(
          Case(
            file: test["file"] as? String ?? file, section: test["section"] as? String ?? "",
            name: test["name"] as? String ?? "", expr: test["expr"] as? String ?? "",
            disableMacros: test["disable_macros"] as? Bool ?? false,
            value: (test["expect"] as? [String: Any])?["value"] as? [String: Any]))
      }
    }
    return cases
  }
}

@Test func conformanceExpressionsParse() throws {
  let folder = ParserConformance.folder
  try #require(
    FileManager.default.fileExists(atPath: folder.path),
    "conformance files not found at \(folder.path)")
  let cases = try ParserConformance.loadCases()
  #expect(cases.count >= 1700)
  var parsed = 0
  var skipped = 0
  var unexpectedlyParsed: [String] = []
  for test in cases {
    let key = "\(test.file)/\(test.section)/\(test.name)"
    let result = CELParser(expandsMacros: !test.disableMacros).parse(test.expr)
    if ParserConformance.skipped[key] != nil {
      skipped += 1
      if result.expression != nil { unexpectedlyParsed.append(key) }
      continue
    }
    if result.expression != nil {
      parsed += 1
    } else {
      let messages = result.diagnostics.map { "\($0.location!.line):\($0.location!.column): \($0.message)" }
      Issue.record("\(key): \(test.expr)\n  \(messages.joined(separator: "\n  "))")
    }
  }
  #expect(unexpectedlyParsed.isEmpty, "skipped but parsed: \(unexpectedlyParsed)")
  #expect(parsed + skipped == cases.count)
  print("parser conformance: \(cases.count) expressions, \(parsed) parsed, \(skipped) skipped")
}

/// The literal tests of parse.json: where the whole expression is one literal, its decoded value
/// must be the expected value (this checks every escape form).
@Test func conformanceLiteralValues() throws {
  let cases = try ParserConformance.loadCases().filter { $0.file == "parse" }
  var checked = 0
  for test in cases {
    guard let expected = test.value,
      case .literal(let literal)? = CELParser().parse(test.expr).expression?.expr.kind
    else { continue }
    let want: Literal?
    if let s = expected["string"] as? String {
      want = .string(s)
    } else if let b = expected["bytes_b64"] as? String, let data = Data(base64Encoded: b) {
      want = .bytes(Array(data))
    } else if let i = expected["int"] as? String, let v = Int64(i) {
      want = .int(v)
    } else if let u = expected["uint"] as? String, let v = UInt64(u) {
      want = .uint(v)
    } else if let b = expected["bool"] as? Bool {
      want = .bool(b)
    } else {
      want = nil
    }
    guard let want else { continue }
    if ParserConformance.wrongExpectations[test.section + "/" + test.name] != nil {
      #expect(literal != want, "now matches: \(test.section)/\(test.name)")
      continue
    }
    checked += 1
    #expect(literal == want, "\(test.section)/\(test.name): \(test.expr)")
  }
  #expect(checked >= 145)
  print("parser conformance: \(checked) literal values checked")
}
