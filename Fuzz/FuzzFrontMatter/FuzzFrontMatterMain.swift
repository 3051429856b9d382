import FuzzSupport

/// libFuzzer's entry for one input (also found by name when linked with libFuzzer's own `main`).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FrontMatterTarget.run(FuzzInput(data, size))
    return 0
}

@main
enum FuzzFrontMatterMain {
    static func main() {
        FuzzDriver.run { data, size in fuzz(data, size) }
    }
}
