import SourceDiagnostics
import Testing
import Workbook

/// The workbook reader is not yet part of the binary, so the audit of every module's catalogues
/// does not reach it: its catalogue is audited here.
@Suite struct WorkbookMessageTests {
  @Test func everyEntryHasBothLanguages() {
    let problems = MessageCatalogueAudit.problems(in: WorkbookCatalogues.all)
    #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
    #expect(WorkbookCatalogues.all.contains { $0.name == "WorkbookMessage" })
  }

  @Test func anUnreadableWorkbookSaysWhyInBothLanguages() {
    let error = WorkbookError(.unreadable(errno: 2), file: "so.xlsx")
    #expect(error.message == "cannot read so.xlsx: No such file or directory")
    #expect(error.messageVI == "không đọc được tệp so.xlsx: không có tệp hoặc thư mục này")
  }
}
