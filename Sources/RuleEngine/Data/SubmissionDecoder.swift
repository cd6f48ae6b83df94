import SourceDiagnostics
import YAML

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// What reading a submission against its schema gave.
package struct DecodeResult: Sendable {
  /// The typed data; `nil` when the file is not a submission at all (see `diagnostics`).
  package let data: DataDocument?
  /// Every schema break, as `SCHEMA` findings.
  package let findings: [Finding]
  /// Problems that stop the check (exit 2): a root that is not a mapping, an unknown format.
  package let diagnostics: Diagnostics
}

/// Reads a submission's YAML tree against a ``Schema``: types scalars by the schema (so `yes`
/// stays a string and `2025-07-01` is a date only where a date is expected), and reports every
/// break as a `SCHEMA` finding at its line, going on so that the rules that can still run, run.
package struct SubmissionDecoder: Sendable {
  package let schema: Schema
  /// The fewest nodes of a document whose largest list of records is decoded on two threads;
  /// the result is the same either way.
  package var shareAbove = SubmissionDecoder.defaultShareAbove

  /// About a province of ten communes: below it, starting a thread costs more than it saves.
  package static let defaultShareAbove = 100_000

  package init(schema: Schema) {
    self.schema = schema
  }

  package func decode(_ yaml: YAMLDocument) -> DecodeResult {
    yaml.withUnsafeView { view in
      var state = DecodeState(yaml: yaml, view: view, schema: schema, shareAbove: shareAbove)
      state.decodeRoot()
      return DecodeResult(
        data: state.failed ? nil : state.data, findings: state.findings, diagnostics: state.diagnostics)
    }
  }
}
