/// Public block-by-block reading of a regular file (through ``FileReader``: POSIX calls, 1 MiB blocks, a final
/// symlink never followed), for readers outside BagIt such as the payload secrets scan.
public enum FileBlocks {
    /// Hands each block of the file at `path` to `body` until it answers false. False when the file cannot be
    /// opened or read.
    public static func forEach(_ path: String, _ body: (UnsafeRawBufferPointer) -> Bool) -> Bool {
        var stopped = false
        do {
            try FileReader.stream(path) { (block: UnsafeRawBufferPointer) throws(BagReadError) in
                if !body(block) {
                    stopped = true
                    throw BagReadError(path: path, reason: "stopped by the reader")
                }
            }
            return true
        } catch {
            return stopped
        }
    }
}
