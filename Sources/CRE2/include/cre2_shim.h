// A small C interface to RE2, the regular expression library CEL specifies: patterns in RE2
// syntax, matched in time linear in the length of the text.
#ifndef DQTV_CRE2_SHIM_H
#define DQTV_CRE2_SHIM_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/// A compiled pattern. Immutable once compiled: it may be matched from several threads at once.
typedef struct dqtv_re2 dqtv_re2;

/// Why a pattern did not compile (RE2's own error codes).
typedef enum {
  DQTV_RE2_OK = 0,
  DQTV_RE2_INTERNAL,
  DQTV_RE2_BAD_ESCAPE,
  DQTV_RE2_BAD_CHAR_CLASS,
  DQTV_RE2_BAD_CHAR_RANGE,
  DQTV_RE2_MISSING_BRACKET,
  DQTV_RE2_MISSING_PAREN,
  DQTV_RE2_UNEXPECTED_PAREN,
  DQTV_RE2_TRAILING_BACKSLASH,
  DQTV_RE2_REPEAT_ARGUMENT,
  DQTV_RE2_REPEAT_SIZE,
  DQTV_RE2_REPEAT_OP,
  DQTV_RE2_BAD_PERL_OP,
  DQTV_RE2_BAD_UTF8,
  DQTV_RE2_BAD_NAMED_CAPTURE,
  DQTV_RE2_PATTERN_TOO_LARGE,
  DQTV_RE2_OUT_OF_MEMORY
} dqtv_re2_error;

/// Compiles `length` bytes of UTF-8 at `pattern`. Returns the compiled pattern, or NULL with
/// `*error` set and the part of the pattern at fault copied (NUL-terminated, cut to fit) into
/// `fragment`, which has room for `fragment_capacity` bytes.
dqtv_re2 *dqtv_re2_compile(const void *pattern, size_t length, dqtv_re2_error *error,
                           char *fragment, size_t fragment_capacity);

/// Whether the pattern matches somewhere in the `length` bytes of UTF-8 at `text`
/// (RE2::PartialMatch). `text` may be NULL when `length` is 0.
int dqtv_re2_partial_match(const dqtv_re2 *re, const void *text, size_t length);

/// Frees a compiled pattern.
void dqtv_re2_free(dqtv_re2 *re);

#ifdef __cplusplus
}
#endif

#endif
