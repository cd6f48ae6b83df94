import SourceDiagnostics
import Workbook
import YAML

/// What converting a submission gave: the bytes to write, or the diagnostics that stopped it;
/// findings the workbook alone shows (an unknown column) come along either way.
package struct ConversionResult: Sendable {
  package let bytes: [UInt8]?
  package let findings: [Finding]
  package let diagnostics: [Diagnostic]
}

extension Workspace {
  /// Converts a submission file: a workbook (by name or bytes) to YAML text, anything else,
  /// read as YAML, to a workbook.
  package func convert(_ path: String, schema: Schema) -> ConversionResult {
    convert(RawFilePath(path), schema: schema)
  }

  /// Converts a submission file named by bytes: a name that is not UTF-8 is opened by them and
  /// shown escaped.
  package func convert(_ input: RawFilePath, schema: Schema) -> ConversionResult {
    var opened: OpenedByBytes?
    if input.string == nil {
      switch OpenedByBytes.open(input) {
      case .success(let file): opened = file
      case .failure(let failure):
        let diagnostic = Diagnostic(
          code: "io.unreadable", text: SafetyMessage.unreadable(["file": input.display, "reason": failure.reason]),
          location: nil)
        return ConversionResult(bytes: nil, findings: [], diagnostics: [diagnostic])
      }
    }
    let path = opened?.path ?? input.display
    defer { withExtendedLifetime(opened) {} }
    return WorkbookInput.isWorkbook(.file(input), systemPath: path)
      ? workbookToYAML(path, name: input.display, schema: schema)
      : yamlToWorkbook(path, name: input.display, schema: schema)
  }

  private func workbookToYAML(_ path: String, name: String, schema: Schema) -> ConversionResult {
    let read: WorkbookSubmission
    do throws(WorkbookError) {
      var workbook = try WorkbookReader().open(path: path)
      read = try WorkbookSubmissionReader(schema: schema).read(&workbook)
    } catch {
      return ConversionResult(bytes: nil, findings: [], diagnostics: [Self.diagnostic(error)])
    }
    guard let document = read.document, read.diagnostics.isEmpty else {
      return ConversionResult(bytes: nil, findings: read.findings, diagnostics: read.diagnostics)
    }
    let text = YAMLTextWriter.text(document, header: "# \(name) → YAML (dqtv convert)\n")
    return ConversionResult(bytes: Array(text.utf8), findings: read.findings, diagnostics: [])
  }

  private func yamlToWorkbook(_ path: String, name: String, schema: Schema) -> ConversionResult {
    let loaded = YAMLLoader(options: yamlOptions).load(contentsOf: path, name: name)
    guard let document = loaded.document else {
      return ConversionResult(bytes: nil, findings: [], diagnostics: loaded.diagnostics.sorted)
    }
    return Self.bytes(of: SubmissionWorkbookWriter(schema: schema).workbook(from: document), file: name)
  }

  /// The blank workbook template of a form.
  package func workbookTemplate(schema: Schema, upperLevel: Bool, asOf: CalendarDate) -> ConversionResult {
    Self.bytes(
      of: SubmissionWorkbookWriter(schema: schema).template(upperLevel: upperLevel, asOf: asOf), file: "<template>")
  }

  private static func bytes(of writer: WorkbookWriter, file: String) -> ConversionResult {
    do throws(WorkbookWriteError) {
      return ConversionResult(bytes: try writer.write(), findings: [], diagnostics: [])
    } catch {
      let text = WorkbookInputMessage.writeFailed(
        localized: ["reason": LocalizedText(vi: error.messageVI, en: error.message)])
      let diagnostic = Diagnostic(
        code: DiagnosticCode(WorkbookInputMessage.writeFailed.code), text: text, location: nil)
      return ConversionResult(bytes: nil, findings: [], diagnostics: [diagnostic])
    }
  }
}
