import Foundation
import Testing

/// Programs the interoperability tests call (openssl, ssh-keygen, ssh-agent, ssh-add).
public enum ExternalTool {
    /// The program's path on PATH, or a recorded failure naming how to install it (interop tests never skip
    /// silently).
    public static func path(_ name: String, package: String) -> String? {
        for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let path = "\(folder)/\(name)"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        Issue.record("`\(name)` is not installed: the interoperability tests need it (apt-get install \(package); `make test` installs it)")
        return nil
    }
}
