import SourceDiagnostics

/// What the waivers file and the waivers themselves can be told (PRODUCT.md, "Waivers").
package enum WaiverMessage: String, MessageCatalogue {
  case root = "waiver.root"
  case missingList = "waiver.missing-list"
  case notAList = "waiver.not-a-list"
  case entry = "waiver.entry"
  case value = "waiver.value"
  case empty = "waiver.empty"
  case missingRule = "waiver.missing.rule"
  case missingReason = "waiver.missing.reason"
  case missingApproval = "waiver.missing.approved-by"
  case missingUntil = "waiver.missing.until"
  case date = "waiver.date"
  case unknownKey = "waiver.unknown-key"
  case unknownKeyNear = "waiver.unknown-key.near"
  case unknownRule = "waiver.unknown-rule"
  case unknownRuleNear = "waiver.unknown-rule.near"

  package var template: LocalizedText {
    switch self {
    case .root:
      LocalizedText(
        vi: "tệp miễn trừ phải là một ánh xạ có khóa 'waivers'",
        en: "a waivers file is a mapping with the key 'waivers'")
    case .missingList:
      LocalizedText(vi: "tệp miễn trừ không có danh sách 'waivers'", en: "the waivers file has no 'waivers' list")
    case .notAList:
      LocalizedText(vi: "'waivers' phải là một danh sách các mục", en: "'waivers' must be a list of entries")
    case .entry:
      LocalizedText(
        vi: "mỗi miễn trừ là một ánh xạ gồm 'rule', 'reason', 'approved_by' và 'until'",
        en: "a waiver is a mapping with rule, reason, approved_by and until")
    case .value:
      LocalizedText(vi: "'{key}' phải là một giá trị đơn", en: "'{key}' must be a single value")
    case .empty:
      LocalizedText(vi: "'{key}' không được để trống", en: "'{key}' must not be empty")
    case .missingRule:
      LocalizedText(
        vi: "miễn trừ thiếu 'rule': mã quy tắc (hoặc mẫu như BCH.*) được miễn trừ",
        en: "the waiver has no 'rule': the rule id (or a glob like BCH.*) it excuses")
    case .missingReason:
      LocalizedText(
        vi: "miễn trừ thiếu 'reason': mỗi miễn trừ phải nói rõ lý do",
        en: "the waiver has no 'reason': every waiver says why the finding is excused")
    case .missingApproval:
      LocalizedText(
        vi: "miễn trừ thiếu 'approved_by': mỗi miễn trừ phải ghi quyết định phê duyệt",
        en: "the waiver has no 'approved_by': every waiver names the decision that approves it")
    case .missingUntil:
      LocalizedText(
        vi: "miễn trừ thiếu 'until': ngày cuối cùng (YYYY-MM-DD, tính cả ngày đó) được miễn trừ",
        en: "the waiver has no 'until': the last day (YYYY-MM-DD, inclusive) it waives")
    case .date:
      LocalizedText(
        vi: "'until' phải là ngày viết theo dạng YYYY-MM-DD, không phải '{text}'",
        en: "'until' must be a date written YYYY-MM-DD, not '{text}'")
    case .unknownKey:
      LocalizedText(
        vi: "khóa '{key}' không hợp lệ (các khóa được dùng: {keys})", en: "unknown key '{key}' (allowed: {keys})")
    case .unknownKeyNear:
      LocalizedText(
        vi: "khóa '{key}' không hợp lệ; có phải ý bạn là '{near}'?",
        en: "unknown key '{key}'; did you mean '{near}'?")
    case .unknownRule:
      LocalizedText(
        vi: "Miễn trừ cho {rule} không khớp với mã quy tắc nào của bộ quy tắc; miễn trừ này không có tác dụng.",
        en: "The waiver for {rule} matches no rule id of the packs; it waives nothing.")
    case .unknownRuleNear:
      LocalizedText(
        vi:
          "Miễn trừ cho {rule} không khớp với mã quy tắc nào của bộ quy tắc; có phải ý bạn là {near}? Miễn trừ này không có tác dụng.",
        en: "The waiver for {rule} matches no rule id of the packs; did you mean {near}? It waives nothing.")
    }
  }
}
