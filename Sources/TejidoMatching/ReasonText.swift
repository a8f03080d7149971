import Foundation
import TejidoModel

/// The sentences of reasons and explanations, in English, Spanish, Catalan or Greek (the
/// languages Tejido's labels exist in; any other language gets English). Names of services and
/// areas come from their labels in the same language. Greek sentences name an organization
/// after "φορέας" so that its name need not be declined.
struct ReasonText {
    enum Language: String { case en, es, ca, el }

    let language: Language

    init(_ tag: String) { language = Language(rawValue: LanguageCode(tag).primary) ?? .en }

    /// The code to ask labels for.
    var code: String { language.rawValue }

    /// The sentence in this language; only that one is built.
    private func pick(
        _ en: @autoclosure () -> String, _ es: @autoclosure () -> String, _ ca: @autoclosure () -> String, _ el: @autoclosure () -> String
    ) -> String {
        switch language {
        case .en: en()
        case .es: es()
        case .ca: ca()
        case .el: el()
        }
    }

    /// A label as it reads inside a sentence (Greek quotes it).
    func quoted(_ label: String) -> String { language == .el ? "«\(label)»" : label }

    // MARK: Lists and names

    /// `items` joined as a person writes a list.
    func list(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        let and = pick("and", "y", "i", "και")
        return items.dropLast().joined(separator: ", ") + " \(and) " + items.last!
    }

    /// Language names in English, Spanish, Catalan and Greek, by primary subtag.
    private static let languageNames: [String: (String, String, String, String)] = [
        "en": ("English", "inglés", "anglès", "αγγλικά"), "es": ("Spanish", "español", "castellà", "ισπανικά"),
        "ca": ("Catalan", "catalán", "català", "καταλανικά"), "el": ("Greek", "griego", "grec", "ελληνικά"),
        "fr": ("French", "francés", "francès", "γαλλικά"), "pt": ("Portuguese", "portugués", "portuguès", "πορτογαλικά"),
        "it": ("Italian", "italiano", "italià", "ιταλικά"), "de": ("German", "alemán", "alemany", "γερμανικά"),
        "eu": ("Basque", "euskera", "basc", "βασκικά"), "gl": ("Galician", "gallego", "gallec", "γαλικιανά"),
        "ar": ("Arabic", "árabe", "àrab", "αραβικά"), "zh": ("Chinese", "chino", "xinès", "κινεζικά"),
        "pl": ("Polish", "polaco", "polonès", "πολωνικά"), "ht": ("Haitian Creole", "criollo haitiano", "crioll haitià", "αϊτινή κρεολή"),
    ]

    /// The name of a language (primary subtag) in this language.
    func languageName(_ primary: String) -> String {
        guard let name = Self.languageNames[primary] else { return primary }
        return pick(name.0, name.1, name.2, name.3)
    }

    /// A population slug as words (`people_with_disabilities` → people with disabilities).
    func population(_ slug: String) -> String { slug.replacingOccurrences(of: "_", with: " ") }

    /// An organization kind as words.
    func kind(_ kind: OrganizationKind) -> String { kind.rawValue.replacingOccurrences(of: "_", with: " ") }

    /// An organization's name inside a sentence.
    func organization(_ name: String) -> String { language == .el ? "τον φορέα \(name)" : name }

    // MARK: Referral reasons

