#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The reasons the system gives for a failed file or stream operation (errno), in both
/// languages: the C library's own text (`strerror`) is English only.
package enum SystemErrorMessage: String, MessageCatalogue {
  case noSuchFile = "system.enoent"
  case permissionDenied = "system.eacces"
  case notPermitted = "system.eperm"
  case isDirectory = "system.eisdir"
  case notDirectory = "system.enotdir"
  case noSpace = "system.enospc"
  case quotaExceeded = "system.edquot"
  case inputOutput = "system.eio"
  case brokenPipe = "system.epipe"
  case badDescriptor = "system.ebadf"
  case readOnly = "system.erofs"
  case tooManyOpenFiles = "system.emfile"
  case nameTooLong = "system.enametoolong"
  case tooManyLinks = "system.eloop"
  case exists = "system.eexist"
  case tooLarge = "system.efbig"
  case invalid = "system.einval"
  case busy = "system.ebusy"
  case noMemory = "system.enomem"
  case other = "system.other"

  package var template: LocalizedText {
    switch self {
    case .noSuchFile: LocalizedText(vi: "không có tệp hoặc thư mục này", en: "No such file or directory")
    case .permissionDenied: LocalizedText(vi: "không có quyền truy cập", en: "Permission denied")
    case .notPermitted: LocalizedText(vi: "thao tác không được phép", en: "Operation not permitted")
    case .isDirectory: LocalizedText(vi: "đây là một thư mục", en: "Is a directory")
    case .notDirectory: LocalizedText(vi: "một phần của đường dẫn không phải thư mục", en: "Not a directory")
    case .noSpace: LocalizedText(vi: "ổ đĩa đã hết chỗ trống", en: "No space left on device")
    case .quotaExceeded: LocalizedText(vi: "đã vượt hạn mức dung lượng đĩa", en: "Disk quota exceeded")
    case .inputOutput: LocalizedText(vi: "lỗi đọc ghi thiết bị", en: "Input/output error")
    case .brokenPipe: LocalizedText(vi: "bên nhận đã đóng luồng", en: "Broken pipe")
    case .badDescriptor: LocalizedText(vi: "luồng không mở hoặc không hợp lệ", en: "Bad file descriptor")
    case .readOnly: LocalizedText(vi: "hệ thống tệp chỉ cho phép đọc", en: "Read-only file system")
    case .tooManyOpenFiles: LocalizedText(vi: "đang mở quá nhiều tệp", en: "Too many open files")
    case .nameTooLong: LocalizedText(vi: "tên tệp quá dài", en: "File name too long")
    case .tooManyLinks:
      LocalizedText(vi: "quá nhiều liên kết tượng trưng lồng nhau", en: "Too many levels of symbolic links")
    case .exists: LocalizedText(vi: "tệp đã tồn tại", en: "File exists")
    case .tooLarge: LocalizedText(vi: "tệp quá lớn", en: "File too large")
    case .invalid: LocalizedText(vi: "đối số không hợp lệ", en: "Invalid argument")
    case .busy: LocalizedText(vi: "thiết bị hoặc tài nguyên đang bận", en: "Device or resource busy")
    case .noMemory: LocalizedText(vi: "không đủ bộ nhớ", en: "Cannot allocate memory")
    case .other: LocalizedText(vi: "lỗi hệ thống mã {code} («{reason}»)", en: "{reason} (system error {code})")
    }
  }

  /// The reason for an errno value, in both languages.
  package static func reason(errno code: Int32) -> LocalizedText {
    let entry: SystemErrorMessage? =
      switch code {
      case ENOENT: .noSuchFile
      case EACCES: .permissionDenied
      case EPERM: .notPermitted
      case EISDIR: .isDirectory
      case ENOTDIR: .notDirectory
      case ENOSPC: .noSpace
      case EDQUOT: .quotaExceeded
      case EIO: .inputOutput
      case EPIPE: .brokenPipe
      case EBADF: .badDescriptor
      case EROFS: .readOnly
      case EMFILE, ENFILE: .tooManyOpenFiles
      case ENAMETOOLONG: .nameTooLong
      case ELOOP: .tooManyLinks
      case EEXIST: .exists
      case EFBIG: .tooLarge
      case EINVAL: .invalid
      case EBUSY: .busy
      case ENOMEM: .noMemory
      default: nil
      }
    if let entry { return entry() }
    return other(["code": String(code), "reason": String(cString: strerror(code))])
  }

  /// The reason for the current errno, in both languages.
  package static func lastReason() -> LocalizedText { reason(errno: errno) }
}
