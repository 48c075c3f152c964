import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#endif

/// Runs a program the way the hostile-input and crash-safety tests need: in a given folder, output to files,
/// with a time limit, its peak memory measured (`wait4`'s rusage), and optionally killed with SIGKILL after a
/// delay, mid-work.
public struct BoundedProcess {
    /// How a run ended.
    public struct Outcome: CustomStringConvertible {
        /// The exit status, when the program exited.
        public var status: Int32?
        /// The signal that ended it, when one did.
        public var signal: Int32?
        /// Whether the time limit was reached (the program was then killed).
        public var timedOut: Bool
        /// Wall-clock seconds.
        public var seconds: Double
        /// Peak resident memory in MiB.
        public var peakMiB: Double
        /// Standard output and error.
        public var stdout: String
        public var stderr: String

        /// Both streams.
        public var output: String { stdout + stderr }

        public var description: String {
            let end = timedOut ? "timed out" : status.map { "exit \($0)" } ?? "signal \(signal ?? -1)"
            return "\(end) after \(String(format: "%.2f", seconds)) s, peak \(String(format: "%.0f", peakMiB)) MiB"
        }
    }

    /// A failure to start the program.
    public struct SpawnError: Error, CustomStringConvertible {
        public var description: String
    }

    /// Runs `program` with `arguments` in `directory`.
    ///
    /// - Parameters:
    ///   - prefix: commands the program is wrapped in (`/bin/sh -c 'ulimit -f N; exec "$@"'`, `setpriv ...`).
    ///   - timeout: seconds before the program is killed and the outcome marked `timedOut`.
    ///   - killAfter: seconds after which SIGKILL is sent on purpose (not a time-out).
    public static func run(
        _ program: String,
        _ arguments: [String],
        in directory: String,
        prefix: [String] = [],
        environment: [String: String] = [:],
        timeout: Double,
        killAfter: Double? = nil
    ) throws -> Outcome {
        let outputs = FileManager.default.temporaryDirectory.appendingPathComponent("bounded-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: outputs, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: outputs) }
        // `cd` in the child so the test process's own working directory never changes.
        let command = ["/bin/sh", "-c", "cd \"$1\" && shift && exec \"$@\"", "sh", directory] + prefix + [program] + arguments
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputs + "/stdout", O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, outputs + "/stderr", O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let merged = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        let environmentStrings = merged.map { "\($0.key)=\($0.value)" }
        // The child starts with no blocked signals and default handlers: test threads block signals, and a child
        // inheriting that mask would never see SIGXFSZ, hiding whether the tool itself handles it.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t()
        sigemptyset(&empty)
        var all = sigset_t()
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        let started = ContinuousClock.now
        let result = withCStrings(command) { argv in
            withCStrings(environmentStrings) { envp in
                posix_spawn(&pid, command[0], &actions, &attributes, argv, envp)
            }
        }
        guard result == 0 else { throw SpawnError(description: "posix_spawn \(command[0]): \(String(cString: strerror(result)))") }

        var status: Int32 = 0
        var usage = rusage()
        var timedOut = false
        var killed = false
        while true {
            let waited = wait4(pid, &status, WNOHANG, &usage)
            if waited == pid { break }
            if waited < 0 && errno != EINTR { throw SpawnError(description: "wait4: \(String(cString: strerror(errno)))") }
            let elapsed = Self.seconds(since: started)
            if let killAfter, !killed, elapsed >= killAfter {
                kill(pid, SIGKILL)
                killed = true
            } else if elapsed >= timeout, !timedOut {
                timedOut = true
                kill(pid, SIGKILL)
            }
            usleep(killAfter == nil ? 5_000 : 500)
        }
        let signalled = status & 0x7F
        let read = { (name: String) in
            (try? String(contentsOfFile: outputs + "/" + name, encoding: .utf8))
                ?? String(decoding: FileManager.default.contents(atPath: outputs + "/" + name) ?? Data(), as: UTF8.self)
        }
        return Outcome(
            status: signalled == 0 ? (status >> 8) & 0xFF : nil,
            signal: signalled == 0 ? nil : signalled,
            timedOut: timedOut,
            seconds: Self.seconds(since: started),
            peakMiB: Double(usage.ru_maxrss) / 1024,
            stdout: read("stdout"),
            stderr: read("stderr")
        )
    }

    private static func seconds(since start: ContinuousClock.Instant) -> Double {
        let elapsed = ContinuousClock.now - start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }

    /// Calls `body` with a NULL-terminated C array of the strings.
    private static func withCStrings<Result>(
        _ strings: [String],
        _ body: ([UnsafeMutablePointer<CChar>?]) -> Result
    ) -> Result {
        let pointers = strings.map { strdup($0) } + [nil]
        defer { pointers.forEach { free($0) } }
        return body(pointers)
    }
}
