/// The parts of SARIF 2.1.0 (OASIS, `sarif-schema-2.1.0.json`) that dqtv writes, as typed
/// Codable values. Optional properties left `nil` are not written.
package struct SARIFLog: Codable, Sendable, Equatable {
  package var schema = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
  package var version = "2.1.0"
  package var runs: [SARIFRun]

  enum CodingKeys: String, CodingKey {
    case schema = "$schema"
    case version, runs
  }
}

/// One run of the tool.
package struct SARIFRun: Codable, Sendable, Equatable {
  package var tool: SARIFTool
  package var columnKind = "unicodeCodePoints"
  package var results: [SARIFResult]
  package var properties: SARIFRunProperties?
  /// `%SRCROOT%`: the folder relative file locations are resolved against.
  package var originalUriBaseIds: [String: SARIFArtifactLocation]? = nil
  /// Every submission given, read or not, with its status.
  package var artifacts: [SARIFArtifact]? = nil
  /// Whether every file could be checked, and why some could not.
  package var invocations: [SARIFInvocation]? = nil
}

/// What the run records besides results: the date judged, the packs and the submissions.
package struct SARIFRunProperties: Codable, Sendable, Equatable {
  package var asOf: String?
  package var packs: [SARIFPack]
  package var submissions: [String]
  package var waivers: String?

  enum CodingKeys: String, CodingKey {
    case asOf = "as_of"
    case packs, submissions, waivers
  }
}

/// A rule pack's name and version.
package struct SARIFPack: Codable, Sendable, Equatable {
  package var name: String
  package var version: String
}

package struct SARIFTool: Codable, Sendable, Equatable {
  package var driver: SARIFDriver
}

/// The tool and every rule it applied.
package struct SARIFDriver: Codable, Sendable, Equatable {
  package var name = "dqtv"
  package var version: String
  package var semanticVersion: String?
  package var informationUri: String?
  package var rules: [SARIFRule]
}

/// A rule version (a `reportingDescriptor`).
package struct SARIFRule: Codable, Sendable, Equatable {
  package var id: String
  package var name: String
  package var shortDescription: SARIFMessage
  package var fullDescription: SARIFMessage
  package var defaultConfiguration: SARIFConfiguration
  package var helpUri: String?
  package var properties: SARIFRuleProperties
}

/// A rule's titles in both languages, its legal basis and when it is in force.
package struct SARIFRuleProperties: Codable, Sendable, Equatable {
  /// The title in Vietnamese and in English.
  package var title: SARIFTitles
  /// The legal basis; absent for rules the pack does not hold (SCHEMA, WAIVER.*).
  package var citations: [SARIFCitation]?
  /// The first day in force, `YYYY-MM-DD`.
  package var effectiveFrom: String?
  /// The last day in force, `YYYY-MM-DD`; absent while in force.
  package var effectiveUntil: String?
  package var pack: String?
  package var tags: [String]

  enum CodingKeys: String, CodingKey {
    case title, citations, pack, tags
    case effectiveFrom = "effective_from"
    case effectiveUntil = "effective_until"
  }
}

/// A text in Vietnamese and English.
package struct SARIFTitles: Codable, Sendable, Equatable {
  package var vi: String
  package var en: String
}

/// A legal citation, as in the JSON report's `basis`, with its words in both languages.
package struct SARIFCitation: Codable, Sendable, Equatable {
  package var doc: String
  package var article: Int?
  package var clause: Int?
  package var point: String?
  package var text: String?
  package var vi: String
  package var en: String
  /// The cited instrument's title in both languages, when the pack lists it.
  package var title: SARIFTitles? = nil
  /// A link to the cited instrument.
  package var url: String? = nil
}

package struct SARIFConfiguration: Codable, Sendable, Equatable {
  /// `error`, `warning` or `note`.
  package var level: String
}

package struct SARIFMessage: Codable, Sendable, Equatable {
  package var text: String
}

/// One finding.
package struct SARIFResult: Codable, Sendable, Equatable {
  package var ruleId: String
  package var ruleIndex: Int?
  package var kind = "fail"
  package var level: String
  package var message: SARIFMessage
  package var locations: [SARIFLocation]
  package var relatedLocations: [SARIFLocation]?
  package var partialFingerprints: [String: String]
  package var suppressions: [SARIFSuppression]?
  package var properties: SARIFResultProperties?
  /// `new`, `unchanged` or `absent` against the baseline, when the run has one.
  package var baselineState: String? = nil
}

/// What a result records besides its place: the finding's kind, its severity and citations.
package struct SARIFResultProperties: Codable, Sendable, Equatable {
  package var kind: String
  package var severity: String
  /// The legal basis in the report's language; absent when the rule cites none.
  package var citations: [String]?
}

/// A place: in a file, and where it helps, in the data's structure.
package struct SARIFLocation: Codable, Sendable, Equatable {
  package var id: Int?
  package var physicalLocation: SARIFPhysicalLocation?
  package var logicalLocations: [SARIFLogicalLocation]?
  package var message: SARIFMessage?
}

package struct SARIFPhysicalLocation: Codable, Sendable, Equatable {
  package var artifactLocation: SARIFArtifactLocation
  package var region: SARIFRegion?
}

package struct SARIFArtifactLocation: Codable, Sendable, Equatable {
  package var uri: String
  /// `%SRCROOT%` for a path relative to the working directory.
  package var uriBaseId: String? = nil
  /// The file's index in the run's `artifacts`.
  package var index: Int? = nil
}

/// A span of a file; lines 1-based, columns 1-based in Unicode code points, end exclusive.
package struct SARIFRegion: Codable, Sendable, Equatable {
  package var startLine: Int
  package var startColumn: Int?
  package var endLine: Int?
  package var endColumn: Int?
}

/// A node of the data, named by its data path.
package struct SARIFLogicalLocation: Codable, Sendable, Equatable {
  package var name: String? = nil
  package var fullyQualifiedName: String
  package var kind: String?
}

/// A waiver that excuses a result.
package struct SARIFSuppression: Codable, Sendable, Equatable {
  package var kind = "external"
  package var status = "accepted"
  package var justification: String
  package var location: SARIFLocation?
  package var properties: SARIFSuppressionProperties
}

package struct SARIFSuppressionProperties: Codable, Sendable, Equatable {
  package var approvedBy: String
  package var until: String

  enum CodingKeys: String, CodingKey {
    case approvedBy = "approved_by"
    case until
  }
}
