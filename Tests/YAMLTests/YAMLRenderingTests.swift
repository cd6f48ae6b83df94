import SourceDiagnostics
import Testing
import TestSupport
import YAML

@Suite struct YAMLRenderingTests {
  @Test func duplicateKeyRenderedWithSnippetAndNote() {
    let text = """
      communes:
        - code: "16279"
          name: Xã Đông Tiến
          name: Xã Tây Tiến
      """
    let result = YAMLLoader().load(text, name: "samples/xa.yaml")
    let renderer = SnippetRenderer(files: [SourceFile(path: "samples/xa.yaml", text: text)])
    assertGolden(renderer.render(result.diagnostics), named: "duplicate-key.txt")
  }
}