    func offers(_ label: String) -> String { pick("offers \(label)", "ofrece \(label)", "ofereix \(label)", "προσφέρει \(quoted(label))") }
    func offersNarrower(_ label: String, within need: String) -> String {
        pick("offers \(label), part of \(need)", "ofrece \(label), dentro de \(need)", "ofereix \(label), dins de \(need)", "προσφέρει \(quoted(label)), μέρος του \(quoted(need))")
    }
    func offersBroader(_ label: String, covering need: String) -> String {
        pick("offers \(label) in general, which covers \(need)", "ofrece \(label) en general, que abarca \(need)", "ofereix \(label) en general, que inclou \(need)",
             "προσφέρει γενικά \(quoted(label)), που περιλαμβάνει \(quoted(need))")
    }
    func offersRelated(_ label: String, to need: String) -> String {
        pick("offers \(label), related to \(need)", "ofrece \(label), afín a \(need)", "ofereix \(label), afí a \(need)", "προσφέρει \(quoted(label)), συναφές με \(quoted(need))")
    }
    func worksIn(_ languages: [String]) -> String {
        let names = list(languages)
        return pick("works in \(names)", "trabaja en \(names)", "treballa en \(names)", "εργάζεται στα \(names)")
    }
    func notYourLanguages(_ languages: [String]) -> String {
        let names = list(languages)
        return pick("does not work in your languages; works in \(names)", "no trabaja en sus idiomas; trabaja en \(names)",
                    "no treballa en les vostres llengües; treballa en \(names)", "δεν εργάζεται στις γλώσσες σας· εργάζεται στα \(names)")
    }
    func serves(_ area: String) -> String { pick("serves \(area)", "atiende \(area)", "atén \(area)", "εξυπηρετεί: \(area)") }
    func serves(_ area: String, including home: String) -> String {
        pick("serves \(area), which includes \(home)", "atiende \(area), que incluye \(home)", "atén \(area), que inclou \(home)", "εξυπηρετεί: \(area), που περιλαμβάνει: \(home)")
    }
    func serves(_ area: String, within home: String) -> String {
        pick("serves \(area), within \(home)", "atiende \(area), dentro de \(home)", "atén \(area), dins de \(home)", "εξυπηρετεί: \(area), εντός της περιοχής \(home)")
    }
    func away(_ kilometres: Int) -> String { pick("is \(kilometres) km away", "está a \(kilometres) km", "és a \(kilometres) km", "απέχει \(kilometres) χλμ.") }
    func doesNotServe(_ home: String, kilometres: Int?) -> String {
        guard let kilometres else { return pick("does not serve \(home)", "no atiende \(home)", "no atén \(home)", "δεν εξυπηρετεί: \(home)") }
        return pick("does not serve \(home) and is \(kilometres) km away", "no atiende \(home) y está a \(kilometres) km", "no atén \(home) i és a \(kilometres) km",
                    "δεν εξυπηρετεί: \(home)· απέχει \(kilometres) χλμ.")
    }
    var coopFluentOffering: String { pick("is co-op fluent", "tiene experiencia con cooperativas", "té experiència amb cooperatives", "γνωρίζει καλά τους συνεταιρισμούς") }
    var coopExpert: String { pick("is expert in co-ops", "es experta en cooperativas", "és experta en cooperatives", "είναι ειδικός στους συνεταιρισμούς") }
    var coopSome: String { pick("knows co-ops somewhat", "conoce algo las cooperativas", "coneix una mica les cooperatives", "έχει κάποια εμπειρία με συνεταιρισμούς") }
    func coopClients(_ count: Int) -> String {
        pick("has served \(count) co-ops", "ha atendido a \(count) cooperativas", "ha atès \(count) cooperatives", "έχει εξυπηρετήσει \(count) συνεταιρισμούς")
    }
    func referralsMet(_ met: Int, of decided: Int, partly: Int) -> String {
        let base = pick("\(met) of \(decided) referrals met", "\(met) de \(decided) derivaciones cumplidas", "\(met) de \(decided) derivacions reeixides",
                        "\(met) από \(decided) παραπομπές κάλυψαν την ανάγκη")
        guard partly > 0 else { return base }
        return base + pick(", \(partly) partly", ", \(partly) en parte", ", \(partly) en part", ", \(partly) εν μέρει")
    }
    func placesFree(_ left: Int, of capacity: Int) -> String {
        pick("\(left) of \(capacity) places free this month", "\(left) de \(capacity) plazas libres este mes", "\(left) de \(capacity) places lliures aquest mes",
             "\(left) από \(capacity) θέσεις ελεύθερες αυτόν τον μήνα")
    }
    var noPlacesFree: String {
        pick("has no places free this month", "no tiene plazas libres este mes", "no té places lliures aquest mes", "δεν έχει ελεύθερες θέσεις αυτόν τον μήνα")
    }
    var free: String { pick("is free", "es gratuito", "és gratuït", "είναι δωρεάν") }
    var slidingScale: String { pick("charges on a sliding scale", "cobra según ingresos", "cobra segons ingressos", "χρεώνει κλιμακωτά") }
    var paid: String { pick("is paid", "es de pago", "és de pagament", "είναι επί πληρωμή") }
    func servesPopulations(_ populations: [String]) -> String {
        let names = list(populations)
        return pick("serves \(names), as you do", "atiende a \(names), como ustedes", "atén \(names), com vosaltres", "εξυπηρετεί \(names), όπως κι εσείς")
    }
    func servesOnly(_ populations: [String]) -> String {
        let names = list(populations)
        return pick("serves only \(names)", "solo atiende a \(names)", "només atén \(names)", "εξυπηρετεί μόνο \(names)")
    }
    var noReferrals: String { pick("does not take referrals", "no acepta derivaciones", "no accepta derivacions", "δεν δέχεται παραπομπές") }

