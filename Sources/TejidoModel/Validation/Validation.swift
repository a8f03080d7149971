import Foundation

/// The rules each record must keep, independent of any other record. Rules that need the rest of
/// the directory (a service code that exists, an area that exists) are in ``DatasetValidator``.
public protocol Validatable {
    /// Every broken rule; empty when the record is valid.
    func validationIssues() -> [ValidationIssue]
}

extension Validatable {
    /// Throws a ``ValidationError`` listing every broken rule.
    public func validate() throws(ValidationError) {
        let issues = validationIssues()
        if !issues.isEmpty { throw ValidationError(issues) }
    }
}

/// Small shared rule checks. A field's name is an autoclosure: a record's paths
/// (`service_areas[3]`) are spelled out only for the rules it breaks, not for every value checked.
enum Rules {
    static func required(_ text: String, _ field: @autoclosure () -> String, max: Int = 300) -> [ValidationIssue] {
        if text.isBlank { return [.init(field(), "is required and may not be blank")] }
        // A character takes at least one byte, so only a long text needs its characters counted.
        if text.utf8.count > max, text.count > max { return [.init(field(), "is \(text.count) characters long; at most \(max) are allowed")] }
        return []
    }

    static func languages(_ languages: [LanguageCode], _ field: String) -> [ValidationIssue] {
        if languages.allSatisfy(\.isValid) { return [] }
        return languages.enumerated().compactMap { index, language in
            language.isValid ? nil : .init("\(field)[\(index)]", "'\(language.rawValue)' is not a BCP 47 language tag (such as 'es' or 'el')")
        }
    }

    static func localized(_ text: LocalizedText, _ field: String) -> [ValidationIssue] {
        if text.values.keys.allSatisfy({ LanguageCode($0).isValid }) { return [] }
        return text.values.keys.sorted().compactMap { key in
            LanguageCode(key).isValid ? nil : .init("\(field).\(key)", "'\(key)' is not a BCP 47 language tag")
        }
    }

    static func sources(_ sources: [Source], _ field: String) -> [ValidationIssue] {
        sources.enumerated().flatMap { index, source in source.validationIssues().map { $0.under("\(field)[\(index)]") } }
    }

    static func date(_ date: PartialDate?, _ field: @autoclosure () -> String) -> [ValidationIssue] {
        guard let date, !date.isValid else { return [] }
        return [.init(field(), "'\(date.rawValue)' is not a date; use YYYY, YYYY-MM or YYYY-MM-DD")]
    }

    static func service(_ code: ServiceCode, _ field: @autoclosure () -> String) -> [ValidationIssue] {
        code.isValid ? [] : [.init(field(), "'\(code.rawValue)' is not a service code (dotted lowercase words, such as 'finance.bookkeeping')")]
    }

    static func area(_ area: AreaID, _ field: @autoclosure () -> String) -> [ValidationIssue] {
        area.isValid ? [] : [.init(field(), "'\(area.rawValue)' is not an area id (lowercase words joined by hyphens, such as 'us-il-chicago')")]
    }

    /// Whether `values` lists a value twice (lists here hold a handful, so no set is built).
    static func hasRepeats<T: Equatable>(_ values: [T]) -> Bool {
        for index in values.indices.dropFirst() where values[..<index].contains(values[index]) { return true }
        return false
    }
}

extension Array where Element: Equatable {
    /// The elements without repeats, in first-seen order. For the short lists of a record (kinds,
    /// languages, a record's services), a scan costs less than hashing into a set.
    /// Inlinable, so callers in other modules get it specialized for their element type.
    @inlinable package var distinctInOrder: [Element] {
        var seen: [Element] = []
        seen.reserveCapacity(count)
        for element in self where !seen.contains(element) { seen.append(element) }
        return seen
    }
}

extension Source: Validatable {
    public func validationIssues() -> [ValidationIssue] {
        var issues = Rules.required(document, "document")
        if let quote, quote.isBlank { issues.append(.init("quote", "may not be blank; leave it out instead")) }
        if let language, !language.isValid { issues.append(.init("language", "'\(language.rawValue)' is not a BCP 47 language tag")) }
        issues += Rules.date(date, "date")
        return issues
    }
}

