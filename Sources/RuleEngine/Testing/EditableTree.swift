import SourceDiagnostics
import YAML

/// A YAML value that rule tests can edit (`patch:`), then write back as YAML text. Scalars keep
/// whether they were plain, so that `12` stays a number and `"12"` a string.
indirect enum EditableNode: Equatable {
  case scalar(String, plain: Bool)
  case sequence([EditableNode])
  case mapping([(key: String, value: EditableNode)])

  static func == (lhs: EditableNode, rhs: EditableNode) -> Bool {
    switch (lhs, rhs) {
    case (.scalar(let a, let p), .scalar(let b, let q)): a == b && p == q
    case (.sequence(let a), .sequence(let b)): a == b
    case (.mapping(let a), .mapping(let b)):
      a.count == b.count && zip(a, b).allSatisfy { $0.key == $1.key && $0.value == $1.value }
    default: false
    }
  }

  /// Copies a node of a document (aliases expanded; rule-test data is small).
  init(_ document: YAMLDocument, _ id: YAMLNodeID) {
    switch document.kind(of: id) {
    case .scalar:
      self = .scalar(document.string(id) ?? "", plain: document.scalarStyle(of: id) == .plain)
    case .sequence:
      self = .sequence(document.items(of: id).map { EditableNode(document, $0) })
    case .mapping:
      self = .mapping(document.pairs(of: id).map { (document.string($0.key) ?? "", EditableNode(document, $0.value)) })
    }
  }

  /// One step of a data path: a field, or a position in a list.
  enum Step: Equatable, CustomStringConvertible {
    case field(String)
    case index(Int)
    var description: String {
      switch self {
      case .field(let f): f
      case .index(let i): "[\(i)]"
      }
    }
  }

  /// Parses `communes[0].villages[2].leader`; `nil` when malformed.
  static func parsePath(_ path: String) -> [Step]? {
    var steps: [Step] = []
    var name = ""
    var afterIndex = false
    var i = path.startIndex
    while i < path.endIndex {
      let c = path[i]
      if c == "." {
        if !name.isEmpty {
          steps.append(.field(name))
          name = ""
        } else if !afterIndex {
          return nil
        }
        afterIndex = false
        i = path.index(after: i)
      } else if c == "[" {
        if !name.isEmpty {
          steps.append(.field(name))
          name = ""
        }
        guard let close = path[i...].firstIndex(of: "]"), let n = Int(path[path.index(after: i)..<close]), n >= 0
        else { return nil }
        steps.append(.index(n))
        afterIndex = true
        i = path.index(after: close)
      } else {
        name.append(c)
        afterIndex = false
        i = path.index(after: i)
      }
    }
    if !name.isEmpty { steps.append(.field(name)) }
    return steps.isEmpty ? nil : steps
  }

  enum EditError: Error, Equatable {
    case noSuchPath(String)
  }

  enum Edit {
    case set(EditableNode)
    case remove
    case append(EditableNode)
  }

  /// Applies an edit at a path; throws when the path leads nowhere.
  mutating func apply(_ edit: Edit, at steps: [Step], fullPath: String) throws {
    guard let step = steps.first else {
      switch edit {
      case .set(let v): self = v
      case .append(let v):
        guard case .sequence(var items) = self else { throw EditError.noSuchPath(fullPath) }
        items.append(v)
        self = .sequence(items)
      case .remove: throw EditError.noSuchPath(fullPath)
      }
      return
    }
    let rest = Array(steps.dropFirst())
    switch (step, self) {
    case (.field(let name), .mapping(var pairs)):
      if let i = pairs.firstIndex(where: { $0.key == name }) {
        if rest.isEmpty, case .remove = edit {
          pairs.remove(at: i)
        } else {
          try pairs[i].value.apply(edit, at: rest, fullPath: fullPath)
        }
      } else if rest.isEmpty {
        switch edit {
        case .set(let v): pairs.append((name, v))
        case .append(let v): pairs.append((name, .sequence([v])))
        case .remove: throw EditError.noSuchPath(fullPath)
        }
      } else {
        throw EditError.noSuchPath(fullPath)
      }
      self = .mapping(pairs)
    case (.index(let i), .sequence(var items)) where i < items.count:
      if rest.isEmpty, case .remove = edit {
        items.remove(at: i)
      } else {
        try items[i].apply(edit, at: rest, fullPath: fullPath)
      }
      self = .sequence(items)
    default:
      throw EditError.noSuchPath(fullPath)
    }
  }

  /// The node as YAML text in flow style.
  var yaml: String {
    var out = ""
    write(to: &out)
    return out + "\n"
  }

  private func write(to out: inout String) {
    switch self {
    case .scalar(let text, true) where text.isEmpty:
      out += "null"
    case .scalar(let text, let plain):
      out += plain && Self.isSafePlain(text) ? text : Self.quoted(text)
    case .sequence(let items):
      out += "["
      for (i, item) in items.enumerated() {
        if i > 0 { out += ", " }
        item.write(to: &out)
      }
      out += "]"
    case .mapping(let pairs):
      out += "{"
      for (i, pair) in pairs.enumerated() {
        if i > 0 { out += ", " }
        out += Self.quoted(pair.key) + ": "
        pair.value.write(to: &out)
      }
      out += "}"
    }
  }

  /// Whether text can be written as a plain scalar in flow style and read back the same.
  static func isSafePlain(_ text: String) -> Bool {
    guard let first = text.unicodeScalars.first else { return false }
    if text.unicodeScalars.last == " " || first == " " { return false }
    if "-?!&*|>%@`'\"#~".unicodeScalars.contains(first) && Double(text) == nil { return false }
    return !text.unicodeScalars.contains { ",[]{}#:\"'\n\t\\".unicodeScalars.contains($0) }
  }

  /// A double-quoted scalar: a JSON string literal, which YAML reads the same.
  static func quoted(_ text: String) -> String { JSONString.quoted(text) }

}
