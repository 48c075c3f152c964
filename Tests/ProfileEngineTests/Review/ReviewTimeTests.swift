import Testing

@testable import ProfileEngine

@Suite struct ReviewTimeTests {
    @Test(arguments: [
        "2026-11-23T09:00:07Z", "2026-11-23t09:00:07z", "2023-04-18T12:11:45+01:00", "2023-05-15T18:00:00.123456+01:00",
        "2024-02-29T00:00:00Z", "2016-12-31T23:59:60Z", "2026-01-01T00:00:00-00:00",
    ])
    func validTimestampsAreRead(_ text: String) {
        #expect(ReviewTime.instant(text) != nil, "\(text)")
    }

    @Test(arguments: [
        "2026-11-23T09:00:07", "2026-11-23 09:00:07Z", "2023-05-1518:00:00+01:00", "2026-11-23T09:00:07,5Z",
        "2026-11-23T09:00:07|5Z", "2026-11-23T09:00Z", "2026-11-23", "2026-11-23T09:00:07+0100", "2026-11-23T09:00:07.Z",
        "2026-11-23T09:00:07Z ",
    ])
    func malformedTimestampsAreRejected(_ text: String) {
        #expect(ReviewTime.read(text) == .malformed, "\(text)")
    }

    @Test(arguments: [
        "2026-13-23T09:00:07Z", "2026-11-32T09:00:07Z", "2026-02-29T09:00:07Z", "2026-04-31T09:00:07Z",
        "2026-11-23T25:00:07Z", "2026-11-23T24:00:00Z", "2026-11-23T09:60:07Z", "2026-11-23T09:00:61Z",
        "2026-00-10T09:00:07Z", "2026-11-00T09:00:07Z", "2026-11-23T09:00:07+24:00", "1900-02-29T00:00:00Z",
    ])
    func impossibleDatesAreRejected(_ text: String) {
        #expect(ReviewTime.read(text) == .impossible, "\(text)")
    }

    @Test func offsetsAreAppliedWhenComparing() throws {
        let utc = try #require(ReviewTime.instant("2026-11-23T09:00:00Z"))
        let plusOne = try #require(ReviewTime.instant("2026-11-23T10:00:00+01:00"))
        let minusFive = try #require(ReviewTime.instant("2026-11-23T03:30:00-05:00"))
        #expect(utc == plusOne)
        #expect(minusFive < utc)
        #expect(ReviewTime.instant("1970-01-01T00:00:00Z") == 0)
        #expect(ReviewTime.instant("2000-03-01T00:00:00Z") == 951_868_800)
    }
}
