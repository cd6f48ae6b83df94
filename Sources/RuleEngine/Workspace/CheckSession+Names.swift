/// Names the nodes of one data document as ``DataDocument/identity(ofPath:)`` does, keeping
/// the name of every prefix it meets: findings on the records of one list share the name of
/// the list's owner, which is made once. A class: the namer is used inside closures that read
/// the bytes of paths, which would otherwise copy it.
final class NodeNamer {
  let data: DataDocument
  /// Each prefix of a path met (`communes[4].militia`), with its name and the data it leads to.
  private var prefixes: [String: (name: String, slot: DataSlot?)] = [:]

  init(_ data: DataDocument) { self.data = data }

  /// The path with each list index of a keyed record replaced by the key. A path the namer does
  /// not read (not ASCII fields and indexes) is named by the document.
  func name(ofPath path: String) -> String {
    var path = path
    let last: Int? = path.withUTF8 { Self.isPlain($0) ? ($0.lastIndex(of: UInt8(ascii: "]")) ?? -1) : nil }
    guard let last else { return data.identity(ofPath: path) }
    guard last >= 0 else { return path }
    return path.withUTF8 { bytes in
      // The list before the last index is named once for all its items; the item is named
      // here; after it come only field names, which keep their names.
      guard let open = bytes[..<last].lastIndex(of: UInt8(ascii: "[")) else {
        return data.identity(ofPath: String(decoding: bytes, as: UTF8.self))
      }
      let list = resolveList(bytes, end: open)
      var name = Array(list.name.utf8)
      name.reserveCapacity(name.count + 32 + bytes.count - last)
      _ = writeItem(bytes, open: open, close: last, of: list.slot, to: &name)
      name.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[(last + 1)...]))
      return String(decoding: name, as: UTF8.self)
    }
  }

  /// The list the last findings' paths named, by its path: findings come sorted, and those
  /// next to each other are often items of one list.
  private var lastList: (path: [UInt8], name: String, slot: DataSlot?)?

  /// ``resolve(_:end:)`` of a list's path, remembering the last one.
  private func resolveList(_ bytes: UnsafeBufferPointer<UInt8>, end: Int) -> (name: String, slot: DataSlot?) {
    if let known = lastList, known.path.elementsEqual(bytes[..<end]) { return (known.name, known.slot) }
    let resolved = resolve(bytes, end: end)
    lastList = (Array(bytes[..<end]), resolved.name, resolved.slot)
    return resolved
  }

  /// Appends the name of the item of `list` whose index stands between `[` and `]` at `open`
  /// and `close`, brackets included; the item.
  private func writeItem(
    _ bytes: UnsafeBufferPointer<UInt8>, open: Int, close: Int, of list: DataSlot?, to out: inout [UInt8]
  ) -> DataSlot? {
    out.append(UInt8(ascii: "["))
    defer { out.append(UInt8(ascii: "]")) }
    var index = 0
    for b in bytes[(open + 1)..<close] { index = index * 10 + Int(b - UInt8(ascii: "0")) }
    if case .list(let list)? = list, index < data.listCount(list) {
      let item = data.listItem(list, index)
      if case .object(let object) = item, let field = data.type(of: object).key, let value = data.key(of: object) {
        out.append(contentsOf: field.utf8)
        out.append(UInt8(ascii: "="))
        out.append(contentsOf: value.utf8)
      } else {
        out.append(contentsOf: String(index).utf8)
      }
      return item
    }
    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[(open + 1)..<close]))
    return nil
  }

  /// The name of `bytes[..<end]`, and what it leads to.
  private func resolve(_ bytes: UnsafeBufferPointer<UInt8>, end: Int) -> (name: String, slot: DataSlot?) {
    let key = String(decoding: UnsafeBufferPointer(rebasing: bytes[..<end]), as: UTF8.self)
    if let known = prefixes[key] { return known }
    let resolved: (name: String, slot: DataSlot?)
    if bytes[end - 1] == UInt8(ascii: "]"), let open = bytes[..<end].lastIndex(of: UInt8(ascii: "[")) {
      // `base[index]`: the item of the list `base` leads to, by its key when it has one.
      let base = resolve(bytes, end: open)
      var name = Array(base.name.utf8)
      let item = writeItem(bytes, open: open, close: end - 1, of: base.slot, to: &name)
      resolved = (String(decoding: name, as: UTF8.self), item)
    } else if let dot = bytes[..<end].lastIndex(of: UInt8(ascii: ".")) {
      // `base.field`.
      let field = String(decoding: UnsafeBufferPointer(rebasing: bytes[(dot + 1)..<end]), as: UTF8.self)
      let base = resolve(bytes, end: dot)
      var slot: DataSlot?
      if case .object(let object)? = base.slot { slot = data.slot(object, field: field) }
      resolved = (base.name + "." + field, slot)
    } else {
      resolved = (key, data.slot(data.root, field: key))
    }
    prefixes[key] = resolved
    return resolved
  }

  /// Whether the path is field names (ASCII, none empty) joined by `.`, each followed by any
  /// number of indexes of one to nine digits: the paths findings carry.
  static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var i = 0
    let n = bytes.count
    while true {
      let start = i
      while i < n, bytes[i] < 0x80, bytes[i] != UInt8(ascii: "."), bytes[i] != UInt8(ascii: "["),
        bytes[i] != UInt8(ascii: "]")
      {
        i += 1
      }
      guard i > start else { return false }
      while i < n, bytes[i] == UInt8(ascii: "[") {
        let digits = i + 1
        i = digits
        while i < n, bytes[i] >= UInt8(ascii: "0"), bytes[i] <= UInt8(ascii: "9") { i += 1 }
        guard i > digits, i - digits <= 9, i < n, bytes[i] == UInt8(ascii: "]") else { return false }
        i += 1
      }
      if i == n { return true }
      guard bytes[i] == UInt8(ascii: ".") else { return false }
      i += 1
    }
  }
}
