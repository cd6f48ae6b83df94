import CEL

extension CalendarDate {
  /// The day as CEL sees a date: a timestamp at 00:00 UTC. Every `CalendarDate` (years 1 to
  /// 9999) is within CEL's range of timestamps.
  var celTimestamp: Value {
    .timestamp(CELTimestamp(seconds: Int64(daysSinceEpoch) * 86_400)!)
  }
}
