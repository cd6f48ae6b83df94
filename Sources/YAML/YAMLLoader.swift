internal import CYAML
import SourceDiagnostics

/// What a load produced: the document, or the diagnostics that explain why there is none.
package struct YAMLLoadResult: Sendable {
  /// The document; `nil` when any error was found.
  package let document: YAMLDocument?
  /// Every problem found, at its place.
  package let diagnostics: Diagnostics
}

/// Loads YAML text into a ``YAMLDocument``, with ``PlainBlockReader`` for the YAML (and JSON)
/// submissions are made of and libyaml's event parser for anything else, turning every problem
/// into a positioned diagnostic: libyaml's own syntax errors, input that is not UTF-8, control
/// bytes, duplicate keys, a second document, nesting, scalars, files and alias expansions past
/// their limits.
///
/// A byte-order mark and CRLF line ends are accepted. Nothing here recurses on the input's
/// structure, so no input can overflow the stack.
package struct YAMLLoader: Sendable {
  package var options: YAMLLoadOptions

  package init(options: YAMLLoadOptions = YAMLLoadOptions()) {
    self.options = options
  }

  /// Loads a file, reading it in chunks.
  /// - Parameters:
  ///   - path: the file to read.
  ///   - name: the name diagnostics and the document use for it (default: `path`).
  package func load(contentsOf path: String, name: String? = nil) -> YAMLLoadResult {
    let file = name ?? path
    var input: ByteInput
    do {
      input = try ByteInput(path: path, limit: options.maxFileBytes)
      // A regular file can be read again by libyaml when the line reader gives up on it.
      if options.readsPlainBlocksDirectly && input.retained == nil {
        if let result = readPlainBlocks(input, file: file) { return result }
        input = try ByteInput(path: path, limit: options.maxFileBytes)
      }
    } catch {
      var diagnostics = Diagnostics(limit: options.maxDiagnostics)
      diagnostics.append(
        .error(
          "io.unreadable", YAMLMessage.unreadable(localized: ["file": .init(verbatim: file), "reason": error.reason]),
          at: nil))
      return YAMLLoadResult(document: nil, diagnostics: diagnostics)
    }
    return load(input, file: file) { count in
      // A stream is not opened twice: a FIFO without a writer would wait for one forever.
      if let retained = input.retained { return SourceFile(path: file, bytes: Array(retained.prefix(count))) }
      return SourceFile(path: file, bytes: readPrefix(of: path, upTo: count))
    }
  }

  /// Loads bytes already in memory (standard input, a test).
  package func load(bytes: [UInt8], name: String) -> YAMLLoadResult {
    if options.readsPlainBlocksDirectly,
      let result = readPlainBlocks(ByteInput(bytes: bytes, limit: options.maxFileBytes), file: name)
    {
      return result
    }
    let input = ByteInput(bytes: bytes, limit: options.maxFileBytes)
    return load(input, file: name) { _ in SourceFile(path: name, bytes: bytes) }
  }

  /// Loads a string.
  package func load(_ text: String, name: String = "<string>") -> YAMLLoadResult {
    load(bytes: Array(text.utf8), name: name)
  }

  /// The document read by ``PlainBlockReader``, or `nil` when libyaml must read the input.
  private func readPlainBlocks(_ input: ByteInput, file: String) -> YAMLLoadResult? {
    guard let built = PlainBlockReader.read(input, file: file, options: options), let document = built.document() else {
      return nil
    }
    return YAMLLoadResult(document: document, diagnostics: built.diagnostics)
  }

  /// Loads from `input`; `source` gives the first bytes read (the count), to place an error,
  /// and is called only for errors that need them.
  private func load(
    _ input: ByteInput, file: String, source: (Int) -> SourceFile
  ) -> YAMLLoadResult {
    var builder = TreeBuilder(file: file, options: options, expectedBytes: input.expectedSize)
    let parser = LibYAMLParser(input: input)
    guard parser.isReady else {
      builder.diagnostics.append(.error("yaml.memory", YAMLMessage.couldNotStart(), at: nil))
      return YAMLLoadResult(document: nil, diagnostics: builder.diagnostics)
    }
    let event = UnsafeMutablePointer<yaml_event_t>.allocate(capacity: 1)
    defer { event.deallocate() }
    while true {
      guard parser.parse(into: event) else {
        let problem = parser.problem
        builder.diagnostics.append(
          diagnose(problem, input: input, file: file, source: { source(input.consumed) }))
        break
      }
      let type = event.pointee.type
      builder.handle(event)
      yaml_event_delete(event)
      if type == YAML_STREAM_END_EVENT || builder.stopped { break }
    }
    builder.addEmptyRootIfNeeded()
    return YAMLLoadResult(document: builder.document(), diagnostics: builder.diagnostics)
  }
}

/// Reads the first `count` bytes of a file (to place and show an error found while reading it).
private func readPrefix(of path: String, upTo count: Int) -> [UInt8] {
  guard let input = try? ByteInput(path: path, limit: Int.max) else { return [] }
  var bytes = [UInt8](repeating: 0, count: Swift.max(0, count))
  var filled = 0
  while filled < bytes.count {
    let n = bytes.withUnsafeMutableBufferPointer { b in
      input.read(into: b.baseAddress! + filled, size: b.count - filled)
    }
    guard let n, n > 0 else { break }
    filled += n
  }
  return Array(bytes[0..<filled])
}
