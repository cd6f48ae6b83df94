import CEL
import SourceDiagnostics

/// A pack's report block compiled: its expressions as the `let`s of two rules that always
/// pass, one on the unit of report and one on the root, so that the engine computes them as it
/// computes any rule's values (for `explain`).
package struct CompiledReport: Sendable {
  let spec: ReportSpec
  /// The unit's name, then each post's count, minimum and maximum, then whether it drills.
  let unit: CompiledRule?
  /// The subject and the drill band.
  let root: CompiledRule?

  static let name = "report_name"
  static let held = "report_held"
  static let subject = "report_subject"
  static let bandMinimum = "report_band_min"
  static let bandMaximum = "report_band_max"
  static func count(_ i: Int) -> String { "report_count_\(i)" }
  static func minimum(_ i: Int) -> String { "report_min_\(i)" }
  static func maximum(_ i: Int) -> String { "report_max_\(i)" }
}

extension RuleCompiler {
  /// Compiles the report block against the pack's schema; every mistake is a diagnostic at its
  /// place, as in a rule.
  func compileReport(
    _ spec: ReportSpec, pack: RulePack, base: Declarations, checker: CELChecker, diagnostics: inout Diagnostics
  ) -> CompiledReport {
    var unitLets: [(String, RuleExpression, CELType)] = []
    if let e = spec.unitName { unitLets.append((CompiledReport.name, e, .string)) }
    for (i, post) in spec.posts.enumerated() {
      unitLets.append((CompiledReport.count(i), post.count, .int))
      unitLets.append((CompiledReport.minimum(i), post.minimum, .int))
      if let m = post.maximum { unitLets.append((CompiledReport.maximum(i), m, .int)) }
    }
    if let e = spec.drillHeld { unitLets.append((CompiledReport.held, e, .bool)) }
    var rootLets: [(String, RuleExpression, CELType)] = []
    if let e = spec.subject { rootLets.append((CompiledReport.subject, e, .string)) }
    if let band = spec.drillBand {
      rootLets.append((CompiledReport.bandMinimum, band.minimum, .int))
      rootLets.append((CompiledReport.bandMaximum, band.maximum, .int))
    }
    var unit: CompiledRule?
    if !unitLets.isEmpty {
      if let scope = pack.schema.unitOfReport {
        unit = compileReportRule(scope, unitLets, spec: spec, pack: pack, base: base, checker: checker, &diagnostics)
      } else {
        diagnostics.append(
          .error(
            "report.no-unit",
            PackMessage.noUnit(),
            at: spec.location))
      }
    }
    let root =
      rootLets.isEmpty
      ? nil
      : compileReportRule(
        pack.schema.root, rootLets, spec: spec, pack: pack, base: base, checker: checker, &diagnostics)
    return CompiledReport(spec: spec, unit: unit, root: root)
  }

  private func compileReportRule(
    _ scope: String, _ lets: [(name: String, expression: RuleExpression, type: CELType)], spec: ReportSpec,
    pack: RulePack, base: Declarations, checker: CELChecker, _ diagnostics: inout Diagnostics
  ) -> CompiledRule? {
    let always = RuleExpression(
      source: ExpressionSource(text: "true", file: spec.location.file), location: spec.location)
    let rule = Rule(
      id: Located("report", at: spec.location), title: LocalizedText(vi: "", en: ""), basis: [], severity: .info,
      effective: EffectivePeriod(from: CalendarDate(daysSinceEpoch: 0)), scope: Located(scope, at: spec.location),
      when: nil, lets: lets.map { (Located($0.name, at: $0.expression.location), $0.expression) }, require: always,
      at: nil, message: [:], location: spec.location, pack: pack.name)
    guard let compiled = compile(rule, schema: pack.schema, base: base, checker: checker, diagnostics: &diagnostics)
    else { return nil }
    var wrong = false
    for ((_, expression, wanted), (_, c)) in zip(lets, compiled.lets) where c.type != wanted && c.type != .dyn {
      diagnostics.append(
        .error(
          "report.wrong-type", PackMessage.reportWrongType(["wanted": "\(wanted)", "found": "\(c.type)"]),
          at: expression.location))
      wrong = true
    }
    return wrong ? nil : compiled
  }
}
