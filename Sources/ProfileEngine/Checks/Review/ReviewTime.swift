internal import JSONLD
internal import ROCrate

/// RFC 3339 timestamps as the review rules read them: the lifecycle's reader (``LifecycleTime``), so that
/// `validate` and `provenance` agree on every time.
enum ReviewTime {
    /// What reading a timestamp gave.
    enum Reading: Equatable {
        /// Seconds since 1970-01-01T00:00:00Z.
        case instant(Double)
        /// Not the RFC 3339 `date-time` form with a zone.
        case malformed
        /// The right form, but a month, day, hour, minute, second or offset that cannot exist.
        case impossible
    }

    /// Reads an RFC 3339 `date-time` (upper- or lower-case `T`/`Z`; a `.` before the fraction).
    static func read(_ text: String) -> Reading {
        switch LifecycleTime.read(text) {
        case .instant(let value): .instant(value)
        case .malformed: .malformed
        case .impossible: .impossible
        }
    }

    /// The instant of a valid timestamp, else nil.
    static func instant(_ text: String) -> Double? { LifecycleTime.instant(text) }

    /// The first valid `startTime`/`endTime` of an entity.
    static func time(_ entity: Entity, _ property: String) -> Double? { LifecycleTime.time(entity, property) }
}
