internal import ROCrate

/// No path in a crate folder's payload is a symbolic link (fivesafes rule `FS-PAYLOAD-003`).
///
/// Links are listed by the input layer without being followed; a link can point anywhere on the machine, and
/// `fivesafes zip` refuses to package one. Fix: replace the link by the file it points to, or remove it.
struct PayloadHasNoSymbolicLinks: Check {
    static let name = "payloadHasNoSymbolicLinks"

    func evaluate(in context: CheckContext) -> [Finding] {
        guard let payload = context.payload else { return [] }
        return payload.symlinks.sorted().map { path in
            Finding(
                entity: context.crate.entity(path) == nil ? nil : path,
                message: "`\(path)` is a symbolic link; fivesafes does not follow it, and `fivesafes zip` will not package it",
                file: path
            )
        }
    }
}
