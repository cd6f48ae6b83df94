import Foundation
import Testing

@testable import RuleEngine

@Suite struct MemoryLimitsTests {
  @Test func aFileFitsOnlyWhenEveryLimitHasRoomForIt() {
    let mib = 1 << 20
    let limits = MemoryLimits(
      limits: [
        .init(kind: .addressSpace, bytes: 500 * mib, used: 100 * mib),
        .init(kind: .cgroup, bytes: 400 * mib, used: 20 * mib),
      ], threads: 3)
    // The address space: 100 used + 3 threads of 16 + 4 × the file.
    #expect(limits.shortfall(fileBytes: 80 * mib) == nil)
    let refused = limits.shortfall(fileBytes: 90 * mib)
    #expect(refused?.limit.kind == .addressSpace)
    #expect(refused?.needed == (100 + 48 + 360) * mib)
    // The cgroup counts resident memory only: 20 + 4 × 75 = 320 > 300.
    let group = MemoryLimits(limits: [.init(kind: .cgroup, bytes: 300 * mib, used: 20 * mib)], threads: 3)
    #expect(group.shortfall(fileBytes: 70 * mib) == nil)
    #expect(group.shortfall(fileBytes: 75 * mib)?.needed == 320 * mib)
    #expect(MemoryLimits(limits: [], threads: 3).shortfall(fileBytes: Int.max) == nil)
  }

  @Test func theSmallestMemoryMaxOfTheGroupAndItsParentsIsTheLimit() throws {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("dqtv-cgroup-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: root) }
    func write(_ path: String, _ text: String) throws {
      let url = root.appendingPathComponent(path)
      try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try text.write(to: url, atomically: true, encoding: .utf8)
    }
    try write("proc/self/cgroup", "0::/user.slice/app\n")
    try write("proc/self/status", "Name:\tdqtv\nVmSize:\t  83304 kB\nVmData:\t 1000 kB\nVmRSS:\t    2048 kB\n")
    try write("sys/fs/cgroup/user.slice/app/memory.max", "max\n")
    try write("sys/fs/cgroup/user.slice/memory.max", "536870912\n")
    try write("sys/fs/cgroup/memory.max", "1073741824\n")
    #expect(MemoryLimits.cgroupMemoryMax(root: root.path) == 536_870_912)
    let status = MemoryLimits.processStatus(root: root.path)
    #expect(status["VmSize"] == 83304 * 1024)
    #expect(status["VmRSS"] == 2048 * 1024)
    let current = MemoryLimits.current(root: root.path)
    #expect(current.limits.contains(.init(kind: .cgroup, bytes: 536_870_912, used: 2048 * 1024)))

    // cgroup v1 only, or no limit anywhere: none.
    try write("proc/self/cgroup", "4:memory:/x\n")
    #expect(MemoryLimits.cgroupMemoryMax(root: root.path) == nil)
    try write("proc/self/cgroup", "0::/\n")
    try write("sys/fs/cgroup/memory.max", "max\n")
    #expect(MemoryLimits.cgroupMemoryMax(root: root.path) == nil)
  }
}
