/// A record of the host application exposed to expressions without copying: a node of a
/// submission, read one field at a time.
///
/// Conforming types are classes (so that a ``Value`` holding one stays small) and must be
/// immutable or otherwise safe to share between threads. Strings returned from ``field(_:)``
/// must already be NFC (use ``Value/normalizedString(_:)`` at the boundary).
package protocol HostObject: AnyObject, Sendable {
  /// The schema type name (`Commune`), returned by `type(x)` and used in messages.
  var typeName: String { get }
  /// The value of a field, or ``HostField/absent`` when the record has no such field
  /// (`x.f` is then the error "no such key: f"). A field with a schema default should
  /// return the default.
  func field(_ name: String) -> HostField
  /// `has(x.f)`: whether the field is set. By default, whether ``field(_:)`` is not absent.
  func hasField(_ name: String) -> Bool
  /// The names of the fields that are set, in document order (for JSON output).
  var fieldNames: [String] { get }
  /// ``field(_:)`` for a field the program's ``ProgramLayout`` places at `position` of the
  /// checked type. A host that keeps fields by position answers without comparing names; it
  /// must answer exactly as `field(name)` would.
  func field(at position: Int, named name: String) -> HostField
  /// ``hasField(_:)`` for a field at a position of the layout.
  func hasField(at position: Int, named name: String) -> Bool
}

extension HostObject {
  package func field(at position: Int, named name: String) -> HostField { field(name) }
  package func hasField(at position: Int, named name: String) -> Bool { hasField(name) }

  /// Whether ``field(_:)`` finds the field.
  package func hasField(_ name: String) -> Bool {
    if case .absent = field(name) { return false }
    return true
  }
}

/// The result of reading one field of a ``HostObject``.
package enum HostField: Sendable {
  case value(Value)
  case absent
}

/// A list of the host application, read lazily: elements are made on demand.
package protocol HostList: AnyObject, Sendable {
  var count: Int { get }
  /// The element at `index`, `0 ..< count`.
  func element(at index: Int) -> Value
  /// The positions, ascending, of the elements that are not certain to differ from `key` in
  /// the field `field`: every element whose field holds a string equal to `key`, and every
  /// element whose field is not a string (left out, say). An element left out may not
  /// have `field` equal to `key` (`==` is false for it). `nil` when the list keeps no index;
  /// `exists`, `exists_one` and `filter` over `x.field == key && ...` then read every element.
  func positions(whereField field: String, mayEqual key: String) -> [Int]?
}

extension HostList {
  package func positions(whereField field: String, mayEqual key: String) -> [Int]? { nil }
}
