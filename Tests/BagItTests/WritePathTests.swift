import BagIt
import Foundation
import Testing

/// The one link check every writer makes, and permissions kept across an atomic replace.
@Suite struct WritePathTests {
    @Test func aLinkedFolderBelowTheRootIsFoundButTheRootItselfIsTrusted() throws {
        let folder = try BagTest.temporaryFolder("writepath")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let manager = FileManager.default
        try manager.createDirectory(atPath: folder + "/elsewhere", withIntermediateDirectories: true)
        try manager.createDirectory(atPath: folder + "/bag", withIntermediateDirectories: true)
        try manager.createSymbolicLink(atPath: folder + "/bag/data", withDestinationPath: "../elsewhere")
        try manager.createSymbolicLink(atPath: folder + "/linked-bag", withDestinationPath: "bag")

        #expect(WritePath.firstLink(in: folder + "/bag/data/ro-crate-metadata.json", below: folder + "/bag") == folder + "/bag/data")
        #expect(WritePath.firstLink(in: folder + "/bag/data/ro-crate-metadata.json", below: folder + "/bag/") == folder + "/bag/data")
        // The folder the user named may be a link; what lies inside it may not.
        #expect(WritePath.firstLink(in: folder + "/linked-bag/bagit.txt", below: folder + "/linked-bag") == nil)
        #expect(WritePath.firstLink(in: folder + "/linked-bag/data/x", below: folder + "/linked-bag") == folder + "/linked-bag/data")
        // Components that do not exist yet are not links.
        #expect(WritePath.firstLink(in: folder + "/bag/signatures/1.sig", below: folder + "/bag") == nil)
        #expect(throws: BagWriteError.self) { try WritePath.refuseLinks(in: folder + "/bag/data/x", below: folder + "/bag") }
        try WritePath.refuseLinks(in: folder + "/bag/bagit.txt", below: folder + "/bag")
    }

    @Test func aPathOutsideTheRootHasOnlyItselfChecked() throws {
        let folder = try BagTest.temporaryFolder("writepath")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createSymbolicLink(atPath: folder + "/report.json", withDestinationPath: "/etc/hostname")
        #expect(WritePath.firstLink(in: folder + "/report.json", below: "/somewhere/else") == folder + "/report.json")
        #expect(WritePath.firstLink(in: folder + "/other.json", below: "/somewhere/else") == nil)
    }

    @Test(arguments: [0o600, 0o640, 0o755])
    func aReplacedFileKeepsItsModeAndOwner(mode: Int) throws {
        let folder = try BagTest.temporaryFolder("writepath")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let manager = FileManager.default
        let path = folder + "/bag-info.txt"
        try Data("old\n".utf8).write(to: URL(fileURLWithPath: path))
        try manager.setAttributes([.posixPermissions: mode], ofItemAtPath: path)
        let fresh = folder + "/fresh.tmp"
        try Data("new\n".utf8).write(to: URL(fileURLWithPath: fresh))
        #expect((try manager.attributesOfItem(atPath: fresh)[.posixPermissions] as? Int) != mode || mode == 0o644)

        WritePath.keepAttributes(of: path, on: fresh)

        let kept = try manager.attributesOfItem(atPath: fresh)
        let old = try manager.attributesOfItem(atPath: path)
        #expect(kept[.posixPermissions] as? Int == mode)
        #expect(kept[.ownerAccountID] as? Int == old[.ownerAccountID] as? Int)
        #expect(kept[.groupOwnerAccountID] as? Int == old[.groupOwnerAccountID] as? Int)
    }

    @Test func nothingIsChangedWhenThereIsNoOldFile() throws {
        let folder = try BagTest.temporaryFolder("writepath")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let fresh = folder + "/fresh.tmp"
        try Data("new\n".utf8).write(to: URL(fileURLWithPath: fresh))
        let before = try FileManager.default.attributesOfItem(atPath: fresh)[.posixPermissions] as? Int
        WritePath.keepAttributes(of: folder + "/missing.txt", on: fresh)
        #expect(try FileManager.default.attributesOfItem(atPath: fresh)[.posixPermissions] as? Int == before)
    }
}
