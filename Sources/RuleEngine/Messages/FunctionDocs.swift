import SourceDiagnostics

/// What each function rule expressions may call does, as `dqtv functions` prints it: the
/// English is the function table's own `doc`; a test checks that they agree.
package enum FunctionDoc: String, MessageCatalogue {
  case age = "function.age"
  case boolFunction = "function.bool"
  case bytesFunction = "function.bytes"
  case charAt = "function.charAt"
  case contains = "function.contains"
  case dateFunction = "function.date"
  case daysBetween = "function.days_between"
  case doubleFunction = "function.double"
  case durationFunction = "function.duration"
  case dynFunction = "function.dyn"
  case endsWith = "function.endsWith"
  case formatFunction = "function.format"
  case getDate = "function.getDate"
  case getDayOfMonth = "function.getDayOfMonth"
  case getDayOfWeek = "function.getDayOfWeek"
  case getDayOfYear = "function.getDayOfYear"
  case getFullYear = "function.getFullYear"
  case getHours = "function.getHours"
  case getMilliseconds = "function.getMilliseconds"
  case getMinutes = "function.getMinutes"
  case getMonth = "function.getMonth"
  case getSeconds = "function.getSeconds"
  case indexOf = "function.indexOf"
  case intFunction = "function.int"
  case join = "function.join"
  case lastIndexOf = "function.lastIndexOf"
  case lower = "function.lower"
  case lowerAscii = "function.lowerAscii"
  case matches = "function.matches"
  case mathAbs = "function.math.abs"
  case mathBitAnd = "function.math.bitAnd"
  case mathBitNot = "function.math.bitNot"
  case mathBitOr = "function.math.bitOr"
  case mathBitShiftLeft = "function.math.bitShiftLeft"
  case mathBitShiftRight = "function.math.bitShiftRight"
  case mathBitXor = "function.math.bitXor"
  case mathCeil = "function.math.ceil"
  case mathFloor = "function.math.floor"
  case mathGreatest = "function.math.greatest"
  case mathIsFinite = "function.math.isFinite"
  case mathIsInf = "function.math.isInf"
  case mathIsNaN = "function.math.isNaN"
  case mathLeast = "function.math.least"
  case mathRound = "function.math.round"
  case mathSign = "function.math.sign"
  case mathTrunc = "function.math.trunc"
  case percent = "function.percent"
  case replace = "function.replace"
  case reverseFunction = "function.reverse"
  case size = "function.size"
  case split = "function.split"
  case startsWith = "function.startsWith"
  case stringFunction = "function.string"
  case stringsQuote = "function.strings.quote"
  case substring = "function.substring"
  case sum = "function.sum"
  case timestampFunction = "function.timestamp"
  case trim = "function.trim"
  case typeFunction = "function.type"
  case uintFunction = "function.uint"
  case upper = "function.upper"
  case upperAscii = "function.upperAscii"

  package var template: LocalizedText {
    switch self {
    case .age:
      LocalizedText(vi: "Số năm tròn từ ngày sinh đến một ngày.", en: "Whole years from a birth date to a date.")
    case .boolFunction:
      LocalizedText(
        vi: "Đổi sang kiểu `bool` ('true', 'false', 't', 'f', '1', '0'...).",
        en: "Converts to bool ('true', 'false', 't', 'f', '1', '0'...).")
    case .bytesFunction:
      LocalizedText(vi: "Đổi sang kiểu `bytes` (mã UTF-8 của chuỗi).", en: "Converts to bytes (a string's UTF-8).")
    case .charAt:
      LocalizedText(
        vi: "Ký tự tại một vị trí, dưới dạng chuỗi ('' ở cuối chuỗi).",
        en: "The code point at an index, as a string ('' at the end).")
    case .contains:
      LocalizedText(vi: "Chuỗi có chứa chuỗi kia hay không.", en: "Whether a string contains another.")
    case .dateFunction:
      LocalizedText(
        vi: "Một ngày dạng 'YYYY-MM-DD', thành mốc thời gian lúc 00:00 UTC.",
        en: "A calendar date 'YYYY-MM-DD' as a timestamp at 00:00 UTC.")
    case .daysBetween:
      LocalizedText(
        vi: "Số ngày tròn từ ngày thứ nhất đến ngày thứ hai (có thể âm).",
        en: "Whole days from the first date to the second (may be negative).")
    case .doubleFunction:
      LocalizedText(vi: "Đổi sang kiểu `double`.", en: "Converts to double.")
    case .durationFunction:
      LocalizedText(
        vi: "Một khoảng thời gian viết như '1h30m', '3.5s', '-2ms'.",
        en: "A duration from text such as '1h30m', '3.5s', '-2ms'.")
    case .dynFunction:
      LocalizedText(
        vi: "Chính giá trị đó, mang kiểu `dyn` đối với bộ kiểm tra kiểu.",
        en: "The value itself, typed dyn for the checker.")
    case .endsWith:
      LocalizedText(vi: "Chuỗi có kết thúc bằng chuỗi kia hay không.", en: "Whether a string ends with another.")
    case .formatFunction:
      LocalizedText(
        vi: "Thay một danh sách giá trị vào các chỗ %s, %d, %f, %e, %b, %o, %x.",
        en: "Substitutes a list of values into %s, %d, %f, %e, %b, %o, %x clauses.")
    case .getDate:
      LocalizedText(vi: "Ngày trong tháng, tính từ 1.", en: "The day of the month, from 1.")
    case .getDayOfMonth:
      LocalizedText(vi: "Ngày trong tháng, tính từ 0.", en: "The day of the month, from 0.")
    case .getDayOfWeek:
      LocalizedText(vi: "Thứ trong tuần, 0 là Chủ nhật.", en: "The day of the week, 0 for Sunday.")
    case .getDayOfYear:
      LocalizedText(vi: "Ngày trong năm, tính từ 0.", en: "The day of the year, from 0.")
    case .getFullYear:
      LocalizedText(
        vi: "Năm, theo giờ UTC hoặc theo múi giờ cho trước.", en: "The year, in UTC or the given time zone.")
    case .getHours:
      LocalizedText(
        vi: "Giờ trong ngày; với khoảng thời gian, số giờ tròn.",
        en: "The hour of the day; for a duration, its whole hours.")
    case .getMilliseconds:
      LocalizedText(
        vi: "Mili giây trong giây (phần lẻ, với khoảng thời gian).",
        en: "The milliseconds of the second (of the fraction, for a duration).")
    case .getMinutes:
      LocalizedText(
        vi: "Phút trong giờ; với khoảng thời gian, số phút tròn.",
        en: "The minute of the hour; for a duration, its whole minutes.")
    case .getMonth:
      LocalizedText(vi: "Tháng, 0 là tháng Một.", en: "The month, 0 for January.")
    case .getSeconds:
      LocalizedText(
        vi: "Giây trong phút; với khoảng thời gian, số giây tròn.",
        en: "The second of the minute; for a duration, its whole seconds.")
    case .indexOf:
      LocalizedText(
        vi: "Vị trí (tính theo ký tự) của lần xuất hiện đầu tiên của một chuỗi, hoặc -1.",
        en: "The code-point index of the first occurrence of a string, or -1.")
    case .intFunction:
      LocalizedText(
        vi: "Đổi sang kiểu `int` (số thực bị cắt phần lẻ về phía 0; vượt phạm vi là lỗi).",
        en: "Converts to int (doubles truncate toward zero; out of range is an error).")
    case .join:
      LocalizedText(
        vi: "Nối một danh sách chuỗi, có thể kèm dấu ngăn cách.",
        en: "Joins a list of strings, with an optional separator.")
    case .lastIndexOf:
      LocalizedText(
        vi: "Vị trí (tính theo ký tự) của lần xuất hiện cuối cùng của một chuỗi, hoặc -1.",
        en: "The code-point index of the last occurrence of a string, or -1.")
    case .lower:
      LocalizedText(
        vi: "Chữ thường theo Unicode ('ĐÔNG'.lower() == 'đông').", en: "Unicode lower case ('ĐÔNG'.lower() == 'đông').")
    case .lowerAscii:
      LocalizedText(vi: "Chữ thường, chỉ với các chữ cái ASCII.", en: "Lower case of ASCII letters only.")
    case .matches:
      LocalizedText(
        vi: "Biểu thức chính quy (cú pháp RE2) có khớp với một phần của chuỗi hay không.",
        en: "Whether a regular expression (RE2 syntax) matches part of a string.")
    case .mathAbs:
      LocalizedText(
        vi: "Giá trị tuyệt đối (tràn số `int` là lỗi).", en: "The absolute value (int overflow is an error).")
    case .mathBitAnd:
      LocalizedText(vi: "Phép và theo từng bit.", en: "Bitwise and.")
    case .mathBitNot:
      LocalizedText(vi: "Phép đảo từng bit.", en: "Bitwise complement.")
    case .mathBitOr:
      LocalizedText(vi: "Phép hoặc theo từng bit.", en: "Bitwise or.")
    case .mathBitShiftLeft:
      LocalizedText(vi: "Dịch bit sang trái.", en: "Shifts bits left.")
    case .mathBitShiftRight:
      LocalizedText(
        vi: "Dịch bit sang phải (dịch logic, kể cả với `int`).", en: "Shifts bits right (logically, for int too).")
    case .mathBitXor:
      LocalizedText(vi: "Phép hoặc loại trừ theo từng bit.", en: "Bitwise exclusive or.")
    case .mathCeil:
      LocalizedText(
        vi: "Số nguyên (kiểu `double`) nhỏ nhất không nhỏ hơn đối số.",
        en: "The least integral double not below the argument.")
    case .mathFloor:
      LocalizedText(
        vi: "Số nguyên (kiểu `double`) lớn nhất không lớn hơn đối số.",
        en: "The greatest integral double not above the argument.")
    case .mathGreatest:
      LocalizedText(
        vi: "Số lớn nhất trong các số (trộn tùy ý `int`, `uint` và `double`), hoặc trong một danh sách.",
        en: "The greatest of numbers (any mix of int, uint and double), or of a list.")
    case .mathIsFinite:
      LocalizedText(
        vi: "Số thực có hữu hạn hay không (không vô cực, không phải NaN).",
        en: "Whether a double is neither infinite nor NaN.")
    case .mathIsInf:
      LocalizedText(vi: "Số thực có là vô cực hay không.", en: "Whether a double is infinite.")
    case .mathIsNaN:
      LocalizedText(vi: "Số thực có là NaN hay không.", en: "Whether a double is NaN.")
    case .mathLeast:
      LocalizedText(
        vi: "Số nhỏ nhất trong các số (trộn tùy ý `int`, `uint` và `double`), hoặc trong một danh sách.",
        en: "The least of numbers (any mix of int, uint and double), or of a list.")
    case .mathRound:
      LocalizedText(
        vi: "Làm tròn tới số nguyên (kiểu `double`) gần nhất; nửa chừng thì làm tròn ra xa số 0.",
        en: "Rounds to the nearest integral double, halves away from zero.")
    case .mathSign:
      LocalizedText(vi: "-1, 0 hoặc 1, cùng kiểu với đối số.", en: "-1, 0 or 1, of the argument's type.")
    case .mathTrunc:
      LocalizedText(vi: "Làm tròn về phía số 0.", en: "Rounds toward zero.")
    case .percent:
      LocalizedText(
        vi: "100.0 * phần / tổng, kiểu `double`; tổng bằng 0 là lỗi.",
        en: "100.0 * part / whole, as a double; an error when whole is 0.")
    case .replace:
      LocalizedText(
        vi: "Thay các lần xuất hiện của một chuỗi (tất cả, hoặc nhiều nhất n lần).",
        en: "Replaces occurrences of a string (all, or at most n).")
    case .reverseFunction:
      LocalizedText(vi: "Các ký tự theo thứ tự ngược lại.", en: "The code points in reverse order.")
    case .size:
      LocalizedText(
        vi: "Số ký tự của chuỗi, số byte của `bytes`, số phần tử của danh sách hoặc số mục của bảng.",
        en: "The number of code points of a string, bytes of bytes, elements of a list or entries of a map.")
    case .split:
      LocalizedText(
        vi: "Tách chuỗi tại dấu ngăn cách (thành nhiều nhất n phần).",
        en: "Splits a string at a separator (into at most n parts).")
    case .startsWith:
      LocalizedText(vi: "Chuỗi có bắt đầu bằng chuỗi kia hay không.", en: "Whether a string starts with another.")
    case .stringFunction:
      LocalizedText(vi: "Đổi sang kiểu `string`.", en: "Converts to string.")
    case .stringsQuote:
      LocalizedText(
        vi: "Chuỗi viết thành hằng trong dấu nháy kép, kèm ký tự thoát.",
        en: "The string as a double-quoted literal, with escapes.")
    case .substring:
      LocalizedText(
        vi: "Các ký tự từ vị trí đầu (đến vị trí cuối, không kể vị trí cuối).",
        en: "The code points from start (to end, exclusive).")
    case .sum:
      LocalizedText(
        vi: "Tổng một danh sách `int`, `uint` hoặc `double` (0 khi danh sách rỗng).",
        en: "The sum of a list of int, uint or double (0 when empty).")
    case .timestampFunction:
      LocalizedText(
        vi: "Một mốc thời gian từ văn bản RFC 3339 hoặc số giây kể từ 1970-01-01T00:00:00Z.",
        en: "A timestamp from RFC 3339 text or seconds since 1970-01-01T00:00:00Z.")
    case .trim:
      LocalizedText(
        vi: "Bỏ khoảng trắng Unicode ở đầu và cuối chuỗi.", en: "Removes leading and trailing Unicode white space.")
    case .typeFunction:
      LocalizedText(vi: "Kiểu của một giá trị, dưới dạng một giá trị.", en: "The type of a value, as a value.")
    case .uintFunction:
      LocalizedText(
        vi: "Đổi sang kiểu `uint` (số âm hoặc vượt phạm vi là lỗi).",
        en: "Converts to uint (negative or out of range is an error).")
    case .upper:
      LocalizedText(
        vi: "Chữ hoa theo Unicode ('đông'.upper() == 'ĐÔNG').", en: "Unicode upper case ('đông'.upper() == 'ĐÔNG').")
    case .upperAscii:
      LocalizedText(vi: "Chữ hoa, chỉ với các chữ cái ASCII.", en: "Upper case of ASCII letters only.")
    }
  }

  /// The entry of a function, by its name.
  package static func entry(for name: String) -> FunctionDoc? { FunctionDoc(rawValue: "function." + name) }
}
