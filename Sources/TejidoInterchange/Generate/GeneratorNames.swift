import TejidoModel

/// Names for generated organizations, in the organization's own language, built from a kind word
/// and a place or trade, so a generated directory reads like a real one.
enum GeneratorNames {
    static let neighbourhoods = ["Centre", "North", "South", "East", "West", "Riverside", "Old Town", "Harbour", "Hillside", "Market", "Station", "Park"]

    private static let words: [String: (coop: [String], provider: [String], trades: [String])] = [
        "en": (["Cooperative", "Workers' Cooperative", "Collective"], ["Business Center", "Consulting", "Development Fund", "Legal Clinic", "Cooperative Network"],
               ["Bakery", "Cleaning", "Home Care", "Design", "Bicycle", "Printing", "Landscaping", "Coffee", "Catering", "Translation"]),
        "es": (["Cooperativa", "Cooperativa de Trabajo", "Colectivo"], ["Centro de Negocios", "Asesorías", "Fondo Solidario", "Clínica Jurídica", "Red de Cooperativas"],
               ["Panadería", "Limpieza", "Cuidados", "Diseño", "Bicicletas", "Imprenta", "Huerta", "Café", "Banquetería", "Textil"]),
        "ca": (["Cooperativa", "Cooperativa de Treball", "Col·lectiu"], ["Ateneu Cooperatiu", "Assessoria", "Fons Solidari", "Xarxa de Cooperatives", "Consultoria"],
               ["Fleca", "Neteja", "Cures", "Disseny", "Bicicletes", "Impremta", "Hort", "Cafè", "Càtering", "Tèxtil"]),
        "el": (["Συνεταιρισμός", "Κοινωνική Συνεταιριστική Επιχείρηση", "Συλλογικότητα"], ["Κέντρο Στήριξης", "Σύμβουλοι", "Ταμείο Αλληλεγγύης", "Δίκτυο Συνεταιρισμών", "Νομική Υποστήριξη"],
               ["Αρτοποιείο", "Καθαρισμοί", "Φροντίδα", "Σχέδιο", "Ποδήλατα", "Τυπογραφείο", "Λαχανόκηπος", "Καφέ", "Τροφοδοσία", "Μεταφράσεις"]),
        "it": (["Cooperativa", "Cooperativa Sociale", "Collettivo"], ["Centro Servizi", "Consulenze", "Fondo Solidale", "Rete Cooperativa", "Studio Legale"],
               ["Panificio", "Pulizie", "Cura", "Design", "Biciclette", "Tipografia", "Orto", "Caffè", "Catering", "Traduzioni"]),
        "fr": (["Coopérative", "Coopérative de travail", "Collectif"], ["Centre d'affaires", "Conseil", "Fonds solidaire", "Réseau coopératif", "Clinique juridique"],
               ["Boulangerie", "Nettoyage", "Soins", "Design", "Vélos", "Imprimerie", "Jardin", "Café", "Traiteur", "Traduction"]),
        "pt": (["Cooperativa", "Cooperativa de Trabalho", "Coletivo"], ["Centro de Negócios", "Assessoria", "Fundo Solidário", "Rede de Cooperativas", "Clínica Jurídica"],
               ["Padaria", "Limpeza", "Cuidados", "Design", "Bicicletas", "Gráfica", "Horta", "Café", "Bufê", "Tradução"]),
        "de": (["Genossenschaft", "Arbeitergenossenschaft", "Kollektiv"], ["Gründungszentrum", "Beratung", "Solidarfonds", "Genossenschaftsverband", "Rechtsberatung"],
               ["Bäckerei", "Reinigung", "Pflege", "Design", "Fahrräder", "Druckerei", "Garten", "Café", "Catering", "Übersetzung"]),
    ]

    static func name(kind: OrganizationKind, language: String, neighbourhood: Int, city: String, index: Int, random: inout SplitMix64) -> String {
        let vocabulary = words[language] ?? words["en"]!
        let place = neighbourhoods[neighbourhood]
        if kind.isCooperative {
            let form = vocabulary.coop[random.int(0..<vocabulary.coop.count)], trade = vocabulary.trades[random.int(0..<vocabulary.trades.count)]
            return "\(form) \(trade) \(place) \(index)"
        }
        let form = vocabulary.provider[random.int(0..<vocabulary.provider.count)]
        return "\(form) \(city) \(place) \(index)"
    }
}
