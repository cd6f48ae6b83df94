import SourceDiagnostics
import TestSupport
import Testing
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

@Suite struct YAMLVietnameseTests {
  @Test func diagnosticsSpeakVietnameseWhenAsked() throws {
    let text = "tên: [1, 2\nmã: 3\n"
    let result = YAMLLoader().load(text, name: "xa.yaml")
    let renderer = SnippetRenderer(files: [SourceFile(path: "xa.yaml", text: text)], language: "vi")
    let d = try #require(result.diagnostics.sorted.first)
    #expect(d.code == "yaml.syntax")
    let rendered = renderer.render(d)
    #expect(rendered.hasPrefix("xa.yaml:"))
    #expect(rendered.contains("lỗi cú pháp YAML"))
    #expect(rendered.contains("danh sách trong ngoặc [ ] bắt đầu ở đây"))
    // English stays the default.
    #expect(SnippetRenderer(files: []).render(d).contains("YAML syntax error"))
  }

  @Test func duplicateKeysInVietnamese() throws {
    let d = try #require(YAMLLoader().load("a: 1\na: 2\n").diagnostics.sorted.first)
    #expect(d.message(in: "vi") == "khóa 'a' xuất hiện hai lần trong cùng một nhóm")
    #expect(d.notes.first?.translations["vi"] == "'a' đã có ở đây")
  }
}
