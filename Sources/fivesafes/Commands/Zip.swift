import ArgumentParser

/// `fivesafes zip …`: package a crate as a BagIt bag in a ZIP (`zip CRATE`, the default `create`), extract a bag ZIP
/// safely (`zip extract`) or bring a bag folder in step with its payload (`zip refresh`).
struct Zip: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Package a crate as a Five Safes BagIt bag inside a ZIP; extract or refresh bags safely.",
        discussion: """
            The ZIP holds one folder, the bag: bagit.txt, bag-info.txt (Bagging-Date, Payload-Oxum, \
            External-Identifier, Bag-Software-Agent), manifest-sha512.txt, tagmanifest-sha512.txt and the crate \
            in data/. The same input, --external-identifier and SOURCE_DATE_EPOCH give a byte-identical ZIP. \
            Given a bag folder (after provenance add publish, or signing), zip checks it and packages it as it is, \
            signatures included; after changing its payload, run zip refresh BAG first. zip CRATE is zip create \
            CRATE; the older spellings zip --extract ZIP -d DIR and zip --refresh BAG still work.
            Examples:
              fivesafes zip my-crate/ -o request.zip
              SOURCE_DATE_EPOCH=1700000000 fivesafes zip my-crate/ -o request.zip \\
                --external-identifier urn:uuid:9796155a-fe44-4614-89b8-71945f718ffb
              fivesafes zip my-crate/ --bag-dir request-bag/
              fivesafes zip refresh request-bag/
              fivesafes zip request-bag/ -o result.zip
              fivesafes zip extract request.zip -o incoming  # bag: incoming/my-crate/
            """,
        subcommands: [ZipCreate.self, ZipExtract.self, ZipRefresh.self],
        defaultSubcommand: ZipCreate.self
    )
}
