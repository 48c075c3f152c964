import OutputChecking
import Testing

/// RFC 4180 reading and the hostile tables: each a located finding, never a crash.
@Suite struct DelimitedReaderTests {
    private func records(_ text: String, delimiter: Character = ",") throws -> [[String]] {
        var rows: [[String]] = []
        try DelimitedReader(delimiter: try #require(delimiter.asciiValue)).read(bytes: Array(text.utf8)) { row in
            rows.append((0..<row.count).map { row.lossyText($0) })
        }
        return rows
    }

    @Test func quotesHoldDelimitersLineBreaksAndQuotes() throws {
        #expect(try records("a,\"b,c\"\r\n\"x\ny\",\"say \"\"hi\"\"\"\n") == [["a", "b,c"], ["x\ny", "say \"hi\""]])
    }

    @Test func lineEndingsAndBlankLines() throws {
        #expect(try records("a,b\r\n1,2\r3,4\n\n5,6") == [["a", "b"], ["1", "2"], ["3", "4"], ["5", "6"]])
        #expect(try records("a\tb\n1\t2\n", delimiter: "\t") == [["a", "b"], ["1", "2"]])
    }

    @Test func quoteNeverClosedIsAnErrorNamingItsLine() {
        #expect(throws: DelimitedReadError(row: 3, line: 3, reason: "a quoted field opened on line 3 is never closed")) {
            try self.records("a,b\n1,2\n\"3,4\n5,6\n")
        }
    }

    @Test func hugeRowIsRefused() throws {
        let reader = DelimitedReader(maximumRowBytes: 100)
        let error = #expect(throws: DelimitedReadError.self) {
            try reader.read(bytes: Array(("a,b\n" + String(repeating: "x", count: 500) + "\n").utf8)) { _ in }
        }
        #expect(error?.row == 2)
    }

    @Test func quotedTableKeepsItsCounts() {
        let check = TableFixtures.check("quoted.csv")
        #expect(check.status == .pass)
        #expect(check.columns.map(\.kind) == [.label, .count])
        #expect(check.columns[1].sum == 226)
    }

    @Test func raggedRowsNeedReviewAtTheirRow() {
        let check = TableFixtures.check("ragged.csv")
        #expect(check.status == .review)
        #expect(check.findings.map(\.rule) == [.ragged, .ragged])
        #expect(check.findings.map(\.row) == [3, 4])
        #expect(check.findings.first?.message == "row 3 has 3 fields, the header 2")
    }

    @Test func unclosedQuoteMakesTheTableUnreadable() throws {
        let check = TableFixtures.check("unclosed-quote.csv")
        #expect(check.status == .review)
        let finding = try #require(check.findings.last)
        #expect(finding.rule == .unreadable)
        #expect(finding.message == "row 3 (line 3): a quoted field opened on line 3 is never closed")
    }

    @Test func badUTF8AndTextInADeclaredCountColumnAreLocated() throws {
        var policy = DisclosurePolicy()
        policy.countColumns = ["n"]
        let bytes: [UInt8] = Array("label,n\nA,12\nB,".utf8) + [0xFF, 0xFE] + Array("\nC,many\n".utf8)
        let check = TableChecker(policy: policy).check(bytes: bytes, file: "outputs/t.csv")
        #expect(check.status == .review)
        #expect(check.findings.map(\.rule) == [.nonNumeric, .nonNumeric])
        #expect(check.findings.map(\.row) == [3, 4])
        #expect(check.findings.map(\.column) == [2, 2])
        #expect(check.findings[1].message == "`many` in column `n` is not a number")
    }

    @Test func missingFileAndLinksAreUnreadable() throws {
        let check = TableChecker().check(path: TableFixtures.folder + "/no-such.csv", file: "outputs/no-such.csv")
        #expect(check.status == .review)
        #expect(check.findings.first?.message.hasPrefix("the file cannot be opened") == true)
    }

    @Test func findingsAreCappedButCounted() {
        var text = "label,n\n"
        for index in 0..<50 { text += "r\(index),3\n" }
        let check = TableChecker(maximumFindings: 10).check(bytes: Array(text.utf8), file: "outputs/t.csv")
        #expect(check.findings.count == 10)
        #expect(check.counts[.threshold] == 50)
    }
}
