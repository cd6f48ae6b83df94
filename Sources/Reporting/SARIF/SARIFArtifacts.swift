import Foundation
import RuleEngine
import SourceDiagnostics

/// A file the run was given.
package struct SARIFArtifact: Codable, Sendable, Equatable {
  package var location: SARIFArtifactLocation
  package var properties: SARIFArtifactProperties
}

/// What became of a file given: `checked`, or why it was not read, and its findings' counts.
package struct SARIFArtifactProperties: Codable, Sendable, Equatable {
  package var status: String
  package var asOf: String?
  package var error: Int
  package var warning: Int
  package var info: Int
  package var waived: Int

  enum CodingKeys: String, CodingKey {
    case asOf = "as_of"
    case status, error, warning, info, waived
  }
}

/// The run itself: successful only when every file given was checked.
package struct SARIFInvocation: Codable, Sendable, Equatable {
  package var executionSuccessful: Bool
  package var toolExecutionNotifications: [SARIFNotification]?
}

/// Why a file was not read, at its place.
package struct SARIFNotification: Codable, Sendable, Equatable {
  package var level = "error"
  package var message: SARIFMessage
  package var locations: [SARIFLocation]?
}

extension SARIFRenderer {
  /// The base of relative URIs: the working directory, as a `file://` URI ending in `/`.
  static func baseIds(_ context: ReportContext) -> [String: SARIFArtifactLocation]? {
    guard let base = context.workingDirectory, base.hasPrefix("/") else { return nil }
    let folder = base.hasSuffix("/") ? base : base + "/"
    return [srcRoot: SARIFArtifactLocation(uri: uri(folder, base: nil))]
  }

  static let srcRoot = "%SRCROOT%"

  /// A file's location: relative to `%SRCROOT%` when it lies there, else an absolute URI.
  static func artifactLocation(_ path: String, context: ReportContext, index: Int? = nil) -> SARIFArtifactLocation {
    let u = uri(path, base: context.workingDirectory, rawNames: context.rawNames)
    let relative = !u.hasPrefix("file:") && context.workingDirectory?.hasPrefix("/") == true
    return SARIFArtifactLocation(uri: u, uriBaseId: relative ? srcRoot : nil, index: index)
  }

  /// Every file given, in order, with its status and counts.
  static func artifacts(_ findings: [ReportedFinding], context: ReportContext) -> [SARIFArtifact] {
    let perFile = FindingCounts.perFile(findings)
    return context.givenFiles.enumerated().map { i, f in
      let c = perFile[f.file] ?? FindingCounts([])
      return SARIFArtifact(
        location: artifactLocation(f.file, context: context, index: i),
        properties: SARIFArtifactProperties(
          status: f.status.rawValue, asOf: f.asOf?.description, error: c.error, warning: c.warning, info: c.info,
          waived: c.waived))
    }
  }

  /// The invocation: a notification at the place of each problem of a file not read (in a
  /// workbook, its cell too, as a finding's).
  static func invocation(_ context: ReportContext) -> SARIFInvocation {
    let lang = context.language
    var notes: [SARIFNotification] = []
    for (i, f) in context.givenFiles.enumerated() where !f.isChecked {
      for p in f.problems {
        let place = artifactLocation(p.location?.file ?? f.file, context: context, index: i)
        let region = p.location.map { SARIFRegion(startLine: $0.line, startColumn: $0.column) }
        notes.append(
          SARIFNotification(
            message: SARIFMessage(text: "\(f.statusText(lang)): \(p.message[lang])"),
            locations: [
              SARIFLocation(
                physicalLocation: SARIFPhysicalLocation(artifactLocation: place, region: region),
                logicalLocations: p.location.flatMap { SARIFRenderer.logical($0, path: "") })
            ]
          ))
      }
    }
    return SARIFInvocation(executionSuccessful: notes.isEmpty, toolExecutionNotifications: notes.isEmpty ? nil : notes)
  }

  /// Whether a rule's file is one of a pack built into the binary, which the user does not have.
  static func isBuiltIn(_ file: String, context: ReportContext) -> Bool {
    context.builtInPacks.contains { file.hasPrefix($0 + "/") }
  }
}
