import JSONLD
import ROCrate
import Testing

@testable import ProfileEngine

/// RC-DE-07 (`../`) and RC-DE-08 (valid URI references).
@Suite struct IdentifierSyntaxTests {
    @Test(arguments: ["../fetch.txt", "a/../../b", "%2E%2E/x", "./../x", "a/./../../x#frag"])
    func climbsAboveRoot(_ id: String) {
        #expect(IdentifiersStayInsideCrateRoot.climbsAboveRoot(id))
    }

    @Test(arguments: ["a/../b", "a..b/c", "https://example.org/../x", "##..", "..a/b", "a/b/../../c"])
    func staysInside(_ id: String) {
        #expect(!IdentifiersStayInsideCrateRoot.climbsAboveRoot(id))
    }

    @Test func undescribedReferencesAreCheckedButDescribedOnesOnlyOnce() throws {
        let crate = try EntityTestCrate.make(
            root: ##""hasPart": [{"@id": "../a.txt"}], "mentions": {"@id": "../b.txt"}"##,
            entities: [##"{"@id": "../a.txt", "@type": "File"}"##])
        let pointers = EntityTestCrate.findings(IdentifiersStayInsideCrateRoot(), crate).compactMap(\.pointer?.description)
        #expect(pointers == ["/@graph/1/mentions", "/@graph/2/@id"])
    }

    @Test(arguments: ["my file.txt", ##"dir\file.txt"##, "50%.txt", "bad%2", "x%zz", "a|b", "tab\there", "<x>"])
    func invalidReferences(_ id: String) {
        #expect(IdentifiersAreValidURIReferences.problem(in: id) != nil)
    }

    @Test(arguments: ["my%20file.txt", "50%25.txt", "面试.mp4", "https://example.org/a?b=c#d", "#local", "a/b/c.txt"])
    func validReferences(_ id: String) {
        #expect(IdentifiersAreValidURIReferences.problem(in: id) == nil)
    }
}
