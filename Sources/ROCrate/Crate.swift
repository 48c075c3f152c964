internal import Algorithms
internal import Dispatch
public import JSONLD

/// A loaded RO-Crate metadata document: the raw JSON, its context, and the flattened graph with indexes.
///
/// Built once by ``CrateLoader``; every lookup a rule needs (by `@id`, by type, by reverse reference) is an
/// index, so checking stays linear in the size of the graph.
public struct Crate: Sendable {
    /// The whole document.
    public var document: JSONNode { storage.document }
    /// The document's top-level object.
    public var top: JSONObject { storage.top }
    /// The name of the metadata file, as reported in findings.
    public var fileName: String { storage.fileName }
    /// Offsets to line and column.
    public var sourceMap: SourceMap { storage.sourceMap }
    /// The resolved `@context`.
    public var context: TermContext { storage.context }
    /// The node objects of `@graph`, in order (non-object items are skipped here and reported by a rule).
    public var entities: [Entity] { storage.entities }
    /// Items of `@graph` that are not objects: index and node.
    public var nonObjectItems: [(index: Int, node: JSONNode)] { storage.nonObjectItems }
    /// `@id`s that occur more than once, with the entity positions in `entities`.
    public var duplicateIDs: [String: [Int]] { storage.duplicateIDs }

    private var positionByID: [String: Int] { storage.positionByID }
    private var positionsByType: [String: [Int]] { storage.positionsByType }
    /// Positions of the entities whose `additionalType` references each IRI (the lifecycle's phase lookup).
    var additionalTypeReferrers: [String: [Int]] { storage.additionalTypeReferrers }
    private var expandedTypes: [String: String] { storage.expandedTypes }
    private var referenceTable: ReferenceTable { storage.references }
    /// Answers computed on first use (``reviewActions``).
    var cache: CrateCache { storage.cache }

    /// Everything above in one object: a crate is copied into every rule, closure and context, and a copy of one
    /// reference is one retain instead of a dozen (copies were ~8% of validating 100,000 entities).
    private let storage: Storage

    private final class Storage: Sendable {
        let document: JSONNode
        let top: JSONObject
        let fileName: String
        let sourceMap: SourceMap
        let context: TermContext
        let entities: [Entity]
        let nonObjectItems: [(index: Int, node: JSONNode)]
        let duplicateIDs: [String: [Int]]
        let positionByID: [String: Int]
        let positionsByType: [String: [Int]]
        let additionalTypeReferrers: [String: [Int]]
        /// Every type name used in the graph (and the common ones rules ask for), expanded once: `hasType` is
        /// called per entity by many rules, and expanding through the context each time dominated large crates.
        let expandedTypes: [String: String]
        let references: ReferenceTable
        let cache = CrateCache()

        init(
            document: JSONNode, top: JSONObject, fileName: String, sourceMap: SourceMap, context: TermContext, entities: [Entity],
            nonObjectItems: [(index: Int, node: JSONNode)], duplicateIDs: [String: [Int]], positionByID: [String: Int],
            positionsByType: [String: [Int]], additionalTypeReferrers: [String: [Int]], expandedTypes: [String: String],
            references: ReferenceTable
        ) {
            self.document = document
            self.top = top
            self.fileName = fileName
            self.sourceMap = sourceMap
            self.context = context
            self.entities = entities
            self.nonObjectItems = nonObjectItems
            self.duplicateIDs = duplicateIDs
            self.positionByID = positionByID
            self.positionsByType = positionsByType
            self.additionalTypeReferrers = additionalTypeReferrers
            self.expandedTypes = expandedTypes
            self.references = references
        }
    }

    /// A `{"@id"}` reference an entity makes, resolved when the crate was loaded.
    public struct Link: Sendable {
        /// The `@id` referenced.
        public let id: String
        // Places held in 32 bits (-1 for none): a crate may make a reference every dozen bytes, and the table
        // holds them all. The metadata limit keeps every place far below 2³¹.
        private let memberPlace: Int32
        private let valuePlace: Int32
        private var targetPlace: Int32 = -1

        init(member: Int, index: Int?, id: String) {
            self.id = id
            memberPlace = Int32(clamping: member)
            valuePlace = index.map { Int32(clamping: $0) } ?? -1
        }

