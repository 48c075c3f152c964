import FiveSafesKit
import Foundation

/// A one-line progress bar on stderr (files, bytes, MB/s), drawn only on a terminal, at most 10 times a second.
/// `forced` draws it elsewhere too, as one line a second (for logs); `delay` keeps it hidden while the work is short.
final class ProgressBar: @unchecked Sendable {
    // Calls to `update` and `finish` never overlap (the command's own thread, or workers under one lock), so the
    // state needs no lock of its own.
    private let enabled: Bool
    private let onTerminal: Bool
    private let delay: TimeInterval
    private let start = Date()
    private var lastDraw = Date.distantPast
    private var drawn = false
    private var drewFinished = false

    init(enabled: Bool, forced: Bool = false, delay: TimeInterval = 0) {
        onTerminal = Terminal.isTTY(STDERR_FILENO)
        self.enabled = enabled && (forced || onTerminal)
        self.delay = forced ? 0 : delay
    }

    func update(_ progress: WorkProgress) {
        let now = Date()
        let finished = progress.files == progress.totalFiles
        // The last state is always drawn once (a log gets the totals), the rest at most 10 times a second on a
        // terminal and once a second in a log.
        guard enabled, now.timeIntervalSince(start) >= delay, !(finished && drewFinished),
            now.timeIntervalSince(lastDraw) >= (onTerminal ? 0.1 : 1) || finished
        else { return }
        lastDraw = now
        drewFinished = finished
        let elapsed = max(now.timeIntervalSince(start), 0.001)
        let fraction = progress.totalBytes > 0 ? min(Double(progress.bytes) / Double(progress.totalBytes), 1) : 1
        let width = 24
        let filled = Int(fraction * Double(width))
        let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
        let rate = Double(progress.bytes) / 1_048_576 / elapsed
        let line = String(
            format: "[%@] %d/%d files  %.1f/%.1f MB  %.1f MB/s", bar, progress.files, progress.totalFiles,
            Double(progress.bytes) / 1_048_576, Double(progress.totalBytes) / 1_048_576, rate)
        FileHandle.standardError.write(Data((onTerminal ? "\r" + line : line + "\n").utf8))
        drawn = onTerminal
    }

    func finish() {
        if drawn { FileHandle.standardError.write(Data("\n".utf8)) }
        drawn = false
    }
}
