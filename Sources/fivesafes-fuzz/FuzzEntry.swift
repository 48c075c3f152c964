internal import Foundation
internal import FuzzTargets

/// `fivesafes-fuzz`: under libFuzzer (`make fuzz`, built with `-sanitize=fuzzer -DFUZZING`) it hands control to
/// libFuzzer's driver with the target `FIVESAFES_FUZZ_TARGET` names; otherwise `fivesafes-fuzz TARGET FILE...`
/// runs inputs through one target, to reproduce a finding.
@main
struct FuzzEntry {
    static func main() {
        #if FUZZING
            runFuzzer()
        #else
            replay()
        #endif
    }

    static func replay() {
        let arguments = CommandLine.arguments.dropFirst()
        guard let name = arguments.first, let target = FuzzTarget(rawValue: name) else {
            let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: "|")
            FileHandle.standardError.write(Data("usage: fivesafes-fuzz \(names) FILE...\n".utf8))
            exit(64)
        }
        for path in arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else {
                FileHandle.standardError.write(Data("fivesafes-fuzz: cannot read \(path)\n".utf8))
                exit(2)
            }
            target.run(Array(data))
            print("ok \(path)")
        }
    }
}

#if FUZZING
    /// libFuzzer's driver (compiler-rt, LLVM 12+): parses libFuzzer's flags and calls `callback` per input. SwiftPM
    /// links executables with their own `main`, so the driver is entered from here rather than from libFuzzer's `main`.
    @_silgen_name("LLVMFuzzerRunDriver")
    private func LLVMFuzzerRunDriver(
        _ argc: UnsafeMutablePointer<CInt>,
        _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
        _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
    ) -> CInt

    /// The target `FIVESAFES_FUZZ_TARGET` names, read once.
    private let fuzzTarget: FuzzTarget = {
        let name = ProcessInfo.processInfo.environment["FIVESAFES_FUZZ_TARGET"] ?? ""
        guard let target = FuzzTarget(rawValue: name) else {
            let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: ", ")
            fatalError("set FIVESAFES_FUZZ_TARGET to one of: \(names)")
        }
        return target
    }()

    extension FuzzEntry {
        static func runFuzzer() {
            _ = fuzzTarget
            var argc = CommandLine.argc
            var argv = CommandLine.unsafeArgv
            exit(
                LLVMFuzzerRunDriver(&argc, &argv) { data, size in
                    fuzzTarget.run(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
                    return 0
                })
        }
    }
#endif
