/// String extension functions (cel-go's strings extension, and the dqtv Unicode ones).
extension StandardLibrary {
  static func stringMethod(
    _ name: String, _ id: String, doc: String, _ body: @escaping @Sendable (String) -> Value
  ) -> LibraryFunction {
    LibraryFunction(
      name, doc: doc,
      overloads: [
        .unary(id, .string, .string, receiver: true) { v in
          guard case .string(let s) = v else { return Failure.mismatch(name, v) }
          return body(s)
        }
      ])
  }

  static let strings: [LibraryFunction] = [
    stringMethod("lower", "string_lower", doc: "Unicode lower case ('ĐÔNG'.lower() == 'đông').", Strings.lower),
    stringMethod("upper", "string_upper", doc: "Unicode upper case ('đông'.upper() == 'ĐÔNG').", Strings.upper),
    stringMethod("trim", "string_trim", doc: "Removes leading and trailing Unicode white space.", Strings.trim),
    stringMethod("lowerAscii", "string_lower_ascii", doc: "Lower case of ASCII letters only.", Strings.lowerASCII),
    stringMethod("upperAscii", "string_upper_ascii", doc: "Upper case of ASCII letters only.", Strings.upperASCII),
    stringMethod("reverse", "string_reverse", doc: "The code points in reverse order.", Strings.reverse),
    LibraryFunction(
      "strings.quote", doc: "The string as a double-quoted literal, with escapes.",
      overloads: [
        .unary("strings_quote", .string, .string) { v in
          guard case .string(let s) = v else { return Failure.mismatch("strings.quote", v) }
          return Strings.quote(s)
        }
      ]),
    LibraryFunction(
      "format", doc: "Substitutes a list of values into %s, %d, %f, %e, %b, %o, %x clauses.",
      overloads: [
        .binary("string_format", .string, .list(.dyn), .string, receiver: true) { a, b in
          guard case .string(let s) = a, case .list(let l) = b else { return Failure.mismatch("format", a, b) }
          return StringFormat.format(s, l)
        }
      ]),
    LibraryFunction(
      "charAt", doc: "The code point at an index, as a string ('' at the end).",
      overloads: [
        .binary("string_char_at_int", .string, .int, .string, receiver: true) { a, b in
          guard case .string(let s) = a, case .int(let i) = b else { return Failure.mismatch("charAt", a, b) }
          return Strings.charAt(s, i)
        }
      ]),
    LibraryFunction(
      "indexOf", doc: "The code-point index of the first occurrence of a string, or -1.",
      overloads: [
        .binary("string_index_of_string", .string, .string, .int, receiver: true) { a, b in
          guard case .string(let s) = a, case .string(let t) = b else { return Failure.mismatch("indexOf", a, b) }
          return Strings.indexOf(s, t)
        },
        .ternary("string_index_of_string_int", [.string, .string, .int], .int, receiver: true) { a, b, c in
          guard case .string(let s) = a, case .string(let t) = b, case .int(let i) = c else {
            return Failure.mismatch("indexOf", a, b, c)
          }
          return Strings.indexOf(s, t, from: i)
        },
      ]),
    LibraryFunction(
      "lastIndexOf", doc: "The code-point index of the last occurrence of a string, or -1.",
      overloads: [
        .binary("string_last_index_of_string", .string, .string, .int, receiver: true) { a, b in
          guard case .string(let s) = a, case .string(let t) = b else { return Failure.mismatch("lastIndexOf", a, b) }
          return Strings.lastIndexOf(s, t)
        },
        .ternary("string_last_index_of_string_int", [.string, .string, .int], .int, receiver: true) { a, b, c in
          guard case .string(let s) = a, case .string(let t) = b, case .int(let i) = c else {
            return Failure.mismatch("lastIndexOf", a, b, c)
          }
          return Strings.lastIndexOf(s, t, upTo: i)
        },
      ]),
    LibraryFunction(
      "replace", doc: "Replaces occurrences of a string (all, or at most n).",
      overloads: [
        .ternary("string_replace_string_string", [.string, .string, .string], .string, receiver: true) { a, b, c in
          guard case .string(let s) = a, case .string(let o) = b, case .string(let n) = c else {
            return Failure.mismatch("replace", a, b, c)
          }
          return Strings.replace(s, o, n)
        },
        .variadic("string_replace_string_string_int", [.string, .string, .string, .int], .string, receiver: true) {
          args in
          guard case .string(let s) = args[0], case .string(let o) = args[1],
            case .string(let n) = args[2], case .int(let limit) = args[3]
          else { return .error(EvaluationError.noMatchingOverload("replace", args)) }
          return Strings.replace(s, o, n, limit: limit)
        },
      ]),
    LibraryFunction(
      "split", doc: "Splits a string at a separator (into at most n parts).",
      overloads: [
        .binary("string_split_string", .string, .string, .list(.string), receiver: true) { a, b in
          guard case .string(let s) = a, case .string(let t) = b else { return Failure.mismatch("split", a, b) }
          return Strings.split(s, t)
        },
        .ternary("string_split_string_int", [.string, .string, .int], .list(.string), receiver: true) { a, b, c in
          guard case .string(let s) = a, case .string(let t) = b, case .int(let n) = c else {
            return Failure.mismatch("split", a, b, c)
          }
          return Strings.split(s, t, limit: n)
        },
      ]),
    LibraryFunction(
      "join", doc: "Joins a list of strings, with an optional separator.",
      overloads: [
        .unary("list_join", .list(.string), .string, receiver: true) { a in
          guard case .list(let l) = a else { return Failure.mismatch("join", a) }
          return Strings.join(l)
        },
        .binary("list_join_string", .list(.string), .string, .string, receiver: true) { a, b in
          guard case .list(let l) = a, case .string(let t) = b else { return Failure.mismatch("join", a, b) }
          return Strings.join(l, t)
        },
      ]),
    LibraryFunction(
      "substring", doc: "The code points from start (to end, exclusive).",
      overloads: [
        .binary("string_substring_int", .string, .int, .string, receiver: true) { a, b in
          guard case .string(let s) = a, case .int(let i) = b else { return Failure.mismatch("substring", a, b) }
          return Strings.substring(s, i)
        },
        .ternary("string_substring_int_int", [.string, .int, .int], .string, receiver: true) { a, b, c in
          guard case .string(let s) = a, case .int(let i) = b, case .int(let j) = c else {
            return Failure.mismatch("substring", a, b, c)
          }
          return Strings.substring(s, i, j)
        },
      ]),
  ]
}