        /// The property that holds it: its place in the entity's `object.members`.
        public var member: Int { Int(memberPlace) }
        /// The value's place in the property's array, nil for a single value.
        public var index: Int? { valuePlace < 0 ? nil : Int(valuePlace) }
        /// Position in ``Crate/entities`` of the first entity with that `@id`, nil when none is described.
        public internal(set) var target: Int? {
            get { targetPlace < 0 ? nil : Int(targetPlace) }
            set { targetPlace = newValue.map { Int32(clamping: $0) } ?? -1 }
        }
    }

    /// Where a `{"@id"}` reference to an entity is made.
    public struct Reference: Sendable {
        /// Position in ``Crate/entities`` of the entity that refers.
        public let from: Int
        /// The property that holds the reference.
        public let property: String
    }

    init(document: JSONNode, top: JSONObject, graph: [JSONNode], fileName: String, bytes: [UInt8]) {
        let context = top["@context"].map(TermContext.init) ?? TermContext()
        var entities: [Entity] = []
        var nonObjects: [(Int, JSONNode)] = []
        entities.reserveCapacity(graph.count)
        for (index, node) in graph.enumerated() {
            if let object = node.value.objectValue {
                entities.append(Entity(index: index, object: object, offset: node.offset))
            } else {
                nonObjects.append((index, node))
            }
        }
        // Three independent indexes, built on all cores (each job writes only its own result), then every
        // reference resolved through the first (``ReferenceTable``, in parallel slices).
        nonisolated(unsafe) var ids: (positions: [String: Int], duplicates: [String: [Int]], additionalTypes: [String: [Int]]) = (
            [:], [:], [:]
        )
        nonisolated(unsafe) var types: (byType: [String: [Int]], expanded: [String: String]) = ([:], [:])
        nonisolated(unsafe) var sourceMap: SourceMap?
        let graphEntities = entities
        DispatchQueue.concurrentPerform(iterations: 3) { job in
            switch job {
            case 0: ids = Crate.idIndex(of: graphEntities)
            case 1: types = Crate.typeIndex(of: graphEntities, in: context)
            default: sourceMap = SourceMap(bytes)
            }
        }
        let positions = ids.positions
        storage = Storage(
            document: document, top: top, fileName: fileName, sourceMap: sourceMap ?? SourceMap(bytes), context: context,
            entities: entities, nonObjectItems: nonObjects, duplicateIDs: ids.duplicates, positionByID: positions,
            positionsByType: types.byType, additionalTypeReferrers: ids.additionalTypes, expandedTypes: types.expanded,
            references: ReferenceTable(entities: entities) { positions[$0] })
    }

    /// Position of each `@id`'s first entity, the positions of ids given more than once, and where each IRI is
    /// referenced as an `additionalType` (so the lifecycle needs no index of every reference).
    private static func idIndex(
        of entities: [Entity]
    ) -> (positions: [String: Int], duplicates: [String: [Int]], additionalTypes: [String: [Int]]) {
        var positions: [String: Int] = [:]
        var duplicates: [String: [Int]] = [:]
        var additionalTypes: [String: [Int]] = [:]
        positions.reserveCapacity(entities.count)
        for (position, entity) in entities.enumerated() {
            for member in entity.object.members where member.key == "additionalType" {
                entity.forEachValue(of: member) { value, _ in
                    if let target = value.referenceID { additionalTypes[target, default: []].append(position) }
                }
            }
            guard let id = entity.id else { continue }
            if let first = positions[id] {
                duplicates[id, default: [first]].append(position)
            } else {
                positions[id] = position
            }
        }
        return (positions, duplicates, additionalTypes)
    }

    /// Positions by expanded type IRI, and the expansion of each type name seen (and of the context's class terms).
    private static func typeIndex(of entities: [Entity], in context: TermContext) -> (byType: [String: [Int]], expanded: [String: String]) {
        var byType: [String: [Int]] = [:]
        var expanded: [String: String] = [:]
        for name in ["File", "Dataset", "Profile", "CreativeWork", "Person", "Organization", "CreateAction"] {
            expanded[name] = Crate.typeIRI(name, in: context)
        }
        for (position, entity) in entities.enumerated() {
            // Most entities have one type: no set is needed to list them once.
            var seen: Set<String> = []
            for name in entity.types {
                let iri: String
                if let known = expanded[name] {
                    iri = known
                } else {
                    iri = Crate.typeIRI(name, in: context)
                    expanded[name] = iri
                }
                if entity.types.count == 1 || seen.insert(iri).inserted { byType[iri, default: []].append(position) }
            }
        }
        // Class names (capitalised terms) that rules ask about are expanded once here, not on every hasType call.
        for term in context.terms.keys where expanded[term] == nil && term.first?.isUppercase == true {
            expanded[term] = Crate.typeIRI(term, in: context)
        }
        return (byType, expanded)
    }

