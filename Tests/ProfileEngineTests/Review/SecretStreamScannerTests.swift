import ROCrate
import Synchronization
import Testing

@testable import ProfileEngine

/// The byte-level secret matchers used on payload files: each shape is recognised, near-misses are not, the
/// answer does not depend on where blocks split the stream, and binary files are skipped.
@Suite struct SecretStreamScannerTests {
    /// Scans `text` fed in blocks of `blockSize` bytes.
    private func scan(_ bytes: [UInt8], blockSize: Int = 1 << 20) -> String? {
        var scanner = SecretStreamScanner()
        var start = 0
        repeat {
            let end = min(start + blockSize, bytes.count)
            Array(bytes[start..<end]).withUnsafeBytes { scanner.feed($0) }
            start = end
        } while start < bytes.count
        scanner.finish()
        return scanner.firstKind
    }

    private func scan(_ text: String, blockSize: Int = 1 << 20) -> String? { scan(Array(text.utf8), blockSize: blockSize) }

    static let secrets: [(String, String)] = [
        ("-----BEGIN RSA PRIVATE KEY-----\nMIIE", "a PEM private key"),
        ("x -----BEGIN ENCRYPTED PRIVATE KEY-----", "a PEM private key"),
        ("-----BEGIN PRIVATE KEY-----", "a PEM private key"),
        ("token=ghp_0123456789abcdefghijABCDEFGHIJ012345", "a GitHub token"),
        ("github_pat_11ABCDEFG0123456789_abcdefghij", "a GitHub token"),
        ("key AKIAIOSFODNN7EXAMPLE used", "an AWS access key id"),
        ("ASIAIOSFODNN7EXAMPLE", "an AWS access key id"),
        ("slack: xoxb-1234567890-abcdef", "a Slack token"),
        ("Bearer eyJhbGciOiJIUzI1.eyJzdWIiOiIx.SflKxwRJSMeKKF2QT4", "a JSON Web Token"),
    ]

    static let nearMisses = [
        "-----BEGIN PUBLIC KEY-----", "-----BEGIN rsa PRIVATE KEY-----", "-----BEGIN RSA  PRIVATE KEY-----",
        "ghp_0123456789abcdefghij", "ghx_0123456789abcdefghijABCDEFGHIJ012345", "xghp_0123456789abcdefghijABCDEFGHIJ012345",
        "github_pat_short", "AKIAIOSFODNN7EXAMPL", "AKIAIOSFODNN7EXAMPLEX", "akiaiosfodnn7example", "AKIAiosfodnn7example",
        "xoxb-123", "xoxz-1234567890-abcdef", "axoxb-1234567890-abcdef",
        "eyJhbGciOiJIUzI1.eyJzdWIi.SflKxwRJSMeKKF2QT4", "eyJhbGciOiJIUzI1.eyJzdWIiOiIx", "eyJhbGciOiJIUzI1 eyJzdWIiOiIx.abcdefgh",
        "plain text with e, A, g, x and - everywhere: a-x-e-g-A",
    ]

    @Test(arguments: secrets)
    func eachShapeIsFound(text: String, kind: String) {
        #expect(scan(text) == kind)
        #expect(scan("prefix line\n" + text + "\nsuffix") == kind)
    }

    @Test(arguments: nearMisses)
    func nearMissesAreNotSecrets(text: String) {
        #expect(scan(text) == nil)
    }

    @Test func theRegexShapesAgreeWithTheByteMatchers() {
        let regexes = SecretShapes.compiled()
        for text in Self.secrets.map(\.0) + Self.nearMisses {
            #expect(scan(text) == SecretShapes.match(text, regexes), "\(text)")
        }
    }

    /// Metadata strings go through the same matchers as text: the same answers as the regexes, and a NUL
    /// in a string does not make it "binary" (a JSON string may hold `\u0000`).
    @Test func metadataStringsUseTheByteMatchersAndAreNeverSkippedAsBinary() {
        let regexes = SecretShapes.compiled()
        for text in Self.secrets.map(\.0) + Self.nearMisses {
            #expect(SecretStreamScanner.firstKind(inText: text) == SecretShapes.match(text, regexes), "\(text)")
        }
        #expect(SecretStreamScanner.firstKind(inText: "a\u{0}b key AKIAIOSFODNN7EXAMPLE") == "an AWS access key id")
        #expect(scan("a\u{0}b key AKIAIOSFODNN7EXAMPLE") == nil)
        #expect(SecretStreamScanner.firstKind(inText: "") == nil)
    }

