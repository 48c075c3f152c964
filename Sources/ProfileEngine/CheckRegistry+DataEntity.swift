extension CheckRegistry {
    /// The checks of this area, in catalogue order.
    static let dataEntityChecks: [any Check] = [
    ]
}