    // MARK: Network paths

    /// What the subject of a step did with its object, up to the object's name (Greek names the
    /// object "φορέας" in the case the verb takes).
    private func relation(_ kind: Relationship.Kind, outgoing: Bool) -> String {
        switch kind {
        case .memberOf where outgoing: pick("is a member of", "es miembro de", "és membre de", "είναι μέλος του φορέα")
        case .memberOf: pick("has as a member", "tiene como miembro a", "té com a membre", "έχει μέλος τον φορέα")
        case .partnerOf: pick("is a partner of", "es socia de", "és sòcia de", "είναι εταίρος με τον φορέα")
        case .partyToAgreement: pick("signed an agreement with", "firmó un acuerdo con", "va signar un acord amb", "υπέγραψε συμφωνία με τον φορέα")
        default: pick("worked with", "colaboró con", "ha col·laborat amb", "συνεργάστηκε με τον φορέα")
        }
    }

    /// What the subject of a step did with the client, said to the client.
    private func relationToYou(_ kind: Relationship.Kind, outgoing: Bool) -> String {
        switch kind {
        case .memberOf where outgoing: pick("is one of your members", "es miembro de su organización", "és membre de la vostra organització", "είναι μέλος του φορέα σας")
        case .memberOf: pick("counts you as a member", "los tiene como miembros", "us té com a membres", "σας έχει μέλος")
        case .partnerOf: pick("is your partner", "es socia suya", "és sòcia vostra", "είναι εταίρος σας")
        case .partyToAgreement: pick("signed an agreement with you", "firmó un acuerdo con ustedes", "va signar un acord amb vosaltres", "υπέγραψε συμφωνία μαζί σας")
        default: pick("worked with you", "colaboró con ustedes", "ha col·laborat amb vosaltres", "συνεργάστηκε μαζί σας")
        }
    }

    /// A path from the provider to the client: "worked with X, who worked with you". `names`
    /// holds the names of the organizations between them, in path order.
    func path(_ steps: [ProximityPaths.Step], names: [String]) -> String {
        guard let last = steps.last else { return "" }
        if steps.count == 2, steps[0].kind == .memberOf, steps[0].outgoing, last.kind == .memberOf, !last.outgoing {
            return pick("is a member of \(names[0]), as you are", "es miembro de \(names[0]), como ustedes", "és membre de \(names[0]), com vosaltres",
                        "είναι μέλος του φορέα \(names[0]), όπως κι εσείς")
        }
        let who = pick("who", "que", "que", "που")
        var parts: [String] = []
        for (index, step) in steps.enumerated() {
            let isLast = index == steps.count - 1
            let phrase = isLast ? relationToYou(step.kind, outgoing: step.outgoing) : relation(step.kind, outgoing: step.outgoing) + " " + names[index]
            parts.append(index == 0 ? phrase : "\(who) \(phrase)")
        }
        return parts.joined(separator: ", ")
    }

    // MARK: Empty answers

