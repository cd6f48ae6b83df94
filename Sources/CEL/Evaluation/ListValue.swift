/// A CEL list: a Swift array, or a lazy list of the host.
package struct ListValue: Sendable {
  enum Storage: Sendable {
    case array([Value])
    case host(any HostList)
  }
  var storage: Storage

  /// A list of these elements.
  package init(_ elements: [Value]) { storage = .array(elements) }
  /// A list read lazily from the host.
  package init(host: any HostList) { storage = .host(host) }

  /// The number of elements.
  package var count: Int {
    switch storage {
    case .array(let elements): elements.count
    case .host(let host): host.count
    }
  }

  /// Whether the list has no element.
  package var isEmpty: Bool { count == 0 }

  /// The element at `index`, which must be in `0 ..< count`.
  package subscript(index: Int) -> Value {
    switch storage {
    case .array(let elements): elements[index]
    case .host(let host): host.element(at: index)
    }
  }

  /// The elements as an array (materialises a host list).
  package var elements: [Value] {
    switch storage {
    case .array(let elements): return elements
    case .host(let host): return (0..<host.count).map { host.element(at: $0) }
    }
  }

  /// Appends in place; turns a host list into an array first.
  mutating func append(contentsOf other: ListValue) {
    var mine = elements
    storage = .array([])  // release the buffer so that it is uniquely referenced
    switch other.storage {
    case .array(let theirs): mine.append(contentsOf: theirs)
    case .host(let host): for i in 0..<host.count { mine.append(host.element(at: i)) }
    }
    storage = .array(mine)
  }
}

extension ListValue: Sequence {
  /// Iterates the elements in order, reading host lists one element at a time.
  package struct Iterator: IteratorProtocol {
    let list: ListValue
    var index = 0
    let count: Int
    /// The next element, or `nil` at the end.
    package mutating func next() -> Value? {
      guard index < count else { return nil }
      defer { index += 1 }
      return list[index]
    }
  }
  /// An iterator from the first element.
  package func makeIterator() -> Iterator { Iterator(list: self, count: count) }
}
