import Foundation

/// What a run of the `dqtv` executable produced.
public struct CommandOutput: Sendable {
  public var status: Int32
  public var stdout: String
  public var stderr: String

  public init(status: Int32, stdout: String, stderr: String) {
    self.status = status
    self.stdout = stdout
    self.stderr = stderr
  }
}

/// The built `dqtv` executable: beside the test bundle, in the same build folder.
public func dqtvExecutable() -> URL {
  URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    .appendingPathComponent("dqtv")
}

/// Runs the built `dqtv` with arguments and optional standard input, in `directory` (default:
/// the package root), and collects its streams and exit status.
public func runDQTV(
  _ arguments: [String], stdin: String? = nil, directory: URL? = nil,
  environment: [String: String] = [:]
) throws -> CommandOutput {
  let process = Process()
  process.executableURL = dqtvExecutable()
  process.arguments = arguments
  process.currentDirectoryURL = directory ?? packageRoot()
  var env = ProcessInfo.processInfo.environment
  for (k, v) in environment { env[k] = v }
  process.environment = env
  let out = Pipe()
  let err = Pipe()
  let input = Pipe()
  process.standardOutput = out
  process.standardError = err
  process.standardInput = input
  try process.run()
  if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
  try input.fileHandleForWriting.close()
  // Read both pipes to the end before waiting, so that a large output cannot block the child.
  let group = DispatchGroup()
  nonisolated(unsafe) var outData = Data()
  nonisolated(unsafe) var errData = Data()
  group.enter()
  DispatchQueue.global().async {
    outData = out.fileHandleForReading.readDataToEndOfFile()
    group.leave()
  }
  errData = err.fileHandleForReading.readDataToEndOfFile()
  group.wait()
  process.waitUntilExit()
  return CommandOutput(
    status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
    stderr: String(decoding: errData, as: UTF8.self))
}
