/// Limits that keep a hostile input from exhausting time or memory.
///
/// Each limit, when passed, stops the load with a diagnostic at the place it was passed.
package struct YAMLLoadOptions: Sendable {
  /// The largest input accepted, in bytes. The default, 1 GiB, is three times the size of a
  /// whole country's submission.
  package var maxFileBytes: Int = 1 << 30
  /// The largest scalar accepted, in bytes of UTF-8.
  package var maxScalarBytes: Int = 1 << 20
  /// How deep collections may nest. Real submissions and rule packs nest fewer than 16 levels.
  package var maxDepth: Int = 128
  /// How many nodes all aliases of a document may expand to, in total. Aliases share their
  /// node in the tree; this bounds the work of whoever walks the tree as if they were copies.
  package var maxAliasExpansion: Int = 1_000_000
  /// How many nodes (scalars, collections, aliases) a document may hold: this bounds the memory
  /// of the tables however small the values are (a file of `- x` lines makes a node every four
  /// bytes). A whole country's submission holds about 30 million.
  package var maxNodes: Int = 60_000_000
  /// How many diagnostics to keep.
  package var maxDiagnostics: Int = 100
  /// Whether YAML made only of what submissions are made of (block collections, plain and
  /// quoted scalars, flow collections, comments, JSON) may be read by dqtv's own line reader,
  /// several times faster than libyaml. Anything else is read by libyaml either way; turned
  /// off, libyaml reads everything (to compare the two).
  package var readsPlainBlocksDirectly = true

  package init() {}
}
