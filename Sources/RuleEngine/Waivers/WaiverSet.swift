import SourceDiagnostics

/// The waivers of one run, applied to its findings.
package struct WaiverSet: Sendable {
  /// The rule id of the warning about a waiver past its `until`.
  package static let expiredRule = "WAIVER.EXPIRED"
  /// The rule id of the warning about a waiver that matched no finding.
  package static let unusedRule = "WAIVER.UNUSED"
  /// The rule id of the warning about a waiver whose rule matches no rule of the packs.
  package static let unknownRule = "WAIVER.UNKNOWN-RULE"

  /// The waivers in file order.
  package var waivers: [Waiver]

  /// Creates a set; the first waiver that covers a finding is the one it carries.
  package init(_ waivers: [Waiver]) { self.waivers = waivers }

  /// What applying the waivers gives: the findings marked, and warnings about the waivers.
  package struct Outcome: Sendable {
    /// Every finding, waived ones marked, in the input's order.
    package var findings: [ReportedFinding]
    /// `WAIVER.EXPIRED` and `WAIVER.UNUSED` findings, at the waivers' lines.
    package var waiverFindings: [Finding]
  }

  /// Marks the findings the waivers cover and reports waivers that are past or unused.
  ///
  /// - Parameters:
  ///   - findings: the findings of the run.
  ///   - asOf: the date each submission file is judged by; a waiver whose `until` is before it
  ///     waives nothing in that file.
  ///   - communeCode: the code of the commune a finding lies in, if any.
  ///   - selectedRules: the rule ids the run checks (after `--only` and `--skip`), when not all;
  ///     a waiver whose rule matches none of them is out of the run's scope and gets no finding.
  ///   - knownRules: every rule id of the packs and of the engine, when known; a waiver whose
  ///     rule matches none of them (a typo) is a `WAIVER.UNKNOWN-RULE` warning at its line.
  /// - Returns: the marked findings and the waivers' own findings.
  package func apply(
    to findings: [Finding], asOf: [String: CalendarDate], communeCode: (Finding) -> String?,
    selectedRules: Set<String>? = nil, knownRules: Set<String>? = nil
  ) -> Outcome {
    var used = Array(repeating: false, count: waivers.count)
    var marked: [ReportedFinding] = []
    marked.reserveCapacity(findings.count)
    // Indexed, so that the cost is linear in findings plus waivers, not their product.
    var index = WaiverIndex(waivers)
    for f in findings {
      var mark: WaiverMark?
      if let date = asOf[f.location.file], let i = index.first(covering: f, communeCode: communeCode(f), on: date) {
        mark = waivers[i].mark
        used[i] = true
      }
      marked.append(ReportedFinding(f, waiver: mark))
    }
    var own: [Finding] = []
    let latest = asOf.values.max()
    // Whether a pattern matches a selected rule, once per distinct pattern.
    var inScope: [String: Bool] = [:]
    for (i, w) in waivers.enumerated() {
      if let knownRules, !knownRules.contains(where: RuleIDPattern(w.rule).matches) {
        own.append(unknown(w, near: NameSuggestion.nearest(to: w.rule, in: knownRules)))
        continue
      }
      if let selectedRules {
        let matches = inScope[w.rule] ?? selectedRules.contains(where: RuleIDPattern(w.rule).matches)
        inScope[w.rule] = matches
        if !matches { continue }
      }
      if let latest, !w.isInForce(on: latest) {
        own.append(expired(w, asOf: latest))
      } else if !used[i] {
        own.append(unused(w))
      }
    }
    return Outcome(findings: marked, waiverFindings: own)
  }

  func expired(_ w: Waiver, asOf: CalendarDate) -> Finding {
    Finding(
      rule: Self.expiredRule, kind: .violation, severity: .warning,
      message: FindingMessage.waiverExpired(
        localized: [
          "rule": .init(verbatim: w.rule), "approved": .init(verbatim: w.approvedBy), "until": w.until.localized,
          "date": asOf.localized,
        ]),
      location: w.location, path: "waivers[\(w.index)]")
  }

  func unknown(_ w: Waiver, near: String?) -> Finding {
    let message =
      near.map { WaiverMessage.unknownRuleNear(["rule": w.rule, "near": $0]) }
      ?? WaiverMessage.unknownRule(["rule": w.rule])
    return Finding(
      rule: Self.unknownRule, kind: .violation, severity: .warning, message: message, location: w.location,
      path: "waivers[\(w.index)]")
  }

  func unused(_ w: Waiver) -> Finding {
    var rule = LocalizedText(verbatim: w.rule)
    if let code = w.code { rule = rule + FindingMessage.communeCode(["code": code]) }
    if let path = w.path { rule = rule + FindingMessage.waiverPath(["path": path]) }
    return Finding(
      rule: Self.unusedRule, kind: .violation, severity: .warning,
      message: FindingMessage.waiverUnused(localized: ["rule": rule]),
      location: w.location, path: "waivers[\(w.index)]")
  }
}
