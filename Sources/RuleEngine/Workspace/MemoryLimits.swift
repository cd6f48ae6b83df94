import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The memory the process may use, and whether a submission of a given size fits in it, so
/// that a file too large for the limits is refused before it is read rather than ending the
/// process half-way (an allocation that fails aborts it; under a low address-space limit, the
/// threads of the check cannot even start).
///
/// Three limits are read: `RLIMIT_AS` (`ulimit -v`: the address space, against the process's
/// `VmSize`), `RLIMIT_DATA` (`ulimit -d`: the data segments, against `VmData`) and cgroup v2's
/// `memory.max` of the process's group and of each group above it (against its resident
/// memory, `VmRSS`). What a file needs is estimated from its size (see ``need(fileBytes:)``).
package struct MemoryLimits: Sendable, Equatable {
  /// One limit in force, with what the process already uses of what it limits.
  package struct Limit: Sendable, Equatable {
    package enum Kind: String, Sendable {
      /// `RLIMIT_AS`, `ulimit -v`.
      case addressSpace = "ulimit -v"
      /// `RLIMIT_DATA`, `ulimit -d`.
      case data = "ulimit -d"
      /// cgroup v2 `memory.max`.
      case cgroup = "memory.max"
    }
    package var kind: Kind
    /// The limit, in bytes.
    package var bytes: Int
    /// What the process uses already, in bytes.
    package var used: Int
  }

  package var limits: [Limit]
  /// The threads a check may start: each reserves address space (a stack, a malloc arena).
  package var threads: Int

  package init(limits: [Limit], threads: Int) {
    self.limits = limits
    self.threads = threads
  }

  /// What the decoded tree and the check take for each byte of a YAML file: measured from
  /// 3.1 (the tree of the national file) to about 4.5 (flow layouts) times the file's size
  /// (README, "Benchmarks"), so 4.
  package static let bytesPerFileByte = 4
  /// The address space each thread of a check needs: its 8 MiB stack, and as much again for
  /// the rest (glibc gives a thread a malloc arena of its own when the address space allows,
  /// and shares one when it does not). Without room for its stack, a thread cannot start.
  package static let addressSpacePerThread = 16 << 20
  /// The data segment each thread takes: its stack.
  package static let dataPerThread = 8 << 20

  /// What checking a file of `fileBytes` bytes needs on top of what the process uses, for
  /// each kind of limit.
  package func need(fileBytes: Int, kind: Limit.Kind) -> Int {
    let data = fileBytes.multipliedReportingOverflow(by: Self.bytesPerFileByte)
    let tree = data.overflow ? Int.max / 2 : data.partialValue
    switch kind {
    case .addressSpace: return tree + threads * Self.addressSpacePerThread
    case .data: return tree + threads * Self.dataPerThread
    case .cgroup: return tree
    }
  }

  /// The first limit a file of `fileBytes` bytes does not fit in, with what the process would
  /// need in all; `nil` when it fits in every one.
  package func shortfall(fileBytes: Int) -> (limit: Limit, needed: Int)? {
    for limit in limits {
      let needed = limit.used.addingReportingOverflow(need(fileBytes: fileBytes, kind: limit.kind))
      let total = needed.overflow ? Int.max : needed.partialValue
      if total > limit.bytes { return (limit, total) }
    }
    return nil
  }

  /// The limits of this process now. `root` is where the system's files are read from (a
  /// test gives a folder of its own).
  package static func current(root: String = "") -> MemoryLimits {
    let status = processStatus(root: root)
    var limits: [Limit] = []
    if let bytes = resourceLimit(addressSpaceResource), let used = status["VmSize"] {
      limits.append(Limit(kind: .addressSpace, bytes: bytes, used: used))
    }
    if let bytes = resourceLimit(dataResource), let used = status["VmData"] {
      limits.append(Limit(kind: .data, bytes: bytes, used: used))
    }
    if let bytes = cgroupMemoryMax(root: root) {
      limits.append(Limit(kind: .cgroup, bytes: bytes, used: status["VmRSS"] ?? 0))
    }
    return MemoryLimits(limits: limits, threads: ProcessInfo.processInfo.activeProcessorCount + 1)
  }

  #if canImport(Glibc)
    private static let addressSpaceResource = Int32(RLIMIT_AS.rawValue)
    private static let dataResource = Int32(RLIMIT_DATA.rawValue)
  #else
    private static let addressSpaceResource = RLIMIT_AS
    private static let dataResource = RLIMIT_DATA
  #endif

  /// The soft limit of a resource, in bytes; `nil` when there is none.
  private static func resourceLimit(_ resource: Int32) -> Int? {
    var limit = rlimit()
    #if canImport(Glibc)
      guard getrlimit(__rlimit_resource_t(UInt32(resource)), &limit) == 0 else { return nil }
    #else
      guard getrlimit(resource, &limit) == 0 else { return nil }
    #endif
    // No limit (RLIM_INFINITY) is the largest value there is.
    guard limit.rlim_cur < rlim_t(Int.max) else { return nil }
    return Int(limit.rlim_cur)
  }

  /// The `Vm…` lines of `/proc/self/status`, in bytes.
  static func processStatus(root: String) -> [String: Int] {
    guard let text = try? String(contentsOfFile: root + "/proc/self/status", encoding: .utf8) else { return [:] }
    var values: [String: Int] = [:]
    for line in text.split(separator: "\n") where line.hasPrefix("Vm") {
      guard let colon = line.firstIndex(of: ":") else { continue }
      let fields = line[line.index(after: colon)...].split(whereSeparator: { $0 == " " || $0 == "\t" })
      guard let number = fields.first.flatMap({ Int($0) }) else { continue }
      values[String(line[..<colon])] = fields.dropFirst().first == "kB" ? number * 1024 : number
    }
    return values
  }

  /// The smallest cgroup v2 `memory.max` of the process's group and the groups above it, in
  /// bytes; `nil` when none is set (`max`) or the system has no cgroup v2.
  static func cgroupMemoryMax(root: String) -> Int? {
    guard let text = try? String(contentsOfFile: root + "/proc/self/cgroup", encoding: .utf8),
      let line = text.split(separator: "\n").first(where: { $0.hasPrefix("0::") })
    else { return nil }
    var group = String(line.dropFirst(3))
    var smallest: Int?
    while true {
      let file = root + "/sys/fs/cgroup" + (group == "/" ? "" : group) + "/memory.max"
      if let value = try? String(contentsOfFile: file, encoding: .utf8),
        let bytes = Int(value.trimmingCharacters(in: .whitespacesAndNewlines))
      {
        smallest = min(smallest ?? bytes, bytes)
      }
      guard group != "/", let slash = group.lastIndex(of: "/") else { break }
      group = slash == group.startIndex ? "/" : String(group[..<slash])
    }
    return smallest
  }
}
