/// The cities a generated directory is spread over: real places with their centre coordinates,
/// country and the languages people there work in, with how often each is spoken by an organization.
struct GeneratorCity {
    let slug: String
    let name: String
    let country: String
    let region: String
    let lat: Double
    let lon: Double
    /// (language, share of organizations that work in it); the first is everyone's.
    let languages: [(String, Double)]
    /// Relative size: how many organizations it draws.
    let weight: Double

    static let all: [GeneratorCity] = [
        .init(slug: "chicago", name: "Chicago", country: "US", region: "Illinois", lat: 41.8781, lon: -87.6298, languages: [("en", 1), ("es", 0.3), ("pl", 0.04)], weight: 10),
        .init(slug: "new-york", name: "New York", country: "US", region: "New York", lat: 40.7128, lon: -74.0060, languages: [("en", 1), ("es", 0.35), ("zh", 0.05)], weight: 12),
        .init(slug: "oakland", name: "Oakland", country: "US", region: "California", lat: 37.8044, lon: -122.2712, languages: [("en", 1), ("es", 0.3), ("zh", 0.06)], weight: 5),
        .init(slug: "minneapolis", name: "Minneapolis", country: "US", region: "Minnesota", lat: 44.9778, lon: -93.2650, languages: [("en", 1), ("es", 0.15), ("so", 0.05)], weight: 4),
        .init(slug: "madison", name: "Madison", country: "US", region: "Wisconsin", lat: 43.0731, lon: -89.4012, languages: [("en", 1), ("es", 0.1)], weight: 2),
        .init(slug: "santiago", name: "Santiago", country: "CL", region: "Región Metropolitana", lat: -33.4489, lon: -70.6693, languages: [("es", 1), ("en", 0.1)], weight: 7),
        .init(slug: "valparaiso", name: "Valparaíso", country: "CL", region: "Valparaíso", lat: -33.0472, lon: -71.6127, languages: [("es", 1), ("en", 0.08)], weight: 3),
        .init(slug: "coquimbo", name: "Coquimbo", country: "CL", region: "Coquimbo", lat: -29.9533, lon: -71.3436, languages: [("es", 1)], weight: 2),
        .init(slug: "athens", name: "Αθήνα", country: "GR", region: "Αττική", lat: 37.9838, lon: 23.7275, languages: [("el", 1), ("en", 0.3)], weight: 6),
        .init(slug: "thessaloniki", name: "Θεσσαλονίκη", country: "GR", region: "Κεντρική Μακεδονία", lat: 40.6401, lon: 22.9444, languages: [("el", 1), ("en", 0.25)], weight: 3),
        .init(slug: "chania", name: "Χανιά", country: "GR", region: "Κρήτη", lat: 35.5138, lon: 24.0180, languages: [("el", 1), ("en", 0.2)], weight: 1),
        .init(slug: "barcelona", name: "Barcelona", country: "ES", region: "Catalunya", lat: 41.3874, lon: 2.1686, languages: [("ca", 0.85), ("es", 0.9), ("en", 0.15)], weight: 7),
        .init(slug: "lhospitalet", name: "L'Hospitalet de Llobregat", country: "ES", region: "Catalunya", lat: 41.3597, lon: 2.0997, languages: [("ca", 0.7), ("es", 0.95)], weight: 2),
        .init(slug: "madrid", name: "Madrid", country: "ES", region: "Comunidad de Madrid", lat: 40.4168, lon: -3.7038, languages: [("es", 1), ("en", 0.12)], weight: 6),
        .init(slug: "bilbao", name: "Bilbao", country: "ES", region: "Euskadi", lat: 43.2630, lon: -2.9350, languages: [("es", 1), ("eu", 0.4)], weight: 2),
        .init(slug: "bologna", name: "Bologna", country: "IT", region: "Emilia-Romagna", lat: 44.4949, lon: 11.3426, languages: [("it", 1), ("en", 0.2)], weight: 5),
        .init(slug: "montreal", name: "Montréal", country: "CA", region: "Québec", lat: 45.5019, lon: -73.5674, languages: [("fr", 1), ("en", 0.6)], weight: 4),
        .init(slug: "mexico-city", name: "Ciudad de México", country: "MX", region: "CDMX", lat: 19.4326, lon: -99.1332, languages: [("es", 1), ("en", 0.08)], weight: 6),
        .init(slug: "sao-paulo", name: "São Paulo", country: "BR", region: "São Paulo", lat: -23.5505, lon: -46.6333, languages: [("pt", 1), ("es", 0.05), ("en", 0.08)], weight: 6),
        .init(slug: "berlin", name: "Berlin", country: "DE", region: "Berlin", lat: 52.5200, lon: 13.4050, languages: [("de", 1), ("en", 0.35)], weight: 3),
    ]
}
