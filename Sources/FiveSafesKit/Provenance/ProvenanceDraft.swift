internal import JSONLD
internal import ROCrate

/// The graph edits of one `provenance` run, kept as whole entities and spliced into the original text by
/// ``JSONDocumentEditor`` (so the file stays byte-identical outside the entities that change).
struct ProvenanceDraft {
    /// The crate as read.
    let crate: Crate
    private var editor: JSONDocumentEditor
    private var changed: [Int: JSONObject] = [:]
    private var added: [JSONObject] = []
    private var removed: Set<Int> = []
    private var context: JSONValue?

    init(crate: Crate, bytes: [UInt8]) throws(FiveSafesError) {
        self.crate = crate
        do {
            self.editor = try JSONDocumentEditor(bytes)
        } catch {
            throw FiveSafesError(.unreadableInput, "the metadata has no @graph array to edit")
        }
    }

    /// The current state of an entity (edited, added or as read).
    func object(_ id: String) -> JSONObject? {
        if let index = added.firstIndex(where: { $0["@id"]?.value.stringValue == id }) { return added[index] }
        guard let entity = crate.entity(id), !removed.contains(entity.index) else { return nil }
        return changed[entity.index] ?? entity.object
    }

    /// Whether the graph holds an entity with this `@id`.
    func contains(_ id: String) -> Bool { object(id) != nil }

    /// Stores an entity: replaces the one with its `@id`, or appends it.
    mutating func put(_ object: JSONObject) {
        guard let id = object["@id"]?.value.stringValue else { return }
        if let index = added.firstIndex(where: { $0["@id"]?.value.stringValue == id }) {
            added[index] = object
        } else if let entity = crate.entity(id) {
            changed[entity.index] = object
        } else {
            added.append(object)
        }
    }

    /// Replaces an entity read from the crate, in place, even when the new object has another `@id` (used by
    /// `migrate` to turn one version's Profile entity into the next).
    mutating func replace(_ entity: Entity, with object: JSONObject) {
        changed[entity.index] = object
    }

    /// Adds an entity only when none has its `@id`.
    mutating func ensure(_ object: JSONObject) {
        guard let id = object["@id"]?.value.stringValue, !contains(id) else { return }
        put(object)
    }

    /// Removes an entity read from the crate.
    mutating func remove(_ entity: Entity) {
        removed.insert(entity.index)
    }

    /// Edits an entity in place with a closure (no-op when it does not exist).
    mutating func update(_ id: String, _ body: (inout JSONObject) -> Void) {
        guard var object = object(id) else { return }
        body(&object)
        put(object)
    }

    /// Adds `{"@id": target}` to a property of an entity unless already there (one value stays a single object,
    /// a second turns the property into an array).
    mutating func link(_ id: String, _ property: String, to target: String) {
        update(id) { object in ProvenanceDraft.addReference(target, to: property, in: &object) }
    }

    /// Removes every `{"@id": target}` from a property of an entity (an emptied property is removed, a one-item
    /// list left behind becomes its one value).
    mutating func unlink(_ id: String, _ property: String, from targets: Set<String>) {
        update(id) { object in
            guard let node = object[property] else { return }
            if let items = node.value.arrayValue {
                let kept = items.filter { item in item.referenceID.map { !targets.contains($0) } ?? true }
                guard kept.count != items.count else { return }
                if kept.isEmpty {
                    object.remove(property)
                } else if kept.count == 1 {
                    object.set(property, kept[0].value)
                } else {
                    object.set(property, .array(kept))
                }
            } else if let id = node.referenceID, targets.contains(id) {
                object.remove(property)
            }
        }
    }

    static func addReference(_ target: String, to property: String, in object: inout JSONObject) {
        let reference = JSONValue.reference(target)
        guard let node = object[property] else {
            object.set(property, reference)
            return
        }
        var items = node.value.arrayValue ?? [node]
        guard !items.contains(where: { $0.referenceID == target }) else { return }
        items.append(JSONNode(reference))
        object.set(property, .array(items))
    }

    /// Replaces the document's `@context` (used by `migrate`).
    mutating func setContext(_ value: JSONValue) {
        context = value
    }

    /// The edited document.
    func bytes() -> [UInt8] {
        var editor = editor
        if let context { editor.replaceContext(with: context) }
        for (index, object) in changed where !removed.contains(index) {
            editor.replace(item: index, with: .object(object))
        }
        for index in removed { editor.remove(item: index) }
        for object in added { editor.append(.object(object)) }
        return editor.edited()
    }
}

extension JSONValue {
    /// `{"@id": id}`.
    static func reference(_ id: String) -> JSONValue { .orderedObject([("@id", .string(id))]) }

    /// References to several ids: one reference alone is written as a single object, never a one-item list
    /// (RO-Crate's flattened form, and what the crate's own writers read back most simply).
    static func references(_ ids: [String]) -> JSONValue {
        ids.count == 1 ? reference(ids[0]) : .list(ids.map(reference))
    }
}
