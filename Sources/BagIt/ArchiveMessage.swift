internal import CArchive

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The text of libarchive's last error on a handle, for people.
enum ArchiveMessage {
    /// libarchive's message; for writers, also the system's reason when the failure came from the file system
    /// ("File too large", "No space left on device", "Permission denied"), which libarchive's own text omits.
    static func text(_ handle: OpaquePointer, systemReason: Bool = false) -> String {
        let message = archive_error_string(handle).map { String(cString: $0) } ?? "unknown libarchive error"
        // Readers set format errors as EILSEQ and the like, which would mislead; only writers' errno is the disk's.
        let code = archive_errno(handle)
        guard systemReason, code > 0 else { return message }
        let reason = String(cString: strerror(code))
        return message.contains(reason) ? message : "\(message) (\(reason))"
    }
}
