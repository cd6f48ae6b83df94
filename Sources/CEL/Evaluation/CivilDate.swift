import SourceDiagnostics

extension CivilDate {
  /// 0 = Sunday.
  var dayOfWeek: Int {
    let (_, r) = CELDuration.floorDivide(daysSinceEpoch + 4, 7)
    return Int(r)
  }

  /// 0-based day of the year.
  var dayOfYear: Int {
    Int(daysSinceEpoch - CivilDate(year: year, month: 1, day: 1)!.daysSinceEpoch)
  }
}
