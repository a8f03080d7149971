import Foundation
import TejidoDirectory
import TejidoModel

/// How a record fills its row, in one place: the insert of a new record (``BulkStatements``) and
/// the upsert (``Rows``) both bind through it, each with its own statement whose columns are
/// listed in this order.
///
/// - organizations: id, slug, name, country, locality, accepts_referrals, payload, created_at,
///   updated_at, match_facts
/// - offerings: id, organization_id, service_code, capacity_per_month, coop_fluent, payload, match_facts
/// - needs: id, organization_id, service_code, status, urgency, payload
/// - relationships: id, kind, from_id, to_id, payload
/// - referrals: id, referrer_id, client_id, provider_id, service_code, status, payload, match_facts
/// - activity_reports: id, organization_id, period_start, period_end, payload
///
/// Services and areas are written by ``Rows`` alone.
enum RecordColumns {
    /// The `match_facts` column of an organization or an offering; `nil` for other entities.
    static func matchFacts(_ entity: Entity) -> [UInt8]? {
        switch entity {
        case .organization(let organization): OrganizationMatchFacts(organization).encoded()
        case .offering(let offering): OfferingMatchFacts(offering).encoded()
        default: nil
        }
    }

    /// Binds the row of `entity` (`now` the time of the write; `facts` its ``matchFacts(_:)`` when
    /// already worked out); false for a service or an area, which it does not bind. Ids are bound
    /// from their bytes, with no `String` made of them.
    @discardableResult
    static func bind(_ entity: Entity, payload: String, facts: [UInt8]? = nil, at now: String, to statement: inout FastStatement) -> Bool {
        switch entity {
        case .organization(let organization):
            statement.bind(organization.id.uuid)
            statement.bind(organization.slug.rawValue)
            statement.bind(organization.name)
            statement.bind(organization.country)
            statement.bind(organization.locations.first?.locality)
            statement.bind(organization.acceptsReferrals)
            statement.bind(payload)
            statement.bind(now)
            statement.bind(now)
            statement.bind(facts ?? OrganizationMatchFacts(organization).encoded())
        case .offering(let offering):
            statement.bind(offering.id.uuid)
            statement.bind(offering.organization.uuid)
            statement.bind(offering.service.rawValue)
            statement.bind(offering.capacityPerMonth)
            statement.bind(offering.coopFluent)
            statement.bind(payload)
            statement.bind(facts ?? OfferingMatchFacts(offering).encoded())
        case .need(let need):
            statement.bind(need.id.uuid)
            statement.bind(need.organization.uuid)
            statement.bind(need.service.rawValue)
            statement.bind(need.status.rawValue)
            statement.bind(need.urgency.rawValue)
            statement.bind(payload)
        case .relationship(let relationship):
            statement.bind(relationship.id.uuid)
            statement.bind(relationship.kind.rawValue)
            statement.bind(relationship.from.uuid)
            statement.bind(relationship.to.uuid)
            statement.bind(payload)
        case .referral(let referral):
            statement.bind(referral.id.uuid)
            statement.bind(referral.referrer.uuid)
            statement.bind(referral.client.uuid)
            statement.bind(referral.provider.uuid)
            statement.bind(referral.service.rawValue)
            statement.bind(referral.status.rawValue)
            statement.bind(payload)
            statement.bind(Int(ReferralFact(referral).bits))
        case .activityReport(let report):
            statement.bind(report.id.uuid)
            statement.bind(report.reportingOrganization.uuid)
            statement.bind(report.periodStart.rawValue)
            statement.bind(report.periodEnd.rawValue)
            statement.bind(payload)
        case .service, .area:
            return false
        }
        return true
    }
}
