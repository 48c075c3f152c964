internal import JSONLD
internal import ROCrate

/// What the data entity rules share: which `@id`s are URI paths, which entities are data entities, and
/// which entities the root reaches through `hasPart`.
///
/// RO-Crate 1.2 (Data Entities): a data entity is a `File` or `Dataset` whose `@id` is a relative URI path
/// or an absolute URI; `#` identifiers are not data entities, and `_:` identifiers are blank nodes.
enum DataEntityScope {
    /// Whether an `@id` starts with a URI scheme (`https:`, `mailto:`, `arcp:`); one-letter "schemes" are
    /// Windows drive letters, not schemes.
    static func isAbsoluteURI(_ id: String) -> Bool {
        // Bytes first: most ids have no colon, or an ASCII scheme, and Character iteration is slow on large crates.
        var length = 0
        for byte in id.utf8 {
            if byte == UInt8(ascii: ":") { break }
            let letter = (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
            let other =
                (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "+")
                || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
            if byte >= 0x80 || !(letter || (length > 0 && other)) { return false }
            length += 1
        }
        if length == id.utf8.count { return false }
        return length >= 2
    }

    /// Whether an `@id` is a relative URI path: not absolute, not `#…`, not `_:…`, not empty.
    static func isURIPath(_ id: String) -> Bool {
        !id.isEmpty && !id.hasPrefix("#") && !id.hasPrefix("_:") && !isAbsoluteURI(id)
    }

    /// Whether a relative `@id` names the crate root itself (`./`), found or not by the descriptor.
    static func isCrateRootPath(_ id: String) -> Bool {
        isURIPath(id) && payloadPath(of: id).isEmpty
    }

    /// The payload path a relative `@id` names: query and fragment dropped, percent-decoded, without a
    /// leading `./` or a trailing `/` (`Results%20and%20Diagrams/` → `Results and Diagrams`).
    static func payloadPath(of id: String) -> String {
        // Fast path: nothing to cut, decode or trim (the common `outputs/table.csv`).
        if let first = id.utf8.first, first != UInt8(ascii: "."), id.utf8.last != UInt8(ascii: "/"),
            !id.utf8.contains(where: { $0 == UInt8(ascii: "#") || $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "%") })
        {
            return id
        }
        var raw = Substring(id)
        if let cut = raw.firstIndex(where: { $0 == "#" || $0 == "?" }) { raw = raw[..<cut] }
        var path = percentDecoded(String(raw))
        while path.hasPrefix("./") { path.removeFirst(2) }
        while path.count > 1 && path.hasSuffix("/") { path.removeLast() }
        return path
    }

    /// `%XX` sequences decoded as UTF-8; a `%` not followed by two hex digits is kept as it is.
    static func percentDecoded(_ text: String) -> String {
        guard text.contains("%") else { return text }
        var bytes: [UInt8] = []
        let source = Array(text.utf8)
        var index = 0
        while index < source.count {
            if source[index] == UInt8(ascii: "%"), index + 2 < source.count,
                let high = hexValue(source[index + 1]), let low = hexValue(source[index + 2])
            {
                bytes.append(high << 4 | low)
                index += 3
            } else {
                bytes.append(source[index])
                index += 1
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The value of an ASCII hex digit.
    static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    /// Whether a payload path is part of the RO-Crate Website (`ro-crate-preview.html`, `ro-crate-preview_files/…`).
    static func isPreviewPath(_ path: String) -> Bool {
        path == "ro-crate-preview.html" || path == "ro-crate-preview_files" || path.hasPrefix("ro-crate-preview_files/")
    }

    /// Whether an entity is a data entity: typed `File` or `Dataset`, not the root or the descriptor, not a
    /// `Profile` (profiles are contextual even when typed `Dataset`), with a URI path or absolute URI `@id`.
    /// `special` holds the root's and descriptor's ids (``specialIDs(in:)``); pass it when testing many
    /// entities, since finding the descriptor may scan the graph.
    static func isDataEntity(_ entity: Entity, in crate: Crate, special: Set<String>? = nil) -> Bool {
        guard let id = entity.id, isURIPath(id) || isAbsoluteURI(id), !isCrateRootPath(id) else { return false }
        if (special ?? specialIDs(in: crate)).contains(id) { return false }
        guard crate.hasType(entity, "File") || crate.hasType(entity, "Dataset") else { return false }
        return !crate.hasType(entity, "Profile")
    }

    /// The `@id`s of the root and the descriptor, which are neither data nor contextual entities.
    static func specialIDs(in crate: Crate) -> Set<String> {
        Set([crate.root?.id, crate.descriptor?.id].compactMap { $0 })
    }

    /// Every data entity, in graph order.
    static func dataEntities(in crate: Crate) -> [Entity] {
        let special = specialIDs(in: crate)
        return crate.entities.filter { isDataEntity($0, in: crate, special: special) }
    }

    /// Whether a data entity is local (a URI path into the payload) rather than web-based.
    static func isLocal(_ entity: Entity) -> Bool {
        entity.id.map(isURIPath) ?? false
    }

    /// What the root reaches through `hasPart`, directly or through any number of intermediate entities (one
    /// breadth-first pass; each entity is expanded once).
    static func reachFromRoot(in crate: Crate) -> Reach {
        guard let root = crate.root, let rootID = root.id else { return Reach(reached: [], undescribed: [], parts: []) }
        // Described parts are marked by graph index (references resolved at load, no set of every id).
        var reached = [Bool](repeating: false, count: crate.graphCount)
        var undescribed: Set<String> = []
        reached[root.index] = true
        var queue: [Entity] = [root]
        var next = 0
        while next < queue.count {
            let entity = queue[next]
            next += 1
            crate.forEachValue("hasPart", of: entity) { node, _, part in
                guard let id = node.referenceID, id != rootID else { return }
                if let part {
                    if !reached[part.index] {
                        reached[part.index] = true
                        queue.append(part)
                    }
                } else {
                    undescribed.insert(id)
                }
            }
        }
        reached[root.index] = false
        queue.removeFirst()
        return Reach(reached: reached, undescribed: undescribed, parts: queue)
    }

    /// What ``reachFromRoot(in:)`` found.
    struct Reach: Sendable {
        /// Whether the entity at each `@graph` index was reached (the root is not).
        let reached: [Bool]
        /// `@id`s reached that no entity describes.
        let undescribed: Set<String>
        /// The described entities reached, root left out, in the order the walk reached them.
        let parts: [Entity]

        /// Whether the root reaches `id` (the root's own id is not reached).
        func contains(_ id: String, in crate: Crate) -> Bool {
            if let entity = crate.entity(id) { return reached.indices.contains(entity.index) && reached[entity.index] }
            return undescribed.contains(id)
        }

        /// Whether the root reaches an entity of the crate, by its index or, for a repeated `@id`, by that id.
        func contains(_ entity: Entity, in crate: Crate) -> Bool {
            if reached.indices.contains(entity.index), reached[entity.index] { return true }
            guard let id = entity.id, !crate.duplicateIDs.isEmpty, crate.duplicateIDs[id] != nil else { return false }
            return contains(id, in: crate)
        }
    }
}
