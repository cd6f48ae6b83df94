extension DataDocument {
  /// The data path with each list index of a record whose type has a `key` replaced by that
  /// key (`communes[0].militia[3]` → `communes[code=16279].militia[id=M004]`): what names a node
  /// across edits of the file, so that inserting an item does not rename every later one.
  /// Items with no key (or a part of the path the data does not hold) keep their index.
  package func identity(ofPath path: String) -> String {
    guard path.contains("[") else { return path }
    var current: ObjectID? = root
    var parts: [String] = []
    for segment in path.split(separator: ".", omittingEmptySubsequences: false) {
      let open = segment.firstIndex(of: "[") ?? segment.endIndex
      let name = String(segment[..<open])
      var slot: DataSlot? = current.flatMap { self.slot($0, field: name) }
      var text = name
      var rest = segment[open...]
      while rest.first == "[", let close = rest.firstIndex(of: "]") {
        let digits = rest[rest.index(after: rest.startIndex)..<close]
        rest = rest[rest.index(after: close)...]
        guard let i = Int(digits), case .list(let list)? = slot, i >= 0, i < listCount(list) else {
          text += "[\(digits)]"
          slot = nil
          continue
        }
        let item = listItem(list, i)
        if case .object(let object) = item, let field = type(of: object).key, let key = key(of: object) {
          text += "[\(field)=\(key)]"
        } else {
          text += "[\(i)]"
        }
        slot = item
      }
      text += rest
      parts.append(text)
      if case .object(let object)? = slot { current = object } else { current = nil }
    }
    return parts.joined(separator: ".")
  }
}
