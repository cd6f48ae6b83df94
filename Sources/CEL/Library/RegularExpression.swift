import CRE2
import Foundation

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

  /// What is wrong, as a pair of English and Vietnamese phrases.
  private var reason: (en: String, vi: String) {
    switch code {
    case DQTV_RE2_BAD_ESCAPE: ("invalid escape sequence", "chuỗi thoát không hợp lệ")
    case DQTV_RE2_BAD_CHAR_CLASS: ("invalid character class", "lớp ký tự không hợp lệ")
    case DQTV_RE2_BAD_CHAR_RANGE: ("invalid character range", "khoảng ký tự không hợp lệ")
    case DQTV_RE2_MISSING_BRACKET: ("missing closing ]", "thiếu dấu ] đóng")
    case DQTV_RE2_MISSING_PAREN: ("missing closing )", "thiếu dấu ) đóng")
    case DQTV_RE2_UNEXPECTED_PAREN: ("unexpected )", "thừa dấu )")
    case DQTV_RE2_TRAILING_BACKSLASH: ("trailing \\ at the end", "dấu \\ ở cuối biểu thức")
    case DQTV_RE2_REPEAT_ARGUMENT:
      ("repetition operator with nothing to repeat", "toán tử lặp không có gì để lặp")
    case DQTV_RE2_REPEAT_SIZE: ("invalid repetition count", "số lần lặp không hợp lệ")
    case DQTV_RE2_REPEAT_OP: ("invalid repetition operator", "toán tử lặp không hợp lệ")
    case DQTV_RE2_BAD_PERL_OP:
      (
        "invalid or unsupported group syntax (RE2 has no look-around or backreferences)",
        "cú pháp nhóm không hợp lệ hoặc không được hỗ trợ (RE2 không có look-around hay tham chiếu ngược)"
      )
    case DQTV_RE2_BAD_UTF8: ("invalid UTF-8", "mã UTF-8 không hợp lệ")
    case DQTV_RE2_BAD_NAMED_CAPTURE: ("invalid named group", "nhóm có tên không hợp lệ")
    case DQTV_RE2_PATTERN_TOO_LARGE: ("pattern too large", "biểu thức quá lớn")
    default: ("RE2 could not compile it", "RE2 không biên dịch được")
    }
  }

  private var at: (en: String, vi: String) {
    fragment.isEmpty || fragment == pattern ? ("", "") : (" at '\(fragment)'", " tại '\(fragment)'")
  }

  /// "invalid regular expression '(': missing closing )".
  var message: String { "invalid regular expression '\(pattern)': \(reason.en)\(at.en)" }

  /// The same in Vietnamese.
  var vietnamese: String { "biểu thức chính quy '\(pattern)' không hợp lệ: \(reason.vi)\(at.vi)" }

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
