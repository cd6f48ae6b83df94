/// Where a finding stands against a baseline, an earlier JSON report (`check --baseline`):
/// the names SARIF gives `baselineState`.
package enum BaselineState: String, Sendable {
  /// Not in the baseline: what the run reports.
  case new
  /// In the baseline and still found: known, not reported again.
  case unchanged
  /// In the baseline, no longer found: fixed (or its node is gone).
  case absent
}
