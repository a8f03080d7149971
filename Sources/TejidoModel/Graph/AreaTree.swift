/// The areas as a tree: find an area by id or by name in any language, and walk up and down.
public struct AreaTree: Sendable {
    public let areas: [Area]
    private let byID: [AreaID: Area]
    private let children: [AreaID: [AreaID]]

    public init(_ areas: [Area]) {
        self.areas = areas.sorted { $0.id < $1.id }
        byID = Dictionary(areas.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var children: [AreaID: [AreaID]] = [:]
        for area in self.areas { if let parent = area.parent { children[parent, default: []].append(area.id) } }
        self.children = children
    }

    /// The area with `id`.
    public func area(_ id: AreaID) -> Area? { byID[id] }

    /// The area a person means by `text`: its id, or a name in any language, ignoring accents and
    /// case (`englewood`, `Κέρκυρα`, `kerkyra` only if a name says so).
    public func resolve(_ text: String) -> Area? {
        if let area = byID[AreaID(text.lowercased())] { return area }
        let folded = TextFolding.fold(text)
        return areas.first { area in area.names.allTexts.contains { TextFolding.fold($0) == folded } }
    }

    /// The id or name closest to `text`, for "did you mean".
    public func suggestion(for text: String) -> String? {
        CloseMatch.best(for: text, among: areas.map(\.id.rawValue) + areas.flatMap(\.names.allTexts))
    }

    /// `id` and every area above it, nearest first.
    public func ancestors(of id: AreaID) -> [AreaID] {
        var result: [AreaID] = []
        var current: AreaID? = id
        while let area = current, !result.contains(area) {
            result.append(area)
            current = byID[area]?.parent
        }
        return result
    }

    /// `id` and every area below it.
    public func descendants(of id: AreaID) -> [AreaID] {
        var result: [AreaID] = [id]
        var index = 0
        while index < result.count {
            result += children[result[index]] ?? []
            index += 1
        }
        return result
    }

    /// The areas an organization must touch to match an area filter: the area, everything inside
    /// it, and everything containing it (an organization serving Chicago serves Englewood).
    public func related(to id: AreaID) -> Set<AreaID> {
        Set(ancestors(of: id)).union(descendants(of: id))
    }
}

extension AreaTree {
    /// Every area after its parent, siblings by id.
    public var areasParentsFirst: [Area] {
        roots.flatMap { root in descendants(of: root.id).compactMap(area) }
    }

    /// The areas with no parent in the tree.
    var roots: [Area] { areas.filter { $0.parent.map { area($0) == nil } ?? true } }
}
