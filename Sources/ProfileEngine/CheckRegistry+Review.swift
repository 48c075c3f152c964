extension CheckRegistry {
    /// The checks of this area, in catalogue order.
    static let reviewChecks: [any Check] = [
    ]
}