extension Location: Validatable {
    public func validationIssues() -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        // Two upper-case ASCII letters, read as bytes.
        if country.utf8.count != 2 || !country.utf8.allSatisfy({ (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) }) {
            issues.append(.init("country", "'\(country)' is not an ISO 3166-1 alpha-2 country code (such as 'CL' or 'GR')"))
        }
        switch (lat, lon) {
        case (nil, nil): break
        case let (lat?, lon?):
            if !(-90...90).contains(lat) { issues.append(.init("lat", "\(lat) is outside -90…90")) }
            if !(-180...180).contains(lon) { issues.append(.init("lon", "\(lon) is outside -180…180")) }
        default: issues.append(.init(lat == nil ? "lat" : "lon", "latitude and longitude go together; give both or neither"))
        }
        if let area { issues += Rules.area(area, "area") }
        return issues
    }
}

extension Organization: Validatable {
    public func validationIssues() -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        if !slug.isValid { issues.append(.init("slug", "'\(slug.rawValue)' is not a slug: use 2–80 lowercase letters, digits and single hyphens")) }
        issues += Rules.required(name, "name")
        for (index, alternate) in alternateNames.enumerated() {
            issues += Rules.required(alternate.name, "alternate_names[\(index)].name")
            if let language = alternate.language, !language.isValid { issues.append(.init("alternate_names[\(index)].language", "'\(language.rawValue)' is not a BCP 47 language tag")) }
        }
        issues += Rules.localized(description, "description")
        if kinds.isEmpty { issues.append(.init("kinds", "needs at least one kind (such as 'worker_coop' or 'support_centre')")) }
        if Rules.hasRepeats(kinds) { issues.append(.init("kinds", "lists a kind twice")) }
        if let email, !(email.contains("@") && !email.contains(" ") && email.split(separator: "@").count == 2) {
            issues.append(.init("email", "'\(email)' is not an email address"))
        }
        if let website, !(website.hasPrefix("https://") || website.hasPrefix("http://")) {
            issues.append(.init("website", "'\(website)' must start with http:// or https://"))
        }
        for (index, location) in locations.enumerated() { issues += location.validationIssues().map { $0.under("locations[\(index)]") } }
        for (index, area) in serviceAreas.enumerated() { issues += Rules.area(area, "service_areas[\(index)]") }
        issues += Rules.languages(languages, "languages")
        if let clients = coopFluency?.coopClients, clients < 0 { issues.append(.init("coop_fluency.coop_clients", "may not be negative")) }
        for (index, contact) in contacts.enumerated() { issues += Rules.required(contact.name, "contacts[\(index)].name") }
        if sources.isEmpty { issues.append(.init("sources", "needs at least one source: the document or import the record rests on")) }
        issues += Rules.sources(sources, "sources")
        return issues
    }
}

extension Offering: Validatable {
    public func validationIssues() -> [ValidationIssue] {
        var issues = Rules.service(service, "service")
        issues += Rules.localized(description, "description")
        issues += Rules.languages(languages, "languages")
        for (index, area) in areas.enumerated() { issues += Rules.area(area, "areas[\(index)]") }
        if let capacityPerMonth, capacityPerMonth < 0 { issues.append(.init("capacity_per_month", "is \(capacityPerMonth); it may not be negative")) }
        issues += Rules.sources(sources, "sources")
        return issues
    }
}

extension Need: Validatable {
    public func validationIssues() -> [ValidationIssue] {
        Rules.service(service, "service") + Rules.localized(description, "description") + Rules.date(since, "since") + Rules.sources(sources, "sources")
    }
}

extension Relationship: Validatable {
    public func validationIssues() -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        if from == to { issues.append(.init("to", "an organization cannot have a relationship with itself")) }
        issues += Rules.date(since, "since") + Rules.date(until, "until")
        if let since, let until, since.isValid, until.isValid, until.isBefore(since) { issues.append(.init("until", "'\(until)' is before since '\(since)'")) }
        if let weight, !(weight > 0 && weight <= 1) { issues.append(.init("weight", "\(weight) is outside (0, 1]")) }
        issues += Rules.localized(note, "note") + Rules.sources(sources, "sources")
        return issues
    }
}

