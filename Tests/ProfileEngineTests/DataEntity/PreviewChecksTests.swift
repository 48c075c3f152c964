import ROCrate
import Testing

@testable import ProfileEngine

/// RC-PREV-02, RC-PREV-03 and RC-PREV-04 on small previews.
@Suite struct PreviewChecksTests {
    private func findings(_ check: some Check, html: String?, version: String = "1.2") throws -> Int {
        let crate = try EntityTestCrate.make(root: "", version: version)
        let files = html.map { ["ro-crate-preview.html": $0] } ?? [:]
        return EntityTestCrate.findings(check, crate, payload: EntityTestCrate.payload(files)).count
    }

    @Test func doctypeMayFollowBOMWhitespaceAndComments() throws {
        #expect(try findings(PreviewHasHTML5Doctype(), html: "\u{FEFF}\n  <!-- made by x -->\n<!doctype HTML>\n<html></html>") == 0)
        #expect(try findings(PreviewHasHTML5Doctype(), html: "<!DOCTYPE html><html></html>") == 0)
        #expect(try findings(PreviewHasHTML5Doctype(), html: "\n\n<html></html>") == 1)
        #expect(try findings(PreviewHasHTML5Doctype(), html: "<!DOCTYPE htmlx>") == 1)
        #expect(try findings(PreviewHasHTML5Doctype(), html: nil) == 0)
    }

    @Test func embeddedMetadataIsRequiredOnlyBefore12AndInHead() throws {
        let inHead = ##"<!DOCTYPE html><html><head><SCRIPT type='application/ld+json'>{}</SCRIPT></head></html>"##
        let inBody = ##"<!DOCTYPE html><html><head></head><body><script type="application/ld+json">{}</script></body></html>"##
        let none = "<!DOCTYPE html><html><head><script src=\"x.js\"></script></head></html>"
        #expect(try findings(PreviewEmbedsMetadata(), html: inHead, version: "1.1") == 0)
        #expect(try findings(PreviewEmbedsMetadata(), html: inBody, version: "1.1") == 1)
        #expect(try findings(PreviewEmbedsMetadata(), html: none, version: "1.1") == 1)
        #expect(try findings(PreviewEmbedsMetadata(), html: none, version: "1.2") == 0)
    }

    @Test func rootNameIsFoundThroughEscapesAndLineBreaks() throws {
        let crate = try EntityTestCrate.make(root: "", name: "Tom & Jerry's  data")
        let shown = EntityTestCrate.payload(["ro-crate-preview.html": "<h1>Tom &amp; Jerry&#39;s\n   data</h1>"])
        let hidden = EntityTestCrate.payload(["ro-crate-preview.html": "<h1>Untitled</h1>"])
        #expect(EntityTestCrate.findings(PreviewShowsRootName(), crate, payload: shown).isEmpty)
        #expect(EntityTestCrate.findings(PreviewShowsRootName(), crate, payload: hidden).count == 1)
    }
}
