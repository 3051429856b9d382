#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SamverkanModel

/// Swaps two paths in one atomic step. On Linux that is `renameat2(…, RENAME_EXCHANGE)` (glibc 2.28,
/// kernel 3.15), which Swift's Glibc module does not declare, so it is looked up at run time.
enum RenameExchange {
    /// 0 when swapped, else the `errno`: EINVAL when the file system cannot swap, ENOSYS when
    /// neither the C library nor the kernel can.
    static func exchange(_ first: String, _ second: String) -> Int32 {
        #if os(Linux)
        typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>?, Int32, UnsafePointer<CChar>?, UInt32) -> Int32
        guard let program = dlopen(nil, RTLD_NOW) else { return ENOSYS }
        defer { dlclose(program) }
        guard let symbol = dlsym(program, "renameat2") else { return ENOSYS }
        let renameat2 = unsafeBitCast(symbol, to: RenameAt2.self)
        let renameExchange: UInt32 = 1 << 1  // RENAME_EXCHANGE in <linux/fs.h>
        return renameat2(AT_FDCWD, first, AT_FDCWD, second, renameExchange) == 0 ? 0 : errno
        #elseif canImport(Darwin)
        return renamex_np(first, second, UInt32(RENAME_SWAP)) == 0 ? 0 : errno
        #else
        return ENOSYS
        #endif
    }
}
