/// The formats `dqtv check` writes (PRODUCT.md, "Outputs").
package enum ReportFormat: String, Sendable, CaseIterable {
  case text, json, sarif, junit, html

  /// The renderer of the format; `colored` applies to text only.
  package func renderer(colored: Bool = false) -> any FindingRenderer {
    switch self {
    case .text: TextRenderer(colored: colored)
    case .json: JSONRenderer()
    case .sarif: SARIFRenderer()
    case .junit: JUnitRenderer()
    case .html: HTMLRenderer()
    }
  }
}

/// When to colour text output.
package enum ColorChoice: String, Sendable, CaseIterable {
  case auto, always, never

  /// Whether to colour: `always` says yes and `never` no, whatever the environment (a flag
  /// given for this run overrides the variable, as no-color.org asks); `auto` colours only a
  /// terminal whose `TERM` is not `dumb` when `NO_COLOR` is unset or empty.
  /// - Parameters:
  ///   - isTerminal: whether the output is a terminal.
  ///   - environment: the process's environment variables.
  package func colors(isTerminal: Bool, environment: [String: String]) -> Bool {
    switch self {
    case .never: return false
    case .always: return true
    case .auto:
      if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
      return isTerminal && environment["TERM"] != "dumb"
    }
  }
}
