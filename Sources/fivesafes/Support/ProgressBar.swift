import Foundation
import FiveSafesKit

/// A one-line progress bar on stderr (files, bytes, MB/s), drawn only on a terminal, at most 10 times a second.
final class ProgressBar: @unchecked Sendable {
    // Confined to the thread that calls `update` and `finish` (the command's own); not shared.
    private let enabled: Bool
    private let start = Date()
    private var lastDraw = Date.distantPast
    private var drawn = false

    init(enabled: Bool) {
        self.enabled = enabled && Terminal.isTTY(STDERR_FILENO)
    }

    func update(_ progress: WorkProgress) {
        guard enabled, Date().timeIntervalSince(lastDraw) >= 0.1 || progress.files == progress.totalFiles else { return }
        lastDraw = Date()
        let elapsed = max(Date().timeIntervalSince(start), 0.001)
        let fraction = progress.totalBytes > 0 ? Double(progress.bytes) / Double(progress.totalBytes) : 1
        let width = 24
        let filled = Int(fraction * Double(width))
        let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
        let rate = Double(progress.bytes) / 1_048_576 / elapsed
        let line = String(format: "\r[%@] %d/%d files  %.1f/%.1f MB  %.1f MB/s", bar, progress.files, progress.totalFiles,
                          Double(progress.bytes) / 1_048_576, Double(progress.totalBytes) / 1_048_576, rate)
        FileHandle.standardError.write(Data(line.utf8))
        drawn = true
    }

    func finish() {
        if drawn { FileHandle.standardError.write(Data("\n".utf8)) }
    }
}
