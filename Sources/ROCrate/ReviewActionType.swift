/// The types of the review actions a TRE records, their `additionalType` in the Safe Haven
/// Provenance vocabulary (`https://w3id.org/shp#`).
public enum ReviewActionType: String, Sendable, CaseIterable {
    case checkValue = "https://w3id.org/shp#CheckValue"
    case validationCheck = "https://w3id.org/shp#ValidationCheck"
    case signOff = "https://w3id.org/shp#SignOff"
    case disclosureCheck = "https://w3id.org/shp#DisclosureCheck"
    case generateCheckValue = "https://w3id.org/shp#GenerateCheckValue"

    /// The namespace of the vocabulary.
    public static let namespace = "https://w3id.org/shp#"
}
