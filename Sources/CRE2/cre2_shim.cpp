#include "cre2_shim.h"

#include <re2/re2.h>

#include <cstring>

struct dqtv_re2 {
  re2::RE2 regex;
  dqtv_re2(re2::StringPiece pattern, const re2::RE2::Options &options) : regex(pattern, options) {}
};

static dqtv_re2_error translate(re2::RE2::ErrorCode code) {
  switch (code) {
  case re2::RE2::NoError: return DQTV_RE2_OK;
  case re2::RE2::ErrorInternal: return DQTV_RE2_INTERNAL;
  case re2::RE2::ErrorBadEscape: return DQTV_RE2_BAD_ESCAPE;
  case re2::RE2::ErrorBadCharClass: return DQTV_RE2_BAD_CHAR_CLASS;
  case re2::RE2::ErrorBadCharRange: return DQTV_RE2_BAD_CHAR_RANGE;
  case re2::RE2::ErrorMissingBracket: return DQTV_RE2_MISSING_BRACKET;
  case re2::RE2::ErrorMissingParen: return DQTV_RE2_MISSING_PAREN;
  case re2::RE2::ErrorUnexpectedParen: return DQTV_RE2_UNEXPECTED_PAREN;
  case re2::RE2::ErrorTrailingBackslash: return DQTV_RE2_TRAILING_BACKSLASH;
  case re2::RE2::ErrorRepeatArgument: return DQTV_RE2_REPEAT_ARGUMENT;
  case re2::RE2::ErrorRepeatSize: return DQTV_RE2_REPEAT_SIZE;
  case re2::RE2::ErrorRepeatOp: return DQTV_RE2_REPEAT_OP;
  case re2::RE2::ErrorBadPerlOp: return DQTV_RE2_BAD_PERL_OP;
  case re2::RE2::ErrorBadUTF8: return DQTV_RE2_BAD_UTF8;
  case re2::RE2::ErrorBadNamedCapture: return DQTV_RE2_BAD_NAMED_CAPTURE;
  case re2::RE2::ErrorPatternTooLarge: return DQTV_RE2_PATTERN_TOO_LARGE;
  }
  return DQTV_RE2_INTERNAL;
}

static void copy_fragment(const std::string &text, char *fragment, size_t capacity) {
  if (fragment == nullptr || capacity == 0) return;
  size_t n = text.size() < capacity - 1 ? text.size() : capacity - 1;
  // Cut on a UTF-8 boundary.
  while (n > 0 && n < text.size() && (static_cast<unsigned char>(text[n]) & 0xC0) == 0x80) n--;
  std::memcpy(fragment, text.data(), n);
  fragment[n] = '\0';
}

extern "C" dqtv_re2 *dqtv_re2_compile(const void *pattern, size_t length, dqtv_re2_error *error,
                                      char *fragment, size_t fragment_capacity) {
  re2::RE2::Options options;
  options.set_encoding(re2::RE2::Options::EncodingUTF8);
  options.set_log_errors(false);
  re2::StringPiece text(length == 0 ? "" : static_cast<const char *>(pattern), length);
  dqtv_re2 *re = nullptr;
  try {
    re = new dqtv_re2(text, options);
  } catch (...) {
    re = nullptr;
  }
  if (re == nullptr) {
    if (error) *error = DQTV_RE2_OUT_OF_MEMORY;
    copy_fragment(std::string(), fragment, fragment_capacity);
    return nullptr;
  }
  if (!re->regex.ok()) {
    if (error) *error = translate(re->regex.error_code());
    copy_fragment(re->regex.error_arg(), fragment, fragment_capacity);
    delete re;
    return nullptr;
  }
  if (error) *error = DQTV_RE2_OK;
  copy_fragment(std::string(), fragment, fragment_capacity);
  return re;
}

extern "C" int dqtv_re2_partial_match(const dqtv_re2 *re, const void *text, size_t length) {
  re2::StringPiece piece(length == 0 ? "" : static_cast<const char *>(text), length);
  return re2::RE2::PartialMatch(piece, re->regex) ? 1 : 0;
}

extern "C" void dqtv_re2_free(dqtv_re2 *re) { delete re; }
