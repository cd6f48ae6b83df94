import CEL

/// Values of decoded data for binding in expressions outside rules (`eval`).
package enum DataBinding {
  /// The root record of a submission as a CEL object.
  package static func root(of data: DataDocument) -> Value {
    .object(DataObjectValue(store: DataStore(data), id: data.root))
  }
}
