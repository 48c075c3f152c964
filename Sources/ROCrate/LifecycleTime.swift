/// RFC 3339 timestamps (`YYYY-MM-DDThh:mm:ss[.fraction](Z|±hh:mm)`), as the lifecycle and the review rules read them.
public enum LifecycleTime {
    /// What reading a timestamp gave.
    public enum Reading: Equatable, Sendable {
        /// Seconds since 1970-01-01T00:00:00Z.
        case instant(Double)
        /// Not the RFC 3339 `date-time` form with a zone.
        case malformed
        /// The right form, but a month, day, hour, minute, second or offset that cannot exist.
        case impossible
    }

    /// Reads an RFC 3339 `date-time` (upper- or lower-case `T`/`Z`; a `.` before the fraction).
    public static func read(_ text: String) -> Reading {
        let bytes = Array(text.utf8)
        func number(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= bytes.count else { return nil }
            var value = 0
            for index in range {
                guard bytes[index] >= 48, bytes[index] <= 57 else { return nil }
                value = value * 10 + Int(bytes[index] - 48)
            }
            return value
        }
        guard bytes.count >= 20, let year = number(0..<4), bytes[4] == 45, let month = number(5..<7), bytes[7] == 45,
            let day = number(8..<10), bytes[10] == 84 || bytes[10] == 116, let hour = number(11..<13),
            bytes[13] == 58, let minute = number(14..<16), bytes[16] == 58, let second = number(17..<19)
        else { return .malformed }
        var index = 19
        var fraction = 0.0
        if bytes[index] == 46 {
            index += 1
            let start = index
            var scale = 0.1
            while index < bytes.count, bytes[index] >= 48, bytes[index] <= 57 {
                fraction += Double(bytes[index] - 48) * scale
                scale /= 10
                index += 1
            }
            guard index > start else { return .malformed }
        }
        guard index < bytes.count else { return .malformed }
        var offset = 0
        var offsetValid = true
        switch bytes[index] {
        case 90, 122:
            index += 1
        case 43, 45:
            guard bytes.count == index + 6, let hours = number(index + 1..<index + 3), bytes[index + 3] == 58,
                let minutes = number(index + 4..<index + 6)
            else { return .malformed }
            offsetValid = hours <= 23 && minutes <= 59
            offset = (hours * 60 + minutes) * 60 * (bytes[index] == 45 ? -1 : 1)
            index += 6
        default:
            return .malformed
        }
        guard index == bytes.count else { return .malformed }
        guard offsetValid, (1...12).contains(month), day >= 1, day <= days(in: month, of: year), hour <= 23,
            minute <= 59, second <= 60
        else { return .impossible }
        let seconds = daysSinceEpoch(year, month, day) * 86_400 + hour * 3600 + minute * 60 + second - offset
        return .instant(Double(seconds) + fraction)
    }

    /// The instant of a valid timestamp, else nil.
    public static func instant(_ text: String) -> Double? {
        if case .instant(let value) = read(text) { return value }
        return nil
    }

    /// The first valid `startTime`/`endTime` (or other timestamp property) of an entity.
    public static func time(_ entity: Entity, _ property: String) -> Double? {
        entity.strings(property).lazy.compactMap(instant).first
    }

    /// Days in a month of the proleptic Gregorian calendar.
    public static func days(in month: Int, of year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days from 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's `days_from_civil`).
    public static func daysSinceEpoch(_ year: Int, _ month: Int, _ day: Int) -> Int {
        let shifted = month <= 2 ? year - 1 : year
        let era = (shifted >= 0 ? shifted : shifted - 399) / 400
        let yearOfEra = shifted - era * 400
        let dayOfYear = (153 * ((month + 9) % 12) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}
