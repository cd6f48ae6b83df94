extension DataDocument {
  /// The data path with each list index of a record whose type has a `key` replaced by that
  /// key (`communes[0].militia[3]` → `communes[code=16279].militia[id=M004]`): what names a node
  /// across edits of the file, so that inserting an item does not rename every later one.
  /// Items with no key (or a part of the path the data does not hold) keep their index.
  package func identity(ofPath path: String) -> String {
    let bytes = Array(path.utf8)
    guard bytes.contains(UInt8(ascii: "[")) else { return path }
    var current: ObjectID? = root
    var out = ""
    out.reserveCapacity(bytes.count + 32)
    var i = 0
    while i < bytes.count {
      // One step: a field name, then any number of `[index]`.
      var end = i
      while end < bytes.count, bytes[end] != UInt8(ascii: "."), bytes[end] != UInt8(ascii: "[") { end += 1 }
      let name = String(decoding: bytes[i..<end], as: UTF8.self)
      if !out.isEmpty { out += "." }
      out += name
      var slot: DataSlot? = current.flatMap { self.slot($0, field: name) }
      i = end
      while i < bytes.count, bytes[i] == UInt8(ascii: "[") {
        var close = i + 1
        var index = 0
        var digits = close < bytes.count
        while close < bytes.count, bytes[close] != UInt8(ascii: "]") {
          let b = bytes[close]
          if b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") && index < Int(Int32.max) {
            index = index * 10 + Int(b - UInt8(ascii: "0"))
          } else {
            digits = false
          }
          close += 1
        }
        let written = String(decoding: bytes[(i + 1)..<close], as: UTF8.self)
        i = min(close + 1, bytes.count)
        guard digits, case .list(let list)? = slot, index < listCount(list) else {
          out += "[\(written)]"
          slot = nil
          continue
        }
        let item = listItem(list, index)
        if case .object(let object) = item, let field = type(of: object).key, let key = key(of: object) {
          out += "[\(field)=\(key)]"
        } else {
          out += "[\(index)]"
        }
        slot = item
      }
      if case .object(let object)? = slot { current = object } else { current = nil }
      if i < bytes.count, bytes[i] == UInt8(ascii: ".") { i += 1 }
    }
    return out
  }
}
