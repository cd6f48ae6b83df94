import CRE2
import Foundation
import SourceDiagnostics

/// A regular expression compiled by RE2, the library CEL specifies: RE2 syntax, and matching in
/// time linear in the length of the text (no backtracking), so no pattern can hang a check.
///
/// Patterns and texts are passed to RE2 as their UTF-8 bytes and matched in RE2's UTF-8 mode:
/// `.` and classes match whole code points, so Vietnamese text matches as it reads.
///
/// Immutable once compiled; RE2 allows one compiled pattern to be matched from several threads
/// at once, hence `@unchecked Sendable`.
final class CompiledRegex: @unchecked Sendable {
  private let handle: OpaquePointer
  /// The pattern as written.
  let pattern: String

  private init(handle: OpaquePointer, pattern: String) {
    self.handle = handle
    self.pattern = pattern
  }

  deinit { dqtv_re2_free(handle) }

  /// Compiles `pattern`, or says why it is not a valid RE2 pattern.
  static func compile(_ pattern: String) -> Result<CompiledRegex, RegexSyntaxError> {
    var text = pattern
    var code = DQTV_RE2_OK
    var fragment = [CChar](repeating: 0, count: 128)
    let handle = text.withUTF8 { bytes in
      fragment.withUnsafeMutableBufferPointer { buffer in
        dqtv_re2_compile(bytes.baseAddress, bytes.count, &code, buffer.baseAddress, buffer.count)
      }
    }
    guard let handle else {
      let end = fragment.firstIndex(of: 0) ?? fragment.count
      let part = String(decoding: fragment[..<end].map { UInt8(bitPattern: $0) }, as: UTF8.self)
      return .failure(RegexSyntaxError(pattern: pattern, code: code, fragment: part))
    }
    return .success(CompiledRegex(handle: handle, pattern: pattern))
  }

  /// Whether the pattern matches somewhere in `s` (RE2's partial match, as CEL's `matches`).
  func matches(_ s: String) -> Bool {
    var s = s
    return s.withUTF8 { dqtv_re2_partial_match(handle, $0.baseAddress, $0.count) } != 0
  }
}

/// Why a pattern is not valid RE2 syntax, in English and Vietnamese.
struct RegexSyntaxError: Error, Sendable {
  let pattern: String
  let code: dqtv_re2_error
  /// The part of the pattern RE2 points at (may be empty).
  let fragment: String

  /// What is wrong.
  private var reason: CheckerText {
    switch code {
    case DQTV_RE2_BAD_ESCAPE: .badEscape
    case DQTV_RE2_BAD_CHAR_CLASS: .badCharClass
    case DQTV_RE2_BAD_CHAR_RANGE: .badCharRange
    case DQTV_RE2_MISSING_BRACKET: .missingBracket
    case DQTV_RE2_MISSING_PAREN: .missingParen
    case DQTV_RE2_UNEXPECTED_PAREN: .unexpectedParen
    case DQTV_RE2_TRAILING_BACKSLASH: .trailingBackslash
    case DQTV_RE2_REPEAT_ARGUMENT: .repeatArgument
    case DQTV_RE2_REPEAT_SIZE: .repeatSize
    case DQTV_RE2_REPEAT_OP: .repeatOp
    case DQTV_RE2_BAD_PERL_OP: .badPerlOp
    case DQTV_RE2_BAD_UTF8: .badUTF8
    case DQTV_RE2_BAD_NAMED_CAPTURE: .badNamedCapture
    case DQTV_RE2_PATTERN_TOO_LARGE: .patternTooLarge
    default: .regexOther
    }
  }

  /// "invalid regular expression '(': missing closing )", in both languages.
  var text: LocalizedText {
    let at =
      fragment.isEmpty || fragment == pattern
      ? LocalizedText(verbatim: "") : CheckerText.regexAt(["fragment": fragment])
    return CheckerText.invalidRegex(localized: ["pattern": .init(verbatim: pattern), "reason": reason(), "at": at])
  }

  /// The English sentence.
  var message: String { text.en }

  /// The error a call of `matches` gives at run time.
  var evaluationError: EvaluationError { EvaluationError(message, kind: .invalidRegex) }
}

/// The patterns one call of `matches` compiled from values computed at run time, by pattern, so
/// that a pattern repeated over many nodes is compiled once. Owned by the call site of the
/// program, and shared by the threads that evaluate the program: a lock guards it.
final class RegexCache: @unchecked Sendable {
  /// Past this many distinct patterns the cache starts again, so that patterns drawn from the
  /// data cannot make it grow without bound.
  static let capacity = 256

  private let lock = NSLock()
  private var compiled: [String: Result<CompiledRegex, RegexSyntaxError>] = [:]

  init() {}

  /// The compiled pattern, compiling it on first use.
  func regex(_ pattern: String) -> Result<CompiledRegex, RegexSyntaxError> {
    lock.lock()
    if let found = compiled[pattern] {
      lock.unlock()
      return found
    }
    lock.unlock()
    // Compiled outside the lock: two threads may compile the same pattern once each.
    let result = CompiledRegex.compile(pattern)
    lock.lock()
    if compiled.count >= Self.capacity { compiled.removeAll(keepingCapacity: true) }
    compiled[pattern] = result
    lock.unlock()
    return result
  }
}
