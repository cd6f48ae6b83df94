/// Names the nodes of one data document as ``DataDocument/identity(ofPath:)`` does, keeping
/// the name of every prefix it meets: findings on the records of one list share the name of
/// the list's owner, which is made once.
struct NodeNamer {
  let data: DataDocument
  /// Each prefix of a path met (`communes[4].militia`), with its name and the data it leads to.
  private var prefixes: [String: (name: String, slot: DataSlot?)] = [:]

  init(_ data: DataDocument) { self.data = data }

  /// The path with each list index of a keyed record replaced by the key. A path the namer does
  /// not read (not ASCII fields and indexes) is named by the document.
  mutating func name(ofPath path: String) -> String {
    var path = path
    let last: Int? = path.withUTF8 { Self.isPlain($0) ? ($0.lastIndex(of: UInt8(ascii: "]")) ?? -1) : nil }
    guard let last else { return data.identity(ofPath: path) }
    guard last >= 0 else { return path }
    // After the last index come only field names, which keep their names.
    return path.withUTF8 { bytes in
      resolve(bytes, end: last + 1).name
        + String(decoding: UnsafeBufferPointer(rebasing: bytes[(last + 1)...]), as: UTF8.self)
    }
  }

  /// The name of `bytes[..<end]`, and what it leads to.
  private mutating func resolve(_ bytes: UnsafeBufferPointer<UInt8>, end: Int) -> (name: String, slot: DataSlot?) {
    let key = String(decoding: UnsafeBufferPointer(rebasing: bytes[..<end]), as: UTF8.self)
    if let known = prefixes[key] { return known }
    let resolved: (name: String, slot: DataSlot?)
    if bytes[end - 1] == UInt8(ascii: "]"), let open = bytes[..<end].lastIndex(of: UInt8(ascii: "[")) {
      // `base[index]`: the item of the list `base` leads to, by its key when it has one.
      var index = 0
      for b in bytes[(open + 1)..<(end - 1)] { index = index * 10 + Int(b - UInt8(ascii: "0")) }
      let base = resolve(bytes, end: open)
      if case .list(let list)? = base.slot, index < data.listCount(list) {
        let item = data.listItem(list, index)
        if case .object(let object) = item, let field = data.type(of: object).key, let value = data.key(of: object) {
          resolved = (base.name + "[" + field + "=" + value + "]", item)
        } else {
          resolved = (base.name + "[" + String(index) + "]", item)
        }
      } else {
        let written = String(decoding: UnsafeBufferPointer(rebasing: bytes[(open + 1)..<(end - 1)]), as: UTF8.self)
        resolved = (base.name + "[" + written + "]", nil)
      }
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