    func providersOffer(_ count: Int, _ label: String, _ code: String) -> String {
        let service = "\(quoted(label)) (\(code))"
        return count == 1
            ? pick("1 provider offers \(service)", "1 organización ofrece \(service)", "1 organització ofereix \(service)", "1 φορέας προσφέρει \(service)")
            : pick("\(count) providers offer \(service)", "\(count) organizaciones ofrecen \(service)", "\(count) organitzacions ofereixen \(service)",
                   "\(count) φορείς προσφέρουν \(service)")
    }
    func moreOfferBroaderOrNarrower(_ count: Int) -> String {
        pick("\(count) more offer a broader or narrower service", "otras \(count) ofrecen un servicio más general o más específico",
             "\(count) més ofereixen un servei més general o més específic", "\(count) ακόμη προσφέρουν γενικότερη ή ειδικότερη υπηρεσία")
    }
    func noneOffers(_ label: String, _ code: String) -> String {
        let service = "\(quoted(label)) (\(code))"
        return pick("No provider offers \(service) or a broader or narrower service", "Ninguna organización ofrece \(service) ni un servicio más general o más específico",
                    "Cap organització no ofereix \(service) ni un servei més general o més específic",
                    "Κανένας φορέας δεν προσφέρει \(service) ούτε γενικότερη ή ειδικότερη υπηρεσία")
    }
    func noneOffersExactly(_ label: String, _ code: String) -> String {
        let service = "\(quoted(label)) (\(code))"
        return pick("No provider offers \(service) itself", "Ninguna organización ofrece \(service) como tal", "Cap organització no ofereix \(service) com a tal",
                    "Κανένας φορέας δεν προσφέρει ακριβώς \(service)")
    }
    func offerBroaderOrNarrower(_ count: Int) -> String {
        count == 1
            ? pick("1 provider offers a broader or narrower service", "1 organización ofrece un servicio más general o más específico",
                   "1 organització ofereix un servei més general o més específic", "1 φορέας προσφέρει γενικότερη ή ειδικότερη υπηρεσία")
            : pick("\(count) providers offer a broader or narrower service", "\(count) organizaciones ofrecen un servicio más general o más específico",
                   "\(count) organitzacions ofereixen un servei més general o més específic", "\(count) φορείς προσφέρουν γενικότερη ή ειδικότερη υπηρεσία")
    }
    func offerRelated(_ count: Int, _ labels: [String]) -> String {
        let names = list(labels.map(quoted))
        return count == 1
            ? pick("1 offers a related service (\(names))", "1 ofrece un servicio afín (\(names))", "1 ofereix un servei afí (\(names))", "1 προσφέρει συναφή υπηρεσία (\(names))")
            : pick("\(count) offer related services (\(names))", "\(count) ofrecen servicios afines (\(names))", "\(count) ofereixen serveis afins (\(names))",
                   "\(count) προσφέρουν συναφείς υπηρεσίες (\(names))")
    }
    func openNeeds(_ count: Int) -> String {
        count == 1
            ? pick("1 organization has an open need for it", "1 organización lo necesita", "1 organització el necessita", "1 φορέας το χρειάζεται")
            : pick("\(count) organizations have an open need for it", "\(count) organizaciones lo necesitan", "\(count) organitzacions el necessiten", "\(count) φορείς το χρειάζονται")
    }