    /// How many items `@graph` has (entities and anything else): the size of a table indexed by ``Entity/index``.
    public var graphCount: Int { entities.count + nonObjectItems.count }

    /// The first entity with this `@id`.
    public func entity(_ id: String) -> Entity? {
        positionByID[id].map { entities[$0] }
    }

    /// The references made to an `@id` from any entity.
    public func references(to id: String) -> [Reference] {
        referenceTable.references(toPosition: positionByID[id], id: id)
    }

    /// The references an entity makes, in member then value order, each with the entity it names (looked up when
    /// the crate was loaded; for an entity that is not one of this crate's, now).
    public func links(of entity: Entity) -> ArraySlice<Link> {
        guard let position = position(of: entity) else {
            return ReferenceTable.links(of: entity) { positionByID[$0] }[...]
        }
        return referenceTable.links(from: position)
    }

    /// Every value of an entity's property (its first member of that name, as ``Entity/values(_:)``) with its place
    /// in the array (nil for a single value) and the described entity it references, if any — without an `@id`
    /// lookup per value.
    public func forEachValue(_ property: String, of entity: Entity, _ body: (_ node: JSONNode, _ index: Int?, _ target: Entity?) -> Void) {
        let members = entity.object.members
        guard let member = members.firstIndex(where: { $0.key == property }) else { return }
        let links = links(of: entity)
        var next = links.firstIndex { $0.member == member } ?? links.endIndex
        entity.forEachValue(of: members[member]) { node, index in
            var target: Entity?
            if next < links.endIndex, links[next].member == member, links[next].index == index {
                target = links[next].target.map { entities[$0] }
                next += 1
            }
            body(node, index, target)
        }
    }

    /// The position in ``entities`` of an entity of this crate, nil for any other entity.
    private func position(of entity: Entity) -> Int? {
        // Non-object items before it shift its position (they are in graph order).
        let position = entity.index - nonObjectItems.partitioningIndex { $0.index >= entity.index }
        guard entities.indices.contains(position), entities[position] === entity else { return nil }
        return position
    }

    /// The entity a reference comes from.
    public func entity(at reference: Reference) -> Entity { entities[reference.from] }

    /// The metadata descriptor: `@id` `ro-crate-metadata.json` (or legacy `.jsonld`), else any id ending so.
    public var descriptor: Entity? {
        if let exact = entity("ro-crate-metadata.json") ?? entity("ro-crate-metadata.jsonld") { return exact }
        return entities.first { entity in
            guard let id = entity.id else { return false }
            return id.hasSuffix("ro-crate-metadata.json") || id.hasSuffix("ro-crate-metadata.jsonld")
        }
    }

    /// The root data entity: the entity the descriptor is `about`.
    public var root: Entity? {
        descriptor?.references("about").first.flatMap(entity)
    }

    /// The IRI a type name stands for in this crate (falling back to RO-Crate 1.2 terms).
    public func typeIRI(_ name: String) -> String {
        expandedTypes[name] ?? Crate.typeIRI(name, in: context)
    }

    private static func typeIRI(_ name: String, in context: TermContext) -> String {
        if let iri = context.expand(name) { return iri }
        if let iri = ContextLibrary.standardTerms[name] { return iri }
        return name
    }

    /// Whether an entity has a type, comparing expanded IRIs (so `File` matches `MediaObject`).
    public func hasType(_ entity: Entity, _ name: String) -> Bool {
        let target = typeIRI(name)
        return entity.types.contains { $0 == name || typeIRI($0) == target }
    }

    /// Whether the entity a reference points to exists and has the type.
    public func isEntity(_ id: String, ofType name: String) -> Bool {
        guard let target = entity(id) else { return false }
        return hasType(target, name)
    }

    /// All entities of a type.
    public func entities(ofType name: String) -> [Entity] {
        positions(ofType: name).map { entities[$0] }
    }

    /// The positions in ``entities`` of the entities of a type, ascending (no entity is copied).
    public func positions(ofType name: String) -> [Int] {
        positionsByType[typeIRI(name)] ?? []
    }

    /// Line and column of a byte offset in the metadata file.
    public func position(of offset: Int) -> (line: Int, column: Int)? {
        sourceMap.position(of: offset)
    }

    /// The node a pointer refers to in the document.
    public func node(at pointer: JSONPointer) -> JSONNode? {
        pointer.resolve(in: document)
    }
}
