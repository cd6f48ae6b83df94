extension DQTVCommand {
  /// The command line with an `eval` expression that begins with `-` (`-1 + 2`, `-x.size()`)
  /// moved behind `--`, so that it is read as the expression rather than as an option: every
  /// option of `eval` is long and takes a value, so any other word beginning with a single `-`
  /// can only be the expression.
  static func expressionFirst(_ arguments: [String]) -> [String] {
    guard arguments.first == "eval", !arguments.contains("--") else { return arguments }
    var rest = Array(arguments.dropFirst())
    var i = 0
    while i < rest.count {
      let word = rest[i]
      if word.hasPrefix("--") {
        // A long option: its value is the next word unless written `--name=value`.
        i += word.contains("=") || word == "--help" ? 1 : 2
        continue
      }
      if word.hasPrefix("-"), word.count > 1, word != "-h" {
        rest.remove(at: i)
        return ["eval"] + rest + ["--", word]
      }
      i += 1
    }
    return arguments
  }
}