    @Test(arguments: secrets)
    func everyBlockSplitGivesTheSameAnswer(text: String, kind: String) {
        let bytes = Array(("log line\n" + text + "\n").utf8)
        for size in 1...bytes.count {
            #expect(scan(bytes, blockSize: size) == kind, "block size \(size)")
        }
    }

    @Test func theFirstKindInListOrderIsReported() {
        #expect(scan("AKIAIOSFODNN7EXAMPLE then -----BEGIN EC PRIVATE KEY-----") == "a PEM private key")
    }

    @Test func binaryFilesAreSkippedAndTextIsNot() {
        let secret = Array("-----BEGIN RSA PRIVATE KEY-----".utf8)
        #expect(scan([0x89, 0x50, 0x4E, 0x47, 0x00] + secret) == nil)
        #expect(scan([0x89, 0x50, 0x4E, 0x47, 0x0A] + secret) == "a PEM private key")
    }

    @Test func payloadFilesAreScannedInParallelInPathOrder() {
        let files: [String: String] = [
            "a.log": "ok", "b.log": "xoxp-1234567890-abcdef", "c.bin": "\u{0}AKIAIOSFODNN7EXAMPLE", "d.txt": "AKIAIOSFODNN7EXAMPLE",
        ]
        let payload = PayloadIndex(
            files: files.mapValues { Int64($0.utf8.count) }, directories: [],
            read: { path, _ in files[path].map { Array($0.utf8) } })
        let paths = files.keys.sorted()
        #expect(PayloadSecretScan.kinds(of: paths, in: payload) == [nil, "a Slack token", nil, "an AWS access key id"])
    }

    /// The collector a bag's checksum pass feeds: a file's outcome counts once its end is seen, blocks split anywhere.
    @Test func theCollectorRecordsFilesReadToTheirEndOnly() {
        let collector = PayloadSecretCollector()
        let key = Array("log line\n-----BEGIN RSA PRIVATE KEY-----\nTEST-ONLY\n".utf8)
        let secretSink = collector.sink(for: "logs/run.log")
        for start in stride(from: 0, to: key.count, by: 7) {
            Array(key[start..<min(start + 7, key.count)]).withUnsafeBytes { secretSink($0) }
        }
        secretSink(nil)
        let cleanSink = collector.sink(for: "outputs/qa.csv")
        Array("a,b\n1,2\n".utf8).withUnsafeBytes { cleanSink($0) }
        cleanSink(nil)
        let brokenSink = collector.sink(for: "outputs/cut.log")
        key.withUnsafeBytes { brokenSink($0) }  // never ended: the file could not be read whole
        let expected: [String: String?] = ["logs/run.log": "a PEM private key", "outputs/qa.csv": nil]
        #expect(collector.outcomes == expected)
    }

    /// Files the checksum pass already scanned are not read again; the others still are.
    @Test func scannedOutcomesAreUsedWithoutReadingTheFileAgain() {
        let files: [String: String] = ["a.log": "ok", "b.log": "AKIAIOSFODNN7EXAMPLE", "c.log": "xoxp-1234567890-abcdef"]
        let reads = Mutex<[String]>([])
        var payload = PayloadIndex(
            files: files.mapValues { Int64($0.utf8.count) }, directories: [],
            read: { path, _ in
                reads.withLock { $0.append(path) }
                return files[path].map { Array($0.utf8) }
            })
        // What the checksum pass saw (here deliberately not what the files hold now, to tell the two apart).
        payload.scannedSecrets = ["a.log": "a GitHub token", "b.log": nil]
        #expect(PayloadSecretScan.kinds(of: ["a.log", "b.log", "c.log"], in: payload) == ["a GitHub token", nil, "a Slack token"])
        #expect(reads.withLock { $0 } == ["c.log"])
    }
}
