/// Prints a syntax tree on one line in an unambiguous form, for tests and `explain` output.
///
/// Operators print as calls by their internal names (`_+_(1, 2)`), a test-only selection as
/// `a.b~test-only~`, a comprehension as
/// `__comprehension__(iterVar, iterRange, accuVar, accuInit, condition, step, result)`, as in
/// cel-go's parser tests. Literals print as CEL writes them (`1`, `1u`, `1.5`, `"s"`, `b"\x00"`).
/// With `ids`, every node is followed by `^#id`.
package struct ExprDebugPrinter: Sendable {
  /// Whether each node is followed by `^#id`.
  package var showsIDs: Bool

  /// A printer, showing node ids or not.
  package init(showsIDs: Bool = false) {
    self.showsIDs = showsIDs
  }

  /// The printed form of `expr`.
  package func print(_ expr: Expr) -> String {
    var out = ""
    write(expr, to: &out)
    return out
  }

  private func write(_ expr: Expr, to out: inout String) {
    switch expr.kind {
    case .literal(let literal):
      out += Self.format(literal)
    case .ident(let name):
      out += name
    case .select(let operand, let field, let testOnly):
      write(operand, to: &out)
      out += "." + field
      if testOnly { out += "~test-only~" }
    case .call(let function, let target, let args):
      if let target {
        write(target, to: &out)
        out += "."
      }
      out += function + "("
      writeList(args, to: &out)
      out += ")"
    case .list(let elements):
      out += "["
      writeList(elements, to: &out)
      out += "]"
    case .map(let entries):
      out += "{"
      for (i, entry) in entries.enumerated() {
        if i > 0 { out += ", " }
        write(entry.key, to: &out)
        out += ": "
        write(entry.value, to: &out)
      }
      out += "}"
    case .structure(let typeName, let fields):
      out += typeName + "{"
      for (i, field) in fields.enumerated() {
        if i > 0 { out += ", " }
        out += field.name + ": "
        write(field.value, to: &out)
      }
      out += "}"
    case .comprehension(let c):
      out += "__comprehension__(" + c.iterVar + ", "
      write(c.iterRange, to: &out)
      out += ", " + c.accuVar + ", "
      writeList([c.accuInit, c.loopCondition, c.loopStep, c.result], to: &out)
      out += ")"
    }
    if showsIDs { out += "^\(expr.id)" }
  }

  private func writeList(_ exprs: [Expr], to out: inout String) {
    for (i, e) in exprs.enumerated() {
      if i > 0 { out += ", " }
      write(e, to: &out)
    }
  }

  /// A literal as CEL source text.
  package static func format(_ literal: Literal) -> String {
    switch literal {
    case .null: return "null"
    case .bool(let b): return b ? "true" : "false"
    case .int(let i): return String(i)
    case .uint(let u): return "\(u)u"
    case .double(let d): return "\(d)"
    case .string(let s):
      var out = "\""
      for scalar in s.unicodeScalars { out += escape(scalar) }
      return out + "\""
    case .bytes(let bytes):
      var out = "b\""
      for byte in bytes {
        if byte >= 0x20 && byte < 0x7F {
          out += escape(Unicode.Scalar(byte))
        } else {
          out += "\\x" + hex(UInt32(byte), digits: 2)
        }
      }
      return out + "\""
    }
  }

  private static func escape(_ scalar: Unicode.Scalar) -> String {
    switch scalar {
    case "\"": return "\\\""
    case "\\": return "\\\\"
    case "\n": return "\\n"
    case "\r": return "\\r"
    case "\t": return "\\t"
    default:
      if scalar.value < 0x20 || scalar.value == 0x7F { return "\\x" + hex(scalar.value, digits: 2) }
      return String(scalar)
    }
  }

  private static func hex(_ value: UInt32, digits: Int) -> String {
    let text = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, digits - text.count)) + text
  }
}
