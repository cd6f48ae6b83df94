import DQTVCommands
import Foundation
import TestSupport

/// Runs a `dqtv` command line in this process, as the executable would, with its streams
/// gathered in memory; relative paths are read from the package root, as `runDQTV` runs the
/// binary there. Faster than launching the binary, and the same code path below `main`.
func dqtv(_ arguments: [String], stdin: String = "", environment: [String: String] = [:]) throws -> CommandOutput {
  try PackageRootDirectory.enter()
  let (io, captured) = CommandIO.capture(stdin: stdin, environment: environment)
  let status = DQTVCommand.run(arguments, io: io)
  return CommandOutput(status: status, stdout: captured.stdout, stderr: captured.stderr)
}

/// The working directory of in-process runs: the package root, as for the binary.
enum PackageRootDirectory {
  static func enter() throws {
    let root = packageRoot().path
    guard FileManager.default.currentDirectoryPath != root else { return }
    guard FileManager.default.changeCurrentDirectoryPath(root) else {
      throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: root])
    }
  }
}
