import SourceDiagnostics

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The process's arguments, read from their bytes.
///
/// `CommandLine.arguments` repairs bytes that are not UTF-8 into U+FFFD, which loses the name
/// of a file whose name is not UTF-8. Here each such argument is shown to the parser in its
/// escaped form (``RawFilePath/escaped(_:)``, `x\xE3.yaml`), and its bytes are kept under that
/// form, so that a command opens the file by them (``CommandIO/filePath(_:)``) and names it
/// by the escaped form in every output.
struct CommandLineArguments {
  /// The arguments as the parser sees them, the program's name left out.
  var shown: [String]
  /// The bytes of each argument that is not UTF-8, by its shown form.
  var raw: [String: [UInt8]]

  /// The arguments from their bytes: each is UTF-8, or is kept as bytes under its escaped form.
  /// An escaped form that another argument spells out as text stays that text: the two cannot
  /// be told apart, and the text is what was written.
  init(bytes: [[UInt8]]) {
    shown = []
    raw = [:]
    var spelt: Set<String> = []
    for argument in bytes {
      let path = RawFilePath(bytes: argument)
      shown.append(path.display)
      if path.string == nil { raw[path.display] = argument } else { spelt.insert(path.display) }
    }
    for text in spelt { raw[text] = nil }
  }

  /// This process's arguments.
  static func ofProcess() -> CommandLineArguments {
    let count = Int(CommandLine.argc)
    var bytes: [[UInt8]] = []
    for i in 1..<max(1, count) {
      guard let argument = CommandLine.unsafeArgv[i] else { continue }
      bytes.append(Array(UnsafeBufferPointer(start: argument, count: strlen(argument)).map { UInt8(bitPattern: $0) }))
    }
    return CommandLineArguments(bytes: bytes)
  }
}
