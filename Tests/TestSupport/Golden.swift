import Foundation
import Testing

/// Compares text with a golden file kept beside the test, under `Snapshots/`.
///
/// Golden files are written and reviewed by hand. Setting `DQTV_RECORD_GOLDEN=1` writes the
/// actual text instead of comparing, for a change whose new output has been checked by reading;
/// the test then fails, so that a recording never passes unnoticed.
public func assertGolden(
  _ actual: String, named name: String, filePath: String = #filePath,
  sourceLocation: SourceLocation = #_sourceLocation
) {
  let directory = URL(fileURLWithPath: filePath).deletingLastPathComponent()
    .appendingPathComponent("Snapshots")
  let url = directory.appendingPathComponent(name)
  if ProcessInfo.processInfo.environment["DQTV_RECORD_GOLDEN"] == "1" {
    try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    try? actual.write(to: url, atomically: true, encoding: .utf8)
    Issue.record("recorded \(name); review it and run again", sourceLocation: sourceLocation)
    return
  }
  guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
    Issue.record("no golden file \(url.path)", sourceLocation: sourceLocation)
    return
  }
  #expect(actual == expected, "differs from \(name)", sourceLocation: sourceLocation)
}

/// The package's root folder, found from a test file's path (`Tests/<Target>/<file>.swift`).
public func packageRoot(filePath: String = #filePath) -> URL {
  URL(fileURLWithPath: filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
}
