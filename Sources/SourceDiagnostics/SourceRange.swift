/// A span of a source text: from `start` (inclusive) to `end` (exclusive).
///
/// Both ends use the units of ``SourcePosition``: 1-based lines, 1-based columns in Unicode scalars.
public struct SourceRange: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// The first position inside the span.
  public var start: SourcePosition
  /// The first position after the span.
  public var end: SourcePosition

  /// Creates a range; `end` defaults to `start` (an empty span, a point).
  public init(start: SourcePosition, end: SourcePosition? = nil) {
    self.start = start
    self.end = end ?? start
  }

  /// Orders by start, then by end.
  public static func < (lhs: SourceRange, rhs: SourceRange) -> Bool {
    lhs.start != rhs.start ? lhs.start < rhs.start : lhs.end < rhs.end
  }

  /// `line:column-line:column`.
  public var description: String { "\(start)-\(end)" }
}

/// A range in a named file.
public struct SourceLocation: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// The file's path as the user gave it (not made absolute), or a name such as `<stdin>`.
  public var file: String
  /// Where in the file.
  public var range: SourceRange

  /// Creates a location.
  public init(file: String, range: SourceRange) {
    self.file = file
    self.range = range
  }

  /// Creates a location of a single point.
  public init(file: String, line: Int, column: Int, offset: Int = 0) {
    self.init(file: file, range: SourceRange(start: SourcePosition(line: line, column: column, offset: offset)))
  }

  /// The start line, 1-based.
  public var line: Int { range.start.line }
  /// The start column, 1-based, in Unicode scalars.
  public var column: Int { range.start.column }

  /// Orders by file, then by range.
  public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
    lhs.file != rhs.file ? lhs.file < rhs.file : lhs.range < rhs.range
  }

  /// `file:line:column`, the form compilers and editors use.
  public var description: String { "\(file):\(range.start.line):\(range.start.column)" }
}

/// A value together with the place it was read from.
public struct Located<Value> {
  /// The value.
  public var value: Value
  /// Where it was read.
  public var location: SourceLocation

  /// Pairs a value with its location.
  public init(_ value: Value, at location: SourceLocation) {
    self.value = value
    self.location = location
  }
}

extension Located: Sendable where Value: Sendable {}
extension Located: Equatable where Value: Equatable {}
extension Located: Hashable where Value: Hashable {}
