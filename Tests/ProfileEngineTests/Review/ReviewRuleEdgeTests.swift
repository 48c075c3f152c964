import Testing

@testable import ProfileEngine

/// Edge cases of the review checks whose behaviour deliberately differs from PR 167.
@Suite struct ReviewRuleEdgeTests {
    @Test func plainStringAdditionalTypeIsNamedExplicitly() throws {
        let crate = try ReviewTestCrate.make(
            entities: ##"""
                {"@id": "#a", "@type": "AssessAction", "additionalType": "https://w3id.org/shp#CheckValue"},
                {"@id": "#b", "@type": "AssessAction", "additionalType": {"@id": "https://w3id.org/shp#CheckValue"}},
                {"@id": "#c", "@type": "AssessAction", "additionalType": {"@id": "https://example.org/Other"}},
                {"@id": "#d", "@type": "AssessAction"}
                """##)
        let found = ReviewTestCrate.messages(AssessActionHasPhaseType(), crate)
        #expect(found.count == 3, "\(found)")
        #expect(found[0].contains("plain string"))
        #expect(found[1].contains("not a term of the SHP vocabulary"))
        #expect(found[2].contains("has no additionalType"))
    }

    @Test func downloadedFolderIsComparedWithItsOwnDownloadOnly() throws {
        // A second download (a container image) must not make the workflow folder fail (PR 167 quirk).
        let crate = try ReviewTestCrate.make(
            entities: ##"""
                {"@id": "#dl-wf", "@type": "DownloadAction", "object": {"@id": "https://example.org/wf.zip"}, "result": {"@id": "workflow/"}},
                {"@id": "#dl-img", "@type": "DownloadAction", "object": {"@id": "https://example.org/image.sif"}, "result": {"@id": "image.sif"}},
                {"@id": "workflow/", "@type": "Dataset", "distribution": {"@id": "https://example.org/wf.zip"}},
                {"@id": "image.sif", "@type": "File"}
                """##)
        #expect(ReviewTestCrate.messages(DownloadedWorkflowDistributionIsDownloadObject(), crate).isEmpty)
        let wrong = try ReviewTestCrate.make(
            entities: ##"""
                {"@id": "#dl-wf", "@type": "DownloadAction", "object": {"@id": "https://example.org/wf.zip"}, "result": {"@id": "workflow/"}},
                {"@id": "workflow/", "@type": "Dataset", "distribution": {"@id": "https://example.org/image.sif"}}
                """##)
        #expect(ReviewTestCrate.messages(DownloadedWorkflowDistributionIsDownloadObject(), wrong).count == 1)
    }

    @Test func containerDownloadBesideTheWorkflowDownloadIsNotReported() throws {
        let entities = ##"""
            {"@id": "#wf", "@type": "Dataset", "distribution": {"@id": "https://example.org/wf.zip"}},
            {"@id": "#dl-img", "@type": "DownloadAction", "object": {"@id": "https://example.org/image.sif"}}
            """##
        let alone = try ReviewTestCrate.make(root: ##""mainEntity": {"@id": "#wf"}"##, entities: entities)
        #expect(ReviewTestCrate.messages(DownloadObjectIsWorkflowDistribution(), alone).count == 1)
        let both = try ReviewTestCrate.make(
            root: ##""mainEntity": {"@id": "#wf"}"##,
            entities: entities + ##"""
                , {"@id": "#dl-wf", "@type": "DownloadAction", "object": {"@id": "https://example.org/wf.zip"}}
                """##)
        #expect(ReviewTestCrate.messages(DownloadObjectIsWorkflowDistribution(), both).isEmpty)
    }

    @Test func laterApprovalSupersedesAFailedDisclosure() throws {
        let base =
            ReviewTestCrate.run(##""result": {"@id": "outputs/qa.csv"}"##) + ##"""
                , {"@id": "outputs/qa.csv", "@type": "File"},
                {"@id": "#d1", "@type": "AssessAction", "additionalType": {"@id": "https://w3id.org/shp#DisclosureCheck"}, "actionStatus": "http://schema.org/FailedActionStatus"}
                """##
        let failed = try ReviewTestCrate.make(root: ReviewTestCrate.runRoot, entities: base)
        #expect(ReviewTestCrate.messages(FailedDisclosureWithholdsResults(), failed).count == 1)
        #expect(ReviewTestCrate.messages(FailedDisclosureRemovesRun(), failed).count == 1)
        let approved = try ReviewTestCrate.make(
            root: ReviewTestCrate.runRoot,
            entities: base + ##"""
                , {"@id": "#d2", "@type": "AssessAction", "additionalType": {"@id": "https://w3id.org/shp#DisclosureCheck"}, "actionStatus": "http://schema.org/CompletedActionStatus"}
                """##)
        #expect(ReviewTestCrate.messages(FailedDisclosureWithholdsResults(), approved).isEmpty)
        #expect(ReviewTestCrate.messages(FailedDisclosureRemovesRun(), approved).isEmpty)
    }
}
