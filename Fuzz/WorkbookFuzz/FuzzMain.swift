/// libFuzzer's driver: runs the fuzzing loop with the arguments libFuzzer understands.
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(
  _ argc: UnsafeMutablePointer<Int32>,
  _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
  _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32

/// The executable's entry point. SwiftPM names an executable's `main` after its module, so the
/// libFuzzer `main` is never reached: hand over to its driver from here.
@_cdecl("fuzz_workbook_main")
func fuzzMain(
  _ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
) -> Int32 {
  var count = argc
  var arguments = argv
  return withUnsafeMutablePointer(to: &count) { c in
    withUnsafeMutablePointer(to: &arguments) { a in
      runFuzzerDriver(c, a, { data, size in workbookFuzzTestOneInput(data, size) })
    }
  }
}
