/// The parts of SARIF 2.1.0 (OASIS, `sarif-schema-2.1.0.json`) that dqtv writes, as typed
/// Codable values. Optional properties left `nil` are not written.
public struct SARIFLog: Codable, Sendable, Equatable {
  public var schema = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
  public var version = "2.1.0"
  public var runs: [SARIFRun]

  enum CodingKeys: String, CodingKey {
    case schema = "$schema"
    case version, runs
  }
}

/// One run of the tool.
public struct SARIFRun: Codable, Sendable, Equatable {
  public var tool: SARIFTool
  public var columnKind = "unicodeCodePoints"
  public var results: [SARIFResult]
  public var properties: SARIFRunProperties?
}

/// What the run records besides results: the date judged, the packs and the submissions.
public struct SARIFRunProperties: Codable, Sendable, Equatable {
  public var asOf: String?
  public var packs: [SARIFPack]
  public var submissions: [String]
  public var waivers: String?

  enum CodingKeys: String, CodingKey {
    case asOf = "as_of"
    case packs, submissions, waivers
  }
}

/// A rule pack's name and version.
public struct SARIFPack: Codable, Sendable, Equatable {
  public var name: String
  public var version: String
}

public struct SARIFTool: Codable, Sendable, Equatable {
  public var driver: SARIFDriver
}

/// The tool and every rule it applied.
public struct SARIFDriver: Codable, Sendable, Equatable {
  public var name = "dqtv"
  public var version: String
  public var semanticVersion: String?
  public var informationUri: String?
  public var rules: [SARIFRule]
}

/// A rule version (a `reportingDescriptor`).
public struct SARIFRule: Codable, Sendable, Equatable {
  public var id: String
  public var name: String
  public var shortDescription: SARIFMessage
  public var fullDescription: SARIFMessage
  public var defaultConfiguration: SARIFConfiguration
  public var helpUri: String?
  public var properties: SARIFRuleProperties
}

/// A rule's titles in both languages, its legal basis and when it is in force.
public struct SARIFRuleProperties: Codable, Sendable, Equatable {
  /// The title in Vietnamese and in English.
  public var title: SARIFTitles
  /// The legal basis; absent for rules the pack does not hold (SCHEMA, WAIVER.*).
  public var citations: [SARIFCitation]?
  /// The first day in force, `YYYY-MM-DD`.
  public var effectiveFrom: String?
  /// The last day in force, `YYYY-MM-DD`; absent while in force.
  public var effectiveUntil: String?
  public var pack: String?
  public var tags: [String]

  enum CodingKeys: String, CodingKey {
    case title, citations, pack, tags
    case effectiveFrom = "effective_from"
    case effectiveUntil = "effective_until"
  }
}

/// A text in Vietnamese and English.
public struct SARIFTitles: Codable, Sendable, Equatable {
  public var vi: String
  public var en: String
}

/// A legal citation, as in the JSON report's `basis`, with its words in both languages.
public struct SARIFCitation: Codable, Sendable, Equatable {
  public var doc: String
  public var article: Int?
  public var clause: Int?
  public var point: String?
  public var text: String?
  public var vi: String
  public var en: String
}

public struct SARIFConfiguration: Codable, Sendable, Equatable {
  /// `error`, `warning` or `note`.
  public var level: String
}

public struct SARIFMessage: Codable, Sendable, Equatable {
  public var text: String
}

/// One finding.
public struct SARIFResult: Codable, Sendable, Equatable {
  public var ruleId: String
  public var ruleIndex: Int?
  public var kind = "fail"
  public var level: String
  public var message: SARIFMessage
  public var locations: [SARIFLocation]
  public var relatedLocations: [SARIFLocation]?
  public var partialFingerprints: [String: String]
  public var suppressions: [SARIFSuppression]?
  public var properties: SARIFResultProperties?
}

/// What a result records besides its place: the finding's kind, its severity and citations.
public struct SARIFResultProperties: Codable, Sendable, Equatable {
  public var kind: String
  public var severity: String
  /// The legal basis in the report's language; absent when the rule cites none.
  public var citations: [String]?
}

/// A place: in a file, and where it helps, in the data's structure.
public struct SARIFLocation: Codable, Sendable, Equatable {
  public var id: Int?
  public var physicalLocation: SARIFPhysicalLocation?
  public var logicalLocations: [SARIFLogicalLocation]?
  public var message: SARIFMessage?
}

public struct SARIFPhysicalLocation: Codable, Sendable, Equatable {
  public var artifactLocation: SARIFArtifactLocation
  public var region: SARIFRegion?
}

public struct SARIFArtifactLocation: Codable, Sendable, Equatable {
  public var uri: String
}

/// A span of a file; lines 1-based, columns 1-based in Unicode code points, end exclusive.
public struct SARIFRegion: Codable, Sendable, Equatable {
  public var startLine: Int
  public var startColumn: Int?
  public var endLine: Int?
  public var endColumn: Int?
}

/// A node of the data, named by its data path.
public struct SARIFLogicalLocation: Codable, Sendable, Equatable {
  public var fullyQualifiedName: String
  public var kind: String?
}

/// A waiver that excuses a result.
public struct SARIFSuppression: Codable, Sendable, Equatable {
  public var kind = "external"
  public var status = "accepted"
  public var justification: String
  public var location: SARIFLocation?
  public var properties: SARIFSuppressionProperties
}

public struct SARIFSuppressionProperties: Codable, Sendable, Equatable {
  public var approvedBy: String
  public var until: String

  enum CodingKeys: String, CodingKey {
    case approvedBy = "approved_by"
    case until
  }
}
