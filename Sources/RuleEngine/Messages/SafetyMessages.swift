import SourceDiagnostics

/// Messages of the engine's bounds against hostile packs and data: the cost a rule may spend,
/// tags on data values.
package enum SafetyMessage: String, MessageCatalogue {
  case ruleCostLimit = "engine.rule-cost-limit"
  case taggedValue = "data.tagged-value"
  case memoryTooLittle = "memory.too-little"
  case unreadable = "io.unreadable-by-bytes"
  case notARegularFile = "io.not-a-regular-file"

  package var template: LocalizedText {
    switch self {
    case .ruleCostLimit:
      LocalizedText(
        vi:
          "Quy tắc {rule} đã bị dừng: việc đánh giá nó trên tệp này vượt quá giới hạn {limit} bước cho một quy tắc trong một lần kiểm tra (`--max-cost-per-rule`), nên mọi kết quả của nó trên tệp này bị bỏ.",
        en:
          "the rule {rule} was stopped: evaluating it on this file went past the limit of {limit} steps for one rule in one check (`--max-cost-per-rule`), so none of its results on this file are kept"
      )
    case .memoryTooLittle:
      LocalizedText(
        vi:
          "không đủ bộ nhớ để kiểm tra {file}: cần khoảng {needed} MiB nhưng giới hạn `{limit}` chỉ cho phép {allowed} MiB; hãy nâng giới hạn hoặc chia nhỏ tệp",
        en:
          "not enough memory to check {file}: it would need about {needed} MiB, but the limit `{limit}` allows {allowed} MiB; raise the limit or split the file"
      )
    case .unreadable:
      LocalizedText(vi: "không đọc được {file}: {reason}", en: "cannot read {file}: {reason}")
    case .notARegularFile:
      LocalizedText(
        vi:
          "không đọc {file}: đó không phải là một tệp thông thường (đọc một ống FIFO hay một thiết bị có thể phải chờ mãi)",
        en: "will not read {file}: it is not a regular file (a FIFO or a device could wait forever)")
    case .taggedValue:
      LocalizedText(
        vi: "{field} mang thẻ YAML {tag}, nhưng trường này cần {expected}; hãy bỏ thẻ đó.",
        en: "{field} has the YAML tag {tag}, but the field takes {expected}; remove the tag")
    }
  }
}