    /// Why candidates failed one filter: `count` of `total` fail it (`count == total`: none passes).
    func failing(_ filter: ReferralFilter, count: Int, total: Int, languages: String, home: String, radius: Int) -> String {
        let none = count == total
        switch filter {
        case .acceptsReferrals:
            return none
                ? pick("none takes referrals", "ninguna acepta derivaciones", "cap no accepta derivacions", "κανένας δεν δέχεται παραπομπές")
                : count == 1
                ? pick("1 does not take referrals", "1 no acepta derivaciones", "1 no accepta derivacions", "1 δεν δέχεται παραπομπές")
                : pick("\(count) do not take referrals", "\(count) no aceptan derivaciones", "\(count) no accepten derivacions", "\(count) δεν δέχονται παραπομπές")
        case .language:
            return none
                ? pick("none works in \(languages)", "ninguna trabaja en \(languages)", "cap no treballa en \(languages)", "κανένας δεν εργάζεται στα \(languages)")
                : count == 1
                ? pick("1 does not work in \(languages)", "1 no trabaja en \(languages)", "1 no treballa en \(languages)", "1 δεν εργάζεται στα \(languages)")
                : pick("\(count) do not work in \(languages)", "\(count) no trabajan en \(languages)", "\(count) no treballen en \(languages)", "\(count) δεν εργάζονται στα \(languages)")
        case .area:
            return none
                ? pick("none serves \(home) or lies within \(radius) km", "ninguna atiende \(home) ni está a menos de \(radius) km",
                       "cap no atén \(home) ni és a menys de \(radius) km", "κανένας δεν εξυπηρετεί: \(home), ούτε απέχει λιγότερο από \(radius) χλμ.")
                : count == 1
                ? pick("1 does not serve \(home) or lie within \(radius) km", "1 no atiende \(home) ni está a menos de \(radius) km",
                       "1 no atén \(home) ni és a menys de \(radius) km", "1 δεν εξυπηρετεί: \(home), ούτε απέχει λιγότερο από \(radius) χλμ.")
                : pick("\(count) do not serve \(home) or lie within \(radius) km", "\(count) no atienden \(home) ni están a menos de \(radius) km",
                       "\(count) no atenen \(home) ni són a menys de \(radius) km", "\(count) δεν εξυπηρετούν: \(home), ούτε απέχουν λιγότερο από \(radius) χλμ.")
        case .capacity:
            return none
                ? pick("none has places free this month", "ninguna tiene plazas libres este mes", "cap no té places lliures aquest mes", "κανένας δεν έχει ελεύθερες θέσεις αυτόν τον μήνα")
                : count == 1
                ? pick("1 is at capacity this month", "1 no tiene plazas libres este mes", "1 no té places lliures aquest mes", "1 δεν έχει ελεύθερες θέσεις αυτόν τον μήνα")
                : pick("\(count) are at capacity this month", "\(count) no tienen plazas libres este mes", "\(count) no tenen places lliures aquest mes",
                       "\(count) δεν έχουν ελεύθερες θέσεις αυτόν τον μήνα")
        case .population:
            return none
                ? pick("none serves your populations", "ninguna atiende a sus poblaciones", "cap no atén les vostres poblacions", "κανένας δεν εξυπηρετεί τους πληθυσμούς σας")
                : count == 1
                ? pick("1 serves only other populations", "1 atiende solo a otras poblaciones", "1 només atén altres poblacions", "1 εξυπηρετεί μόνο άλλους πληθυσμούς")
                : pick("\(count) serve only other populations", "\(count) atienden solo a otras poblaciones", "\(count) només atenen altres poblacions",
                       "\(count) εξυπηρετούν μόνο άλλους πληθυσμούς")
        }
    }
    func theyWorkIn(_ languages: [String]) -> String {
        let names = list(languages)
        return pick("they work in \(names)", "trabajan en \(names)", "treballen en \(names)", "εργάζονται στα \(names)")
    }
    func nearest(_ items: [String]) -> String {
        pick("nearest: ", "las más cercanas: ", "les més properes: ", "πλησιέστεροι: ") + items.joined(separator: ", ")
    }
    func relax(_ filters: [ReferralFilter], count: Int) -> String {
        let names = list(filters.map { "'\($0.rawValue)'" })
        var text = count == 1
            ? pick("Relax \(names) to see it", "Relaje \(names) para verla", "Relaxeu \(names) per veure-la", "Χαλαρώστε το φίλτρο \(names) για να τον δείτε")
            : pick("Relax \(names) to see \(count) of them", "Relaje \(names) para ver \(count)", "Relaxeu \(names) per veure'n \(count)",
                   "Χαλαρώστε τα φίλτρα \(names) για να δείτε \(count)")
        if filters.contains(.area) { text += pick(" (or widen the radius)", " (o amplíe el radio)", " (o amplieu el radi)", " (ή αυξήστε την ακτίνα)") }
        return text + "."
    }

    // MARK: Partners

