import TejidoModel

extension Directory {
    /// How large the overlay may grow, relative to the base, before ``applying(_:)`` folds it in.
    static func compactionThreshold(baseCount: Int) -> Int { max(1024, baseCount / 16) }

    /// The next version: this one with `changes` (from the store's log, oldest first) applied.
    /// Only the organizations a change touches are copied into the overlay; a change to the
    /// taxonomy or the areas rebuilds the base, since every index depends on them.
    public func applying(_ changes: [Change]) -> Directory {
        guard let last = changes.last else { return self }
        var overlay = self.overlay
        var offeringOwner = self.offeringOwner, needOwner = self.needOwner, relationshipEnds = self.relationshipEnds
        var referralFacts = self.referralFacts
        var referenceDataChanged = false

        func current(_ id: OrganizationID) -> OrganizationEntry? {
            if let changed = overlay[id] { return changed }
            return base.position(of: id).map { base.entry(at: $0) }
        }
        func update(_ id: OrganizationID, _ body: (inout OrganizationEntry) -> Void) {
            guard var entry = current(id) else { return }
            body(&entry)
            overlay[id] = .some(entry)
        }
        func owner(ofOffering id: OfferingID) -> OrganizationID? { offeringOwner[id] ?? base.cold.owner(ofOffering: id) }
        func owner(ofNeed id: NeedID) -> OrganizationID? { needOwner[id] ?? base.cold.owner(ofNeed: id) }
        func ends(_ id: RelationshipID) -> [OrganizationID] { (relationshipEnds[id] ?? base.cold.ends(ofRelationship: id))?.both ?? [] }
        func fact(_ id: ReferralID) -> ReferralFact? { referralFacts[id] ?? base.cold.fact(ofReferral: id) }
        func replaceFact(_ id: ReferralID, with next: ReferralFact?) {
            let previous = fact(id)
            guard previous != next else { return }
            if let previous { update(previous.provider) { $0.referrals.add(previous, sign: -1) } }
            referralFacts[id] = .some(next)
            if let next { update(next.provider) { $0.referrals.add(next, sign: 1) } }
        }

        for change in changes {
            switch (change.operation, change.entity) {
            case (.upsert, .service?), (.upsert, .area?):
                referenceDataChanged = true
            case (.delete, _) where change.kind == .service || change.kind == .area:
                referenceDataChanged = true
            case (.upsert, .organization(let organization)?):
                if var entry = current(organization.id) {
                    entry.organization = organization
                    overlay[organization.id] = .some(entry)
                } else {
                    overlay[organization.id] = .some(OrganizationEntry(organization: organization))
                }
            case (.upsert, .offering(let offering)?):
                if let previous = owner(ofOffering: offering.id), previous != offering.organization {
                    update(previous) { $0.offerings.removeAll { $0.id == offering.id } }
                }
                offeringOwner[offering.id] = offering.organization
                update(offering.organization) { entry in
                    entry.offerings.removeAll { $0.id == offering.id }
                    entry.offerings.append(offering)
                }
            case (.upsert, .need(let need)?):
                if let previous = owner(ofNeed: need.id), previous != need.organization {
                    update(previous) { $0.needs.removeAll { $0.id == need.id } }
                }
                needOwner[need.id] = need.organization
                update(need.organization) { entry in
                    entry.needs.removeAll { $0.id == need.id }
                    entry.needs.append(need)
                }
            case (.upsert, .relationship(let relationship)?):
                for end in ends(relationship.id) { update(end) { $0.relationships.removeAll { $0.id == relationship.id } } }
                relationshipEnds[relationship.id] = RelationshipEnds(from: relationship.from, to: relationship.to)
                for end in Set([relationship.from, relationship.to]) { update(end) { $0.relationships.append(relationship) } }
            case (.upsert, .referral(let referral)?):
                replaceFact(referral.id, with: ReferralFact(referral))
            case (.upsert, _):
                break  // activity reports are not part of the entry
            case (.delete, _):
                switch change.kind {
                case .organization:
                    guard let id = OrganizationID(change.id), let entry = current(id) else { break }
                    for relationship in entry.relationships {
                        for end in [relationship.from, relationship.to] where end != id { update(end) { $0.relationships.removeAll { $0.id == relationship.id } } }
                    }
                    overlay[id] = .some(nil)
                case .offering:
                    guard let id = OfferingID(change.id), let organization = owner(ofOffering: id) else { break }
                    update(organization) { $0.offerings.removeAll { $0.id == id } }
                case .need:
                    guard let id = NeedID(change.id), let organization = owner(ofNeed: id) else { break }
                    update(organization) { $0.needs.removeAll { $0.id == id } }
                case .relationship:
                    guard let id = RelationshipID(change.id) else { break }
                    for end in ends(id) { update(end) { $0.relationships.removeAll { $0.id == id } } }
                case .referral:
                    guard let id = ReferralID(change.id) else { break }
                    replaceFact(id, with: nil)
                default:
                    break
                }
            }
        }

        if referenceDataChanged {
            let services = base.taxonomy.services, areas = base.areaTree.areas
            var serviceList = Dictionary(uniqueKeysWithValues: services.map { ($0.code.rawValue, $0) })
            var areaList = Dictionary(uniqueKeysWithValues: areas.map { ($0.id.rawValue, $0) })
            for change in changes {
                switch (change.kind, change.entity) {
                case (.service, .service(let service)?): serviceList[service.code.rawValue] = service
                case (.area, .area(let area)?): areaList[area.id.rawValue] = area
                case (.service, nil): serviceList[change.id] = nil
                case (.area, nil): areaList[change.id] = nil
                default: break
                }
            }
            let entries = Self.merge(base: base, overlay: overlay)
            return Directory(
                base: DirectorySnapshot(
                    services: Array(serviceList.values), areas: Array(areaList.values), entries: entries,
                    referralFacts: Self.merge(base.cold.allFacts(), referralFacts)),
                sequence: last.seq)
        }

        var texts = overlayTexts
        for (id, entry) in overlay {
            if let entry { texts[id] = SearchText(organization: entry.organization, offerings: entry.offerings, taxonomy: base.taxonomy) } else { texts[id] = nil }
        }
        let next = Directory(
            base: base, sequence: last.seq, overlay: overlay, overlayTexts: texts, offeringOwner: offeringOwner, needOwner: needOwner,
            relationshipEnds: relationshipEnds, referralFacts: referralFacts)
        return overlay.count > Self.compactionThreshold(baseCount: base.count) ? next.compacted() : next
    }

    /// The same version with the overlay folded into a new base.
    public func compacted() -> Directory {
        guard !overlay.isEmpty || !referralFacts.isEmpty else { return self }
        let entries = Self.merge(base: base, overlay: overlay)
        return Directory(
            base: DirectorySnapshot(
                services: base.taxonomy.services, areas: base.areaTree.areas, entries: entries, referralFacts: Self.merge(base.cold.allFacts(), referralFacts)),
            sequence: sequence)
    }

    static func merge(_ base: [ReferralID: ReferralFact], _ changed: [ReferralID: ReferralFact?]) -> [ReferralID: ReferralFact] {
        var facts = base
        for (id, fact) in changed { facts[id] = fact }
        return facts
    }

    static func merge(base: DirectorySnapshot, overlay: [OrganizationID: OrganizationEntry?]) -> [OrganizationEntry] {
        var entries = base.cold.allEntries().filter { overlay[$0.organization.id] == nil }
        for case let entry? in overlay.values { entries.append(entry) }
        return entries
    }
}