extension Area: Validatable {
    public func validationIssues() -> [ValidationIssue] {
        var issues = Rules.area(id, "id")
        if let parent {
            issues += Rules.area(parent, "parent")
            if parent == id { issues.append(.init("parent", "an area cannot be its own parent")) }
        }
        if names.isEmpty { issues.append(.init("names", "needs a name in at least one language")) }
        issues += Rules.localized(names, "names")
        if let centroid {
            if !(-90...90).contains(centroid.lat) { issues.append(.init("centroid.lat", "\(centroid.lat) is outside -90…90")) }
            if !(-180...180).contains(centroid.lon) { issues.append(.init("centroid.lon", "\(centroid.lon) is outside -180…180")) }
        }
        return issues + Rules.sources(sources, "sources")
    }
}

extension Service: Validatable {
    public func validationIssues() -> [ValidationIssue] {
        var issues = Rules.service(code, "code")
        if let parent {
            if code.parent != parent { issues.append(.init("parent", "'\(parent)' is not the parent of '\(code)': the parent of a code is the code without its last segment")) }
        } else if code.parent != nil {
            issues.append(.init("parent", "'\(code)' has a dotted code, so its parent must be '\(code.parent!)'"))
        }
        if labels.values["en"]?.isBlank ?? true { issues.append(.init("labels.en", "an English label is required")) }
        issues += Rules.localized(labels, "labels")
        return issues
    }
}

extension Referral: Validatable {
    public func validationIssues() -> [ValidationIssue] {
        var issues = Rules.service(service, "service")
        if client == provider { issues.append(.init("provider", "a provider cannot be referred to itself")) }
        if status == .completed && outcome == nil { issues.append(.init("outcome", "a completed referral needs an outcome")) }
        if status != .completed && outcome != nil { issues.append(.init("outcome", "only a completed referral has an outcome")) }
        if let rating = outcome?.rating, !(1...5).contains(rating) { issues.append(.init("outcome.rating", "\(rating) is outside 1–5")) }
        return issues
    }
}

extension ActivityReport: Validatable {
    public func validationIssues() -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        if !periodStart.isDay { issues.append(.init("period_start", "'\(periodStart)' must be a day, YYYY-MM-DD")) }
        if !periodEnd.isDay { issues.append(.init("period_end", "'\(periodEnd)' must be a day, YYYY-MM-DD")) }
        if periodStart.isDay, periodEnd.isDay, periodEnd < periodStart { issues.append(.init("period_end", "'\(periodEnd)' is before period_start '\(periodStart)'")) }
        issues += Rules.date(submittedOn, "submitted_on")
        for (name, count) in counts.sorted(by: { $0.key < $1.key }) where count < 0 { issues.append(.init("counts.\(name)", "is \(count); counts may not be negative")) }
        for (area, count) in participantsByArea.sorted(by: { $0.key < $1.key }) {
            issues += Rules.area(area, "participants_by_area.\(area)")
            if count < 0 { issues.append(.init("participants_by_area.\(area)", "is \(count); counts may not be negative")) }
        }
        for (index, statement) in needsExpressed.enumerated() { issues += statement.services.enumerated().flatMap { Rules.service($1, "needs_expressed[\(index)].services[\($0)]") } }
        for (index, statement) in gapsObserved.enumerated() { issues += statement.services.enumerated().flatMap { Rules.service($1, "gaps_observed[\(index)].services[\($0)]") } }
        return issues + Rules.sources(sources, "sources")
    }
}

extension String {
    /// Whether the text is empty or only white space and line breaks: the characters
    /// `trimmingCharacters(in: .whitespacesAndNewlines)` removes (Unicode's White_Space property,
    /// and the zero-width space Foundation adds), found without building a trimmed copy.
    package var isBlank: Bool {
        // ASCII first: a text that starts with a visible ASCII character is not blank, whatever follows.
        for byte in utf8 {
            if byte >= 0x80 { break }
            if byte != 0x20, !(0x09...0x0D).contains(byte) { return false }
        }
        return unicodeScalars.allSatisfy { $0.properties.isWhitespace || $0 == "\u{200B}" }
    }
}
