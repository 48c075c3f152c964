extension CheckRegistry {
    /// The checks of the Five Safes 1.0 Working Draft's references to other RO-Crates and federation, in catalogue
    /// order.
    static let federationChecks: [any Check] = [
        ReferencedCratesAreDescribed(),
        NodeCratesAreFixedAndNameTheirSubject(),
        NodeCratesNamePublisher(),
    ]
}
