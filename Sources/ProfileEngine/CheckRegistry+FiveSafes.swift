extension CheckRegistry {
    /// The checks of this area, in catalogue order.
    static let fiveSafesChecks: [any Check] = [
    ]
}