    func offersWhatYouNeed(_ labels: [String]) -> String {
        let names = list(labels.map(quoted))
        return pick("offers \(names), which you need", "ofrece \(names), que ustedes necesitan", "ofereix \(names), que necessiteu", "προσφέρει \(names), που χρειάζεστε")
    }
    func needsWhatYouOffer(_ labels: [String]) -> String {
        let names = list(labels.map(quoted))
        return pick("needs \(names), which you offer", "necesita \(names), que ustedes ofrecen", "necessita \(names), que oferiu", "χρειάζεται \(names), που προσφέρετε")
    }
    func alsoOffers(_ labels: [String]) -> String {
        let names = list(labels.map(quoted))
        return pick("also offers \(names)", "también ofrece \(names)", "també ofereix \(names)", "προσφέρει επίσης \(names)")
    }
    func alsoNeeds(_ labels: [String]) -> String {
        let names = list(labels.map(quoted))
        return pick("also needs \(names)", "también necesita \(names)", "també necessita \(names)", "χρειάζεται επίσης \(names)")
    }
    func sameKind(_ kinds: [String]) -> String {
        let names = list(kinds)
        let article = names.first.map { "aeiou".contains($0) } == true ? "an" : "a"
        return pick("is also \(article) \(names)", "también es del tipo \(names)", "també és del tipus \(names)", "ίδιος τύπος φορέα: \(names)")
    }
    func sameSector(_ sectors: [String]) -> String {
        let names = list(sectors)
        return pick("works in the same sector (\(names))", "trabaja en el mismo sector (\(names))", "treballa en el mateix sector (\(names))",
                    "δραστηριοποιείται στον ίδιο τομέα (\(names))")
    }
    func alsoIn(_ area: String) -> String { pick("also works in \(area)", "también está en \(area)", "també és a \(area)", "δραστηριοποιείται επίσης: \(area)") }
    func bothWorkWith(_ names: [String], more: Int) -> String {
        var listed = list(names)
        if more > 0 { listed += pick(" and \(more) more", " y \(more) más", " i \(more) més", " και \(more) ακόμη") }
        return pick("you both work with \(listed)", "ambas trabajan con \(listed)", "totes dues treballen amb \(listed)", "συνεργάζεστε και οι δύο με: \(listed)")
    }
    func nothingToMatch(_ name: String) -> String {
        pick("\(name) lists no offerings, open needs or collaborations, so there is nothing to match it on; add what it offers and needs.",
             "\(name) no tiene ofertas, necesidades abiertas ni colaboraciones registradas, así que no hay nada con qué buscarle socias; añada lo que ofrece y lo que necesita.",
             "\(name) no té ofertes, necessitats obertes ni col·laboracions registrades, de manera que no hi ha res amb què buscar-li sòcies; afegiu què ofereix i què necessita.",
             "Ο φορέας \(name) δεν έχει καταχωρισμένες υπηρεσίες, ανοιχτές ανάγκες ή συνεργασίες, οπότε δεν υπάρχει βάση για αντιστοίχιση· προσθέστε τι προσφέρει και τι χρειάζεται.")
    }
    func allCandidatesExcluded(_ name: String, total: Int, partners: Int, language: Int) -> String {
        pick("\(total) organizations share services, needs or collaborators with \(name), but \(partners) already work with it and \(language) share no language with it.",
             "\(total) organizaciones comparten servicios, necesidades o colaboradoras con \(name), pero \(partners) ya trabajan con ella y \(language) no comparten ningún idioma.",
             "\(total) organitzacions comparteixen serveis, necessitats o col·laboradores amb \(name), però \(partners) ja hi treballen i \(language) no hi comparteixen cap llengua.",
             "\(total) φορείς έχουν κοινές υπηρεσίες, ανάγκες ή συνεργάτες με τον φορέα \(name), αλλά \(partners) συνεργάζονται ήδη μαζί του και \(language) δεν έχουν κοινή γλώσσα.")
    }
    func noPartners(_ name: String) -> String {
        pick("No organization offers what \(name) needs, needs what it offers, shares its services or shares a collaborator.",
             "Ninguna organización ofrece lo que \(name) necesita, necesita lo que ofrece, comparte sus servicios ni tiene colaboradoras en común.",
             "Cap organització no ofereix el que \(name) necessita, necessita el que ofereix, en comparteix els serveis ni hi té col·laboradores en comú.",
             "Κανένας φορέας δεν προσφέρει ό,τι χρειάζεται ο φορέας \(name), δεν χρειάζεται ό,τι προσφέρει, ούτε έχει κοινές υπηρεσίες ή κοινούς συνεργάτες.")
    }
}
