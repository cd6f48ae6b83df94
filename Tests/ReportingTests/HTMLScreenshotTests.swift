import Foundation
import TestSupport
import Testing

/// The path of a headless Chromium, when one is installed (Debian package `chromium`).
let chromium: String? = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
  .first { FileManager.default.isExecutableFile(atPath: $0) }

/// Renders the HTML report as a person sees it, with headless Chromium, to a PNG whose path the
/// test prints, so that it can be looked at. Runs only where Chromium is installed.
@Suite struct HTMLScreenshotTests {
  @Test(.enabled(if: chromium != nil, "headless Chromium (Debian package chromium) is not installed"))
  func theProvinceReportRenders() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dqtv-screenshot")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let html = folder.appendingPathComponent("province.html")
    let png = folder.appendingPathComponent("province.png")
    try? FileManager.default.removeItem(at: png)
    let run = try runDQTV(["check", "samples/province-thanh-hoa.yaml", "--format", "html", "--output", html.path])
    #expect(run.status == 1)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: chromium!)
    process.arguments = [
      "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--screenshot=\(png.path)",
      "--window-size=1280,2400", html.absoluteString,
    ]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    let data = try Data(contentsOf: png)
    // A PNG of the page's full width, with more than a blank page's worth of detail.
    #expect(data.prefix(8) == Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
    let width = data[16..<20].reduce(0) { $0 << 8 | Int($1) }
    #expect(width == 1280)
    #expect(data.count > 100_000)
    print("rendered \(png.path)")
  }
}
