/// A cell as the sheet reader finds it, before any text is made: its texts are bytes of the
/// row's buffer (``RawRow/text``) or a shared string's index. ``WorkbookFile/forEachRawRow(of:_:)``
/// gives rows of them; ``Cell`` is the same cell with its texts made.
package struct RawCell: Sendable {
  package enum Kind: UInt8, Sendable {
    /// An inline string or a formula's text result: ``text`` holds it (`_xHHHH_` escapes
    /// replaced, valid UTF-8).
    case text
    /// A shared string: ``number`` is its index in ``SharedStrings``.
    case shared
    case number
    /// A number in a cell formatted as a date, or an ISO 8601 date cell: ``number`` is the serial.
    case date
    /// ``number`` is 1 or 0.
    case bool
    /// An error value: ``text`` holds it as written.
    case error
    /// A formula with no stored value.
    case formulaWithoutValue
  }

  /// 1-based column.
  package var column: Int32
  package var kind: Kind
  /// Whether the cell has a formula; its text (as written) is ``formula``.
  package var hasFormula: Bool
  /// The cell's style (`cellXfs` index).
  package var style: Int32
  package var number: Double
  /// Bytes of ``RawRow/text``.
  package var text: Range<Int32>
  package var formula: Range<Int32>
}

/// A row that has at least one cell with a value, as the sheet reader finds it. Its buffers
/// belong to the reader and are valid only during the call that gives the row.
package struct RawRow {
  /// 1-based row number.
  package var number: Int
  /// The cells in column order.
  package var cells: UnsafeBufferPointer<RawCell>
  /// The bytes of the cells' texts, errors and formulas.
  package var text: UnsafeBufferPointer<UInt8>

  /// The bytes of a range of ``text``.
  @inline(__always)
  package func bytes(_ range: Range<Int32>) -> UnsafeBufferPointer<UInt8> {
    UnsafeBufferPointer(rebasing: text[Int(range.lowerBound)..<Int(range.upperBound)])
  }
}

/// The workbook's shared strings as one buffer of bytes: each string's text (rich-text runs
/// joined, `_xHHHH_` escapes replaced, valid UTF-8), one after the other.
package struct SharedStrings: Sendable {
  /// The strings' bytes.
  package private(set) var bytes: [UInt8] = []
  /// Where each string ends in ``bytes``; it starts where the one before it ends.
  private var ends: [Int] = []

  package init() {}

  package var count: Int { ends.count }

  /// The bytes of string `i` in ``bytes``.
  @inline(__always)
  package func range(_ i: Int) -> Range<Int> {
    (i == 0 ? 0 : ends[i - 1])..<ends[i]
  }

  package func string(_ i: Int) -> String {
    bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[range(i)]), as: UTF8.self) }
  }

  /// Adds a string given as the bytes its part holds (entities decoded).
  mutating func append(decoded: [UInt8]) {
    OOXMLText.append(decoded, to: &bytes)
    ends.append(bytes.count)
  }
}
