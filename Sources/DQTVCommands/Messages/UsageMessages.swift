import Foundation
import SourceDiagnostics

/// The command-line errors swift-argument-parser reports, in both languages. The parser writes
/// English only; ``UsageMessage/translate(_:into:)`` recognises its sentences and gives them
/// in the language of the run, keeping the exit code (64).
package enum UsageMessage: String, MessageCatalogue {
  case missingArgument = "usage.missing-argument"
  case unknownOption = "usage.unknown-option"
  case unknownOptionNear = "usage.unknown-option.near"
  case invalidValue = "usage.invalid-value"
  case invalidValueChoices = "usage.invalid-value.choices"
  case missingValue = "usage.missing-value"
  case unexpectedArgument = "usage.unexpected-argument"
  case unexpectedArguments = "usage.unexpected-arguments"
  case other = "usage.other"
  case usage = "usage.usage"
  case seeHelp = "usage.see-help"
  case argumentHelp = "usage.argument-help"

  package var template: LocalizedText {
    switch self {
    case .missingArgument:
      LocalizedText(vi: "thiếu đối số bắt buộc {argument}", en: "Missing expected argument {argument}")
    case .unknownOption: LocalizedText(vi: "không có tùy chọn {option}", en: "Unknown option {option}")
    case .unknownOptionNear:
      LocalizedText(
        vi: "không có tùy chọn {option}; có phải ý bạn là {near}?", en: "Unknown option {option}. Did you mean {near}?")
    case .invalidValue:
      LocalizedText(vi: "giá trị {value} không hợp lệ cho {option}", en: "The value {value} is invalid for {option}")
    case .invalidValueChoices:
      LocalizedText(
        vi: "giá trị {value} không hợp lệ cho {option}; hãy dùng một trong các giá trị {choices}",
        en: "The value {value} is invalid for {option}. Please provide one of {choices}.")
    case .missingValue: LocalizedText(vi: "thiếu giá trị cho {option}", en: "Missing value for {option}")
    case .unexpectedArgument:
      LocalizedText(vi: "đối số không được chờ đợi {argument}", en: "Unexpected argument {argument}")
    case .unexpectedArguments:
      LocalizedText(
        vi: "có {count} đối số không được chờ đợi: {argument}", en: "{count} unexpected arguments: {argument}")
    case .other: LocalizedText(vi: "dòng lệnh không hợp lệ: «{detail}»", en: "{detail}")
    case .usage: LocalizedText(vi: "Cách dùng: `{usage}`", en: "Usage: {usage}")
    case .argumentHelp: LocalizedText(vi: "Trợ giúp: `{label}`: {text}", en: "Help:  {label}  {text}")
    case .seeHelp:
      LocalizedText(
        vi: "  Xem thêm `{command} --help`.",
        en: "  See '{command} --help' for more information.")
    }
  }

  /// The parser's full message in `language`: English as the parser wrote it; in Vietnamese,
  /// each line it knows translated.
  package static func translate(_ message: String, into language: Language) -> String {
    guard language == .vi else { return message }
    var lines: [String] = []
    for line in message.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
      if line.hasPrefix("Error: ") {
        lines.append("error: " + sentence(String(line.dropFirst("Error: ".count))))
      } else if line.hasPrefix("Usage: ") {
        var synopsis = String(line.dropFirst("Usage: ".count))
        for placeholder in [HelpLayoutMessage.subcommandPlaceholder, .optionsPlaceholder] {
          synopsis = synopsis.replacingOccurrences(of: placeholder.template.en, with: placeholder.template.vi)
        }
        lines.append(usage.text(.vi, ["usage": synopsis]))
      } else if line.hasPrefix("Help: ") {
        // The parser quotes the argument's help, already in the language of the run.
        if let values = match(line, template: argumentHelp.template.en) {
          lines.append(MessageTemplate.fill(argumentHelp.template.vi, values))
        }
      } else if let command = between(line, "  See '", " --help' for more information.") {
        lines.append(seeHelp.text(.vi, ["command": command]))
      } else {
        lines.append(line)
      }
    }
    return lines.joined(separator: "\n")
  }

  /// One error sentence of the parser, in Vietnamese.
  static func sentence(_ text: String) -> String {
    let en = { (entry: UsageMessage) in entry.template.en }
    for entry in [
      unknownOptionNear, invalidValueChoices, missingArgument, unknownOption, invalidValue, missingValue,
      unexpectedArgument, unexpectedArguments,
    ] {
      if let values = match(text, template: en(entry)) {
        // The parser joins the last two choices with "or" (or "and" for two).
        let vietnamese = values.map { name, value in
          (
            name,
            name == "choices"
              ? value.replacingOccurrences(of: "' or '", with: "', '").replacingOccurrences(of: "' and '", with: "', '")
              : value
          )
        }
        return MessageTemplate.fill(entry.template.vi, vietnamese)
      }
    }
    // The commands' own validation errors are already in the language of the run.
    if text.unicodeScalars.contains(where: { $0.value > 0x7F }) { return text }
    return other.text(.vi, ["detail": text])
  }

  /// The values of a template's placeholders when `text` is the template filled, else `nil`.
  static func match(_ text: String, template: String) -> [(String, String)]? {
    var values: [(String, String)] = []
    var rest = text[...]
    var pattern = template[...]
    while !pattern.isEmpty {
      guard let open = pattern.firstIndex(of: "{"), let close = pattern[open...].firstIndex(of: "}") else {
        return rest == pattern ? values : nil
      }
      let literal = pattern[..<open]
      guard rest.hasPrefix(literal) else { return nil }
      rest = rest.dropFirst(literal.count)
      let name = String(pattern[pattern.index(after: open)..<close])
      pattern = pattern[pattern.index(after: close)...]
      let next = pattern.prefix { $0 != "{" }
      let end: Substring.Index
      if next.isEmpty {
        end = rest.endIndex
      } else if let range = rest.range(of: next) {
        end = range.lowerBound
      } else {
        return nil
      }
      guard end > rest.startIndex else { return nil }
      values.append((name, String(rest[..<end])))
      rest = rest[end...]
    }
    return rest.isEmpty ? values : nil
  }

  private static func between(_ line: String, _ prefix: String, _ suffix: String) -> String? {
    guard line.hasPrefix(prefix), line.hasSuffix(suffix), line.count >= prefix.count + suffix.count else { return nil }
    return String(line.dropFirst(prefix.count).dropLast(suffix.count))
  }
}
